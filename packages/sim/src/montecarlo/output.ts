import type { RunResult } from '../engine/types.js';
import type { SweepSummary } from '../stats/summary.js';
import type { Shard, SweepSpec } from './spec.js';

/** Format version of sweep outputs (NDJSON header `format`). */
export const SWEEP_FORMAT = 1;

/** First line of a sweep's NDJSON output. */
export interface SweepHeader extends SweepSpec {
  readonly kind: 'sweep';
  readonly format: number;
  /** Present only in a shard's output. */
  readonly shard?: Shard;
}

/** One line of a sweep's NDJSON output. */
export type SweepLine =
  | SweepHeader
  | ({ readonly kind: 'run' } & RunResult)
  | ({ readonly kind: 'summary' } & SweepSummary);

/**
 * The header line of a sweep (or shard) output.
 *
 * @example
 * ```ts
 * JSON.stringify(sweepHeader(spec)); // {"kind":"sweep","format":1,"scenario":"issg-2015-2016",…}
 * ```
 */
export function sweepHeader(spec: SweepSpec, shard?: Shard): SweepHeader {
  return {
    kind: 'sweep',
    format: SWEEP_FORMAT,
    scenario: spec.scenario,
    model: spec.model,
    seed: spec.seed,
    runs: spec.runs,
    days: spec.days,
    from: spec.from,
    params: spec.params,
    inject: spec.inject,
    ...(shard ? { shard } : {}),
  };
}

/**
 * The one encoder of sweep outputs: a typed line as NDJSON (no trailing newline), keys in a fixed order per
 * kind, so the bytes are the same whoever writes them (a sweep, a shard, a merge).
 *
 * @example
 * ```ts
 * encodeSweepLine({ kind: 'run', ...result }); // same as runLine(result)
 * encodeSweepLine(sweepHeader(spec));          // {"kind":"sweep","format":1,…}
 * ```
 */
export function encodeSweepLine(line: SweepLine): string {
  switch (line.kind) {
    case 'sweep':
      return JSON.stringify(sweepHeader(line, line.shard));
    case 'run':
      return runLine(line);
    case 'summary':
      return JSON.stringify(line);
    default:
      return unknownLine(line);
  }
}

/** Exhaustiveness guard of {@link encodeSweepLine}: a line kind without an encoding. */
function unknownLine(line: never): never {
  throw new TypeError(
    `encodeSweepLine: unknown line kind ${JSON.stringify((line as { kind?: unknown }).kind)}`,
  );
}

/**
 * One run as an NDJSON line (no trailing newline); key order is fixed, so bytes are stable.
 *
 * @example
 * ```ts
 * runLine(result); // {"kind":"run","run":0,"seed":…}
 * ```
 */
export function runLine(r: RunResult): string {
  return JSON.stringify({
    kind: 'run',
    run: r.run,
    seed: r.seed,
    collapseDay: r.collapseDay,
    talksDay: r.talksDay,
    exclusions: r.exclusions,
    events: r.events,
    refused: r.refused,
    indicators: r.indicators,
  });
}

/**
 * Per-run table as CSV: one row per run, without the daily series.
 *
 * @example
 * ```ts
 * runsCsvHeader + '\n' + runs.map(runCsvRow).join('\n');
 * ```
 */
export function runCsvRow(r: RunResult): string {
  return [r.run, r.seed, r.collapseDay ?? '', r.talksDay ?? '', r.exclusions, r.events, r.refused].join(',');
}

/** Header of {@link runCsvRow}'s table. */
export const runsCsvHeader = 'run,seed,collapseDay,talksDay,exclusions,events,refused';

/**
 * Daily statistics as CSV: per day, the quantile bands of every indicator, survival and P(talks resumed).
 *
 * @example
 * ```ts
 * fs.writeFileSync('bands.csv', summaryCsv(summary, '2016-02-27'));
 * ```
 */
export function summaryCsv(summary: SweepSummary): string {
  const names = Object.keys(summary.bands);
  const cols = ['day', 'survival', 'talksResumedBy'];
  for (const n of names) for (const q of ['p05', 'p25', 'p50', 'p75', 'p95', 'mean']) cols.push(`${n}_${q}`);
  const lines = [cols.join(',')];
  let ti = 0;
  let s = 1;
  for (let d = 1; d <= summary.days; d++) {
    while (ti < summary.survival.times.length && summary.survival.times[ti]! <= d)
      s = summary.survival.survival[ti++]!;
    const row: (string | number)[] = [d, s, summary.talksResumedBy[d - 1] ?? 0];
    for (const n of names) {
      const b = summary.bands[n]!;
      row.push(b.p05[d - 1]!, b.p25[d - 1]!, b.p50[d - 1]!, b.p75[d - 1]!, b.p95[d - 1]!, b.mean[d - 1]!);
    }
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
