import { type AnyRecordedEvent, addDays, type RecordedEvent, runScenario } from '@parley/core';
import {
  eventSentence,
  type IndicatorSeries,
  type IssgEvent,
  indicatorSeries,
  isIssgEventType,
  issgRecord,
  type StateSummary,
  summaryAt,
} from '@parley/issg';

/** The ISSG as a class sees it: the state and indicators on the meeting's day, with the injected news. */
export interface WorldView {
  /** The class's day (the agenda's date). */
  readonly at: string;
  /** The state summary on that day: the record up to it, then the news the instructor injected. */
  readonly summary: StateSummary;
  /** The indicators day by day over the `days` before it (the ISSG view's series). */
  readonly series: IndicatorSeries;
  /** The news injected into the class, in its sentences. */
  readonly news: readonly {
    readonly seq: number;
    readonly at: string;
    readonly type: string;
    readonly sentence: string;
  }[];
}

/** The record up to a day, run once per day: every page load of a class asks for it. */
const upTo = new Map<string, readonly RecordedEvent<IssgEvent>[]>();
function recordUpTo(at: string): readonly RecordedEvent<IssgEvent>[] {
  let records = upTo.get(at);
  if (!records) {
    records = runScenario(issgRecord, { until: at }).records as readonly RecordedEvent<IssgEvent>[];
    if (upTo.size >= 16) upTo.delete(upTo.keys().next().value!);
    upTo.set(at, records);
  }
  return records;
}

/**
 * The ISSG's state and indicators at a class's point in the record: the chronology up to the meeting's
 * day `at`, followed by the ISSG events of the class's branch (the news the instructor injected), read
 * with the issg domain view (`summaryAt`, `indicatorSeries`) — what the CLI, the report and the viewer
 * show, for the world the class negotiates in.
 *
 * @example
 * ```ts
 * const view = issgWorldView('2016-05-17', room.records);
 * view.summary.hostilities.status; // 'cessation'
 * ```
 */
export function issgWorldView(
  at: string,
  records: readonly AnyRecordedEvent[],
  options: { readonly days?: number } = {},
): WorldView {
  const base = recordUpTo(at);
  const injected = records.filter((r) => isIssgEventType(r.type));
  const last = base[base.length - 1];
  const stream = last?.stream ?? 'issg';
  const all = [
    ...base,
    ...injected.map((r, i) => ({ ...r, stream, seq: base.length + i + 1 }) as RecordedEvent<IssgEvent>),
  ];
  // news dated after the meeting's day (the instructor may date it) moves the view on to that day
  let latest = at;
  for (const r of injected) if (r.at.slice(0, 10) > latest) latest = r.at.slice(0, 10);
  return {
    at,
    summary: summaryAt(all, latest),
    series: indicatorSeries(all, { from: addDays(at, -(options.days ?? 90)), to: latest }),
    news: injected.map((r) => ({ seq: r.seq, at: r.at, type: r.type, sentence: eventSentence(r) })),
  };
}
