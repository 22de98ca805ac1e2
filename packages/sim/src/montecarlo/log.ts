import type { AnyRecordedEvent } from '@parley/core';
import { UsageError } from '@parley/core';
import { simulateRun } from '../engine/simulateRun.js';
import type { RunResult } from '../engine/types.js';
import { prepareModel } from './prepare.js';
import { type MonteCarloOptions, sweepSpec } from './runMonteCarlo.js';

/**
 * The full event log of one run of a sweep: the scenario's records up to the fork, then the run's simulated
 * events on the same stream (seqs continue; each simulated record's `meta.sim` names the sweep seed, the run
 * and the seed of the random stream that made it). Run `run` of a sweep with the same options gives the same
 * result line as in the sweep.
 *
 * @example
 * ```ts
 * const { records } = await simulateLog({ scenario: 'issg-2015-2016', runs: 1000, seed: 1, run: 7 });
 * await writeLog('run-7.ndjson', records); // then: parley state run-7.ndjson --at 2016-05-17
 * ```
 */
export async function simulateLog(
  options: Omit<MonteCarloOptions, 'shard' | 'workers' | 'onProgress' | 'chunkSize'> & {
    readonly run: number;
  },
): Promise<{ records: AnyRecordedEvent[]; result: RunResult }> {
  const spec = sweepSpec(options);
  if (!Number.isInteger(options.run) || options.run < 0 || options.run >= spec.runs)
    throw new UsageError(`simulateLog: run must be an integer in [0, ${spec.runs - 1}], got ${options.run}`);
  const p = await prepareModel(spec);
  const records: AnyRecordedEvent[] = [...(p.prefix ?? [])];
  const result = simulateRun(p.model, {
    base: p.base,
    stream: p.stream,
    start: p.start,
    days: spec.days,
    seed: spec.seed,
    run: options.run,
    inject: p.inject,
    onRecord: (r) => records.push(r as AnyRecordedEvent),
  });
  return { records, result };
}
