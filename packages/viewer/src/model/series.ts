import { type AnyRecordedEvent, createFolder, dateOf } from '@parley/core';
import { indicatorsOf, type ViewerDomain } from './domain.js';

/** Indicator values over time, one point a day (the state after the day's last event). */
export interface Series {
  /** Unix seconds of each day (UTC midnight), ascending. */
  readonly x: number[];
  /** Indicator name → one value per day. */
  readonly y: Record<string, number[]>;
  /** For each seq (index seq - 1), the index of its day in `x`. */
  readonly dayOfSeq: number[];
}

/** Unix seconds of the calendar date of a world time. */
export function daySeconds(at: string): number {
  return Date.parse(`${dateOf(at)}T00:00:00Z`) / 1000;
}

/**
 * Fold the records once (mutable fast path) and read the indicators of the summary after each day.
 *
 * @example
 * ```ts
 * const s = indicatorSeries(issgDomain, records);
 * s.y.violence; // one value a day
 * ```
 */
export function indicatorSeries(domain: ViewerDomain, records: readonly AnyRecordedEvent[]): Series {
  const folder = createFolder(domain.decider);
  const x: number[] = [];
  const y: Record<string, number[]> = {};
  const dayOfSeq: number[] = [];
  records.forEach((r, i) => {
    folder.apply(r as never);
    const day = daySeconds(r.at);
    const next = records[i + 1];
    if (x[x.length - 1] !== day) x.push(day);
    dayOfSeq.push(x.length - 1);
    if (next && daySeconds(next.at) === day) return;
    const values = indicatorsOf(domain.summarize(folder.state));
    for (const [k, v] of Object.entries(values)) {
      const col = y[k] ?? [];
      while (col.length < x.length - 1) col.push(Number.NaN);
      col.push(v);
      y[k] = col;
    }
  });
  for (const col of Object.values(y)) while (col.length < x.length) col.push(Number.NaN);
  return { x, y, dayOfSeq };
}
