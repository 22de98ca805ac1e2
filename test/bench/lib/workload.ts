import { type Decider, runScenario } from '@parley/core';
import { issgDecider, issgRecord } from '@parley/issg';
import type { Mix } from './synth.js';

/**
 * What the benchmarks fold: the ISSG decider, and the mix of event types of the built-in record
 * (`issgRecord`, 2015-10-23 to 2016-10-15), which the synthetic logs copy.
 */
export interface Workload {
  readonly decider: Decider<any, any, any>;
  /** Event type → number of events of that type in the record. */
  readonly mix: Mix;
  /** Number of events of the record. */
  readonly recordEvents: number;
}

export async function loadWorkload(): Promise<Workload> {
  const { records } = runScenario(issgRecord);
  const mix: Record<string, number> = {};
  for (const r of records) mix[r.type] = (mix[r.type] ?? 0) + 1;
  return { decider: issgDecider as Decider<any, any, any>, mix, recordEvents: records.length };
}
