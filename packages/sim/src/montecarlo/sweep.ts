import { type SweepSummary, summaryAccumulator } from '../stats/summary.js';
import { encodeSweepLine, type SweepLine, sweepHeader } from './output.js';
import { prepareModel } from './prepare.js';
import { type MonteCarloOptions, runMonteCarlo } from './runMonteCarlo.js';
import type { SweepSpec } from './spec.js';

/**
 * A sweep as typed lines: the header, one line per run in run order, and — for a whole sweep, not a
 * shard — the summary. Encode each with `encodeSweepLine` (what {@link sweepLines} does).
 *
 * @example
 * ```ts
 * for await (const line of sweepItems({ scenario: 'issg-2015-2016', runs: 100, seed: 1 }))
 *   if (line.kind === 'run') console.log(line.collapseDay);
 * ```
 */
export async function* sweepItems(options: MonteCarloOptions): AsyncGenerator<SweepLine> {
  const stream = runMonteCarlo(options);
  yield sweepHeader(stream.spec, stream.shard);
  const acc = stream.shard
    ? undefined
    : summaryAccumulator(stream.spec.days, (await prepareModel(stream.spec)).ranges);
  for await (const r of stream) {
    acc?.add(r);
    yield { kind: 'run', ...r };
  }
  if (acc) yield { kind: 'summary', ...acc.summary() };
}

/**
 * A sweep as NDJSON lines (no newlines): {@link sweepItems}, each encoded by `encodeSweepLine`.
 * Byte-identical for any `workers`; shards merged with `mergeShards` give the same bytes as the whole
 * sweep.
 *
 * @example
 * ```ts
 * for await (const line of sweepLines({ scenario: 'issg-2015-2016', runs: 100, seed: 1 }))
 *   process.stdout.write(line + '\n');
 * ```
 */
export async function* sweepLines(options: MonteCarloOptions): AsyncGenerator<string> {
  for await (const line of sweepItems(options)) yield encodeSweepLine(line);
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
