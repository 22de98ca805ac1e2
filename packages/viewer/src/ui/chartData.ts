import { type AnyRecordedEvent, dateOf } from '@parley/core';
import { indicatorSeries, isIssgRecordList } from '@parley/issg';

/** The ISSG view's indicator series as uPlot draws it: Unix seconds on x, `null` where there is no data. */
export interface Series {
  /** Unix seconds of each day (UTC midnight), ascending. */
  readonly x: readonly number[];
  /** Indicator name → one value per day (`null`: no data, drawn as a gap). */
  readonly y: Readonly<Record<string, readonly (number | null)[]>>;
  /** For each seq (index seq - 1), the index of its day in `x`. */
  readonly dayOfSeq: readonly number[];
}

/**
 * Unix seconds of the calendar date of a world time.
 *
 * @example
 * ```ts
 * daySeconds('2016-02-27T00:00+02:00'); // 1456531200
 * ```
 */
export function daySeconds(at: string): number {
  return Date.parse(`${dateOf(at)}T00:00:00Z`) / 1000;
}

/**
 * The series the chart draws: `indicatorSeries` of `@parley/issg` (the same the CLI and the report draw),
 * its days as Unix seconds. Records of another domain have no indicators: an empty series.
 *
 * @example
 * ```ts
 * chart.setData(chartSeries(branch.records));
 * ```
 */
export function chartSeries(records: readonly AnyRecordedEvent[]): Series {
  if (!isIssgRecordList(records)) return { x: [], y: {}, dayOfSeq: [] };
  const s = indicatorSeries(records);
  return { x: s.dates.map(daySeconds), y: s.values, dayOfSeq: s.dayOfSeq };
}
