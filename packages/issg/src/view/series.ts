import { addDays, createTimeline, dateOf, type RecordedEvent } from '@parley/core';
import { issgDecider } from '../decider.js';
import type { IssgEvent } from '../events/catalog.js';
import { summarize } from '../summary/summarize.js';
import { INDICATORS, type IndicatorName, indicatorValue } from './indicators.js';

/** The indicators day by day: what the terminal chart, the HTML report and the viewer all draw. */
export interface IndicatorSeries {
  /** Every calendar day from the first to the last, ascending (`YYYY-MM-DD`). */
  readonly dates: readonly string[];
  /** One value a day per indicator; `null` where there is no data — draw a gap, never a 0. */
  readonly values: { readonly [N in IndicatorName]: readonly (number | null)[] };
  /** For each seq (index `seq - 1`), the index of its day in `dates`. */
  readonly dayOfSeq: readonly number[];
}

export interface IndicatorSeriesOptions {
  /** First day (default: the date of the first record). */
  readonly from?: string;
  /** Last day (default: the date of the last record). */
  readonly to?: string;
  /** Events between two snapshots of the timeline (default 16). */
  readonly every?: number;
}

/**
 * The indicators of the state summary on every day, read from core's timeline (snapshots every few
 * events, so each day costs a few folds, never a replay): the value on a day is the summary after every
 * event dated on or before it, with the time-dependent indicators evaluated on that day.
 *
 * @example
 * ```ts
 * const s = indicatorSeries(runScenario(issgRecord).records);
 * s.dates[0];          // '2015-10-23'
 * s.values.violence[0]; // the violence indicator on that day (null: no data)
 * ```
 */
export function indicatorSeries(
  records: readonly RecordedEvent<IssgEvent>[],
  options: IndicatorSeriesOptions = {},
): IndicatorSeries {
  const values: Record<IndicatorName, (number | null)[]> = {
    violence: [],
    humanitarianAccess: [],
    momentum: [],
    credibility: [],
  };
  const first = records[0];
  const last = records[records.length - 1];
  if (!first || !last) return { dates: [], values, dayOfSeq: [] };
  const timeline = createTimeline(issgDecider, records, { every: options.every ?? 16 });
  const from = options.from ?? dateOf(first.at);
  const to = options.to ?? dateOf(last.at);
  const dates: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    dates.push(day);
    const summary = summarize(timeline.stateAt(day), { at: day });
    for (const { name } of INDICATORS) values[name].push(indicatorValue(summary.indicators[name]));
  }
  const dayOfSeq = records.map((r) => {
    const i = dates.indexOf(dateOf(r.at));
    return i >= 0 ? i : dateOf(r.at) < from ? 0 : dates.length - 1;
  });
  return { dates, values, dayOfSeq };
}
