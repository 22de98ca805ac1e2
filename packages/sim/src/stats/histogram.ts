import { UsageError } from '@parley/core';
/**
 * Fixed-bin histograms per day, for quantile bands of an indicator over time with memory independent of
 * the number of runs. Values are clamped to [lo, hi]; a quantile is reported at its bin's centre, so its
 * error is at most half a bin (1/2000 of the range with the default 1,000 bins).
 */
export interface DailyHistogram {
  add(day: number, value: number): void;
  /** The q-quantile (0 ≤ q ≤ 1) of the values added for `day`, or NaN when there are none. */
  quantile(day: number, q: number): number;
  /** Mean of the values added for `day` (clamped values). */
  mean(day: number): number;
  readonly days: number;
}

/**
 * A per-day histogram over `days` days (indices 0 … days-1).
 *
 * @example
 * ```ts
 * const h = dailyHistogram(7, 0, 1);
 * h.add(0, 0.2); h.add(0, 0.4);
 * h.quantile(0, 0.5); // ≈ 0.2 (lower median, at bin centre)
 * ```
 */
export function dailyHistogram(days: number, lo: number, hi: number, bins = 1000): DailyHistogram {
  if (!(hi > lo)) throw new UsageError(`dailyHistogram: hi (${hi}) must be greater than lo (${lo})`);
  const counts = new Uint32Array(days * bins);
  const totals = new Uint32Array(days);
  const sums = new Float64Array(days);
  const width = (hi - lo) / bins;
  return {
    days,
    add(day, value) {
      if (day < 0 || day >= days || !Number.isFinite(value)) return;
      const v = Math.min(hi, Math.max(lo, value));
      const b = Math.min(bins - 1, Math.floor((v - lo) / width));
      counts[day * bins + b]!++;
      totals[day]!++;
      sums[day]! += v;
    },
    quantile(day, q) {
      const n = totals[day] ?? 0;
      if (n === 0) return Number.NaN;
      const rank = Math.max(1, Math.ceil(q * n));
      let seen = 0;
      for (let b = 0; b < bins; b++) {
        seen += counts[day * bins + b]!;
        if (seen >= rank) return lo + (b + 0.5) * width;
      }
      return hi;
    },
    mean(day) {
      const n = totals[day] ?? 0;
      return n === 0 ? Number.NaN : sums[day]! / n;
    },
  };
}
