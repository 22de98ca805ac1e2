import { issgDecider } from '@parley/issg';
import { sink } from '../lib/measure.js';
import { mutableIssgFold } from '../lib/mutable.js';
import type { CaseFactory, FoldData } from './types.js';

/** The hand-written mutable fold of the log (`lib/mutable.ts`): the machine's limit for these events. */
export const mutableCase: CaseFactory = async ({ data }) => {
  const { log, probe } = data as FoldData;
  return {
    run: () => {
      sink.value = mutableIssgFold(issgDecider.initial(), log);
      return log.length;
    },
    probe: () => mutableIssgFold(issgDecider.initial(), log.slice(0, probe)),
  };
};
