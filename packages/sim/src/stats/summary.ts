import type { RunResult } from '../engine/types.js';
import { type DailyHistogram, dailyHistogram } from './histogram.js';
import { type SurvivalCurve, survivalAccumulator } from './kaplanMeier.js';

/** Quantile bands of one indicator, one value per day (index 0 = day 1). */
export interface Bands {
  readonly p05: readonly number[];
  readonly p25: readonly number[];
  readonly p50: readonly number[];
  readonly p75: readonly number[];
  readonly p95: readonly number[];
  readonly mean: readonly number[];
}

/** The statistics of a sweep (or of a merged set of shards). */
export interface SweepSummary {
  readonly runs: number;
  readonly days: number;
  /** Kaplan–Meier survival of the arrangement: days until collapse, censored at the horizon. */
  readonly survival: SurvivalCurve & { readonly collapsed: number; readonly atHorizon: number };
  /** Quantile bands of each indicator over time. */
  readonly bands: Readonly<Record<string, Bands>>;
  /** P(talks resumed by day d), d = 1 … days (index 0 = day 1). */
  readonly talksResumedBy: readonly number[];
  /** Exclusions per run: the mean and how many runs had each count. */
  readonly exclusions: { readonly mean: number; readonly counts: Readonly<Record<string, number>> };
}

const r4 = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x);

/**
 * Accumulate run results into a {@link SweepSummary} with memory independent of the number of runs
 * (per-day histograms, per-day survival counts). Feed runs in run-index order for byte-identical output.
 *
 * @param indicators indicator names and their value ranges (values outside are clamped)
 * @example
 * ```ts
 * const acc = summaryAccumulator(120, { violence: [0, 2], holding: [0, 1] });
 * for await (const r of runMonteCarlo(options)) acc.add(r);
 * const summary = acc.summary();
 * ```
 */
export function summaryAccumulator(
  days: number,
  indicators: Readonly<Record<string, readonly [number, number]>>,
): { add(run: RunResult): void; summary(): SweepSummary } {
  const km = survivalAccumulator(days);
  const hist = new Map<string, DailyHistogram>();
  for (const [name, [lo, hi]] of Object.entries(indicators)) hist.set(name, dailyHistogram(days, lo, hi));
  const talks = new Float64Array(days + 1);
  const exclusionCounts = new Map<number, number>();
  let exclusionSum = 0;
  let n = 0;
  let collapsed = 0;
  return {
    add(run) {
      n++;
      if (run.collapseDay !== null) {
        collapsed++;
        km.add(Math.min(days, run.collapseDay), true);
      } else km.add(days, false);
      if (run.talksDay !== null && run.talksDay <= days) talks[run.talksDay]!++;
      exclusionSum += run.exclusions;
      exclusionCounts.set(run.exclusions, (exclusionCounts.get(run.exclusions) ?? 0) + 1);
      for (const [name, h] of hist) {
        const series = run.indicators[name] ?? [];
        for (let d = 0; d < series.length && d < days; d++) h.add(d, series[d]!);
      }
    },
    summary() {
      const curve = km.curve();
      const bands: Record<string, Bands> = {};
      for (const [name, h] of hist) {
        const q = (p: number) => Array.from({ length: days }, (_, d) => r4(h.quantile(d, p)));
        bands[name] = {
          p05: q(0.05),
          p25: q(0.25),
          p50: q(0.5),
          p75: q(0.75),
          p95: q(0.95),
          mean: Array.from({ length: days }, (_, d) => r4(h.mean(d))),
        };
      }
      const talksResumedBy: number[] = [];
      let cum = 0;
      for (let d = 1; d <= days; d++) {
        cum += talks[d]!;
        talksResumedBy.push(n === 0 ? 0 : r4(cum / n));
      }
      const counts: Record<string, number> = {};
      for (const k of [...exclusionCounts.keys()].sort((a, b) => a - b))
        counts[String(k)] = exclusionCounts.get(k)!;
      return {
        runs: n,
        days,
        survival: {
          ...curve,
          survival: curve.survival.map(r4),
          collapsed,
          atHorizon: n === 0 ? 1 : r4((n - collapsed) / n),
        },
        bands,
        talksResumedBy,
        exclusions: { mean: n === 0 ? 0 : r4(exclusionSum / n), counts },
      };
    },
  };
}
