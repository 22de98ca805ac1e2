import { type AnyRecordedEvent, dateOf } from '@parley/core';
import type { DomainView } from '../domain.js';
import type { Colors } from '../io.js';
import { TRACK_ORDER } from '../issg.js';
import { sourceLine, sourcesOf } from './sources.js';
import { WIDTH, wrap } from './text.js';

const DATE_COL = 12;

/** Records grouped by track, tracks in their usual order, records in log order within each. */
export function groupByTrack(
  records: readonly AnyRecordedEvent[],
  domain: DomainView,
): { track: string; records: AnyRecordedEvent[] }[] {
  const groups = new Map<string, AnyRecordedEvent[]>();
  for (const r of records) {
    const t = domain.track(r);
    const list = groups.get(t) ?? [];
    list.push(r);
    groups.set(t, list);
  }
  const rank = (t: string) => (TRACK_ORDER.includes(t) ? TRACK_ORDER.indexOf(t) : TRACK_ORDER.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([track, rs]) => ({ track, records: rs }));
}

/** One record as wrapped lines: `DATE  narrative`, then its sources indented beneath. */
export function recordLines(
  r: AnyRecordedEvent,
  domain: DomainView,
  c: Colors,
  options: { sources: boolean; track?: boolean },
): string[] {
  const track = domain.track(r);
  const prefix = options.track && track !== 'events' ? `${track}: ` : '';
  const text = wrap(prefix + domain.describe(r), WIDTH - 2 - DATE_COL, DATE_COL + 2);
  const lines = text.map((l, i) => (i === 0 ? `  ${c.cyan(dateOf(r.at).padEnd(DATE_COL))}${l}` : l));
  if (options.sources)
    for (const s of sourcesOf(r))
      lines.push(
        ...wrap(`source: ${sourceLine(s)}`, WIDTH - 2 - DATE_COL, DATE_COL + 2).map((l, i) =>
          i === 0 ? `  ${' '.repeat(DATE_COL)}${c.dim(l)}` : c.dim(l),
        ),
      );
  return lines;
}

/** The narrative grouped by track, with sources: what `parley timeline` prints. */
export function renderTimeline(records: readonly AnyRecordedEvent[], domain: DomainView, c: Colors): string {
  if (records.length === 0) return 'No events in this range.\n';
  const out: string[] = [];
  for (const g of groupByTrack(records, domain)) {
    out.push(c.bold(`${g.track[0]!.toUpperCase()}${g.track.slice(1)} (${g.records.length})`));
    for (const r of g.records) out.push(...recordLines(r, domain, c, { sources: true }));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2016-02` → `February 2016`. */
export function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7)} ${date.slice(0, 4)}`;
}

/** The narrative in order of events, under month headings, no sources: what `parley run` and `demo` print. */
export function renderChronicle(records: readonly AnyRecordedEvent[], domain: DomainView, c: Colors): string {
  const out: string[] = [];
  let month = '';
  for (const r of records) {
    const m = dateOf(r.at).slice(0, 7);
    if (m !== month) {
      if (month !== '') out.push('');
      out.push(c.bold(monthName(m)));
      month = m;
    }
    out.push(...recordLines(r, domain, c, { sources: false, track: true }));
  }
  return `${out.join('\n')}\n`;
}
