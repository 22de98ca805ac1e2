import { issgDecider } from '@parley/issg';
import { sink } from '../lib/measure.js';
import { naiveFold } from '../lib/naive.js';
import { type CaseFactory, type FoldData, numParam } from './types.js';

/** RxJS `scan` with one immer `produce` per event, over the first `naive` events of the log. */
export const naiveCase: CaseFactory = async (input) => {
  const { log, probe } = input.data as FoldData;
  const part = log.slice(0, numParam(input, 'naive', log.length));
  return {
    run: () => {
      sink.value = naiveFold(issgDecider, part);
      return part.length;
    },
    probe: () => naiveFold(issgDecider, log.slice(0, probe)),
  };
};
