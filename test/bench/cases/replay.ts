import { replay } from '@parley/core';
import { issgDecider } from '@parley/issg';
import type { CaseFactory, FoldData } from './types.js';

/** Parley's `replay` of the log (the fast path: one `evolve` per event on a private working copy). */
export const replayCase: CaseFactory = async ({ data }) => {
  const { log, probe } = data as FoldData;
  return {
    run: () => (replay(issgDecider, log) ? log.length : 0),
    probe: () => replay(issgDecider, log.slice(0, probe)),
  };
};
