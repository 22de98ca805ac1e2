import { type SweepSummary, summaryAccumulator } from '../stats/summary.js';
import { runLine, sweepHeader } from './output.js';
import { prepareModel } from './prepare.js';
import { type MonteCarloOptions, runMonteCarlo } from './runMonteCarlo.js';
import type { SweepSpec } from './spec.js';

/**
 * A sweep as NDJSON lines (no newlines): the header, one line per run in run order, and — for a whole
 * sweep, not a shard — the summary. Byte-identical for any `workers`; shards merged with `mergeShards`
 * give the same bytes as the whole sweep.
 *
 * @example
 * ```ts
 * for await (const line of sweepLines({ scenario: 'issg-2015-2016', runs: 100, seed: 1 }))
 *   process.stdout.write(line + '\n');
 * ```
 */
export async function* sweepLines(options: MonteCarloOptions): AsyncGenerator<string> {
  const stream = runMonteCarlo(options);
  yield JSON.stringify(sweepHeader(stream.spec, stream.shard));
  const acc = stream.shard
    ? undefined
    : summaryAccumulator(stream.spec.days, (await prepareModel(stream.spec)).ranges);
  for await (const r of stream) {
    acc?.add(r);
    yield runLine(r);
  }
  if (acc) yield JSON.stringify({ kind: 'summary', ...acc.summary() });
}

/**
 * Run a sweep and return its statistics only (the runs are folded as they come, never kept).
 *
 * @example
 * ```ts
 * const { summary } = await runSweep({ scenario: 'issg-2015-2016', runs: 1000, seed: 1, workers: 2 });
 * summary.survival.median;
 * ```
 */
export async function runSweep(
  options: MonteCarloOptions,
): Promise<{ spec: SweepSpec; summary: SweepSummary }> {
  const stream = runMonteCarlo(options);
  const acc = summaryAccumulator(stream.spec.days, (await prepareModel(stream.spec)).ranges);
  for await (const r of stream) acc.add(r);
  return { spec: stream.spec, summary: acc.summary() };
}
