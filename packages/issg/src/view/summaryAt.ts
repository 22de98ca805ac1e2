import { isWorldTime, type RecordedEvent, runScenario, UsageError } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { type IssgRecordLike, stateAt } from '../summary/stateAt.js';
import { type StateSummary, summarize } from '../summary/summarize.js';

/**
 * The state summary (docs/state-summary.md) after every event dated on or before a date, or after the
 * event with a seq: the object `parley state --json` prints. A scenario is run once, a list of records is
 * folded once; time-dependent indicators are evaluated on the date asked for.
 *
 * @throws UsageError (code `usage`) when the date is not a world time or the seq is past the last event.
 * @example
 * ```ts
 * summaryAt(issgRecord, '2016-05-17').hostilities.status; // 'cessation'
 * summaryAt(records, 42).seq;                              // 42
 * ```
 */
export function summaryAt(record: IssgRecordLike, when: string | number): StateSummary {
  if (typeof when === 'string' && !isWorldTime(when))
    throw new UsageError(`summaryAt: "${when}" is not a date; give one like 2016-05-17, or a seq`);
  const records: readonly RecordedEvent<IssgEvent>[] = isRecordList(record)
    ? record
    : runScenario(record, typeof when === 'string' ? { until: when } : {}).records;
  if (typeof when === 'number') {
    const last = records[records.length - 1]?.seq ?? 0;
    if (!Number.isInteger(when) || when < 0 || when > last)
      throw new UsageError(`summaryAt: seq ${when} is not an event of this record (seq 0 to ${last})`);
  }
  const state = stateAt(records, when);
  return summarize(state, typeof when === 'string' ? { at: when } : {});
}

function isRecordList(record: IssgRecordLike): record is readonly RecordedEvent<IssgEvent>[] {
  return Array.isArray(record);
}
