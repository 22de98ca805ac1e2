import {
  type AnyRecordedEvent,
  addDays,
  createFolder,
  type Decider,
  type DomainEvent,
  dateOf,
  type RecordedEvent,
} from '@parley/core';
import type { DomainView } from './domain.js';
import type { IndicatorSeries } from './render/chart.js';

/**
 * Indicators day by day, from the date of the first record to the date of the last (or `to`): the value
 * on a day is read from the state after every record dated on or before it.
 */
export function indicatorSeries(
  records: readonly AnyRecordedEvent[],
  decider: Decider<unknown, unknown, DomainEvent>,
  domain: DomainView,
  options: { to?: string } = {},
): IndicatorSeries {
  const first = records[0];
  if (!first) return { dates: [], values: {} };
  const last = options.to ?? dateOf(records[records.length - 1]!.at);
  const folder = createFolder(decider);
  const dates: string[] = [];
  const values: Record<string, (number | null)[]> = {};
  let i = 0;
  for (let day = dateOf(first.at); day <= last; day = addDays(day, 1)) {
    while (i < records.length && dateOf(records[i]!.at) <= day)
      folder.apply(records[i++] as RecordedEvent<DomainEvent>);
    dates.push(day);
    for (const [name, v] of Object.entries(domain.indicators(folder.state, day))) {
      // A day without data stays in the series as null, so every series keeps one value per date.
      const list = values[name] ?? Array.from({ length: dates.length - 1 }, () => null);
      list.push(typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null);
      values[name] = list;
    }
  }
  return { dates, values };
}
