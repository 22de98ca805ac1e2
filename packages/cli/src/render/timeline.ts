import { type AnyRecordedEvent, dateOf } from '@parley/core';
import { type Step, stepsOf } from '@parley/issg';
import type { DomainView } from '../domain.js';
import type { Colors } from '../io.js';
import { TRACK_ORDER } from '../issg.js';
import { sourceLine } from './sources.js';
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

/** Indent a block of wrapped lines under the date column. */
function under(text: string, c: Colors, dim: boolean, width: number): string[] {
  return wrap(text, width - 2 - DATE_COL, DATE_COL + 2).map((l, i) => {
    const line = i === 0 ? `  ${' '.repeat(DATE_COL)}${l}` : l;
    return dim ? c.dim(line) : line;
  });
}

/**
 * One step of a record as wrapped lines: `DATE  sentence` for each of its events, then the step's note
 * once (with the flag of facts the sources only partly confirm) and, when asked, its sources with links.
 */
export function stepLines(
  step: Step,
  domain: DomainView,
  c: Colors,
  options: { sources: boolean; track?: boolean; width?: number },
): string[] {
  const width = options.width ?? WIDTH;
  const lines: string[] = [];
  step.records.forEach((r, i) => {
    const track = domain.track(r);
    const prefix = options.track && track !== 'events' ? `${track}: ` : '';
    const text = wrap(prefix + domain.describe(r), width - 2 - DATE_COL, DATE_COL + 2);
    const date = i === 0 ? dateOf(r.at).padEnd(DATE_COL) : ' '.repeat(DATE_COL);
    lines.push(...text.map((l, j) => (j === 0 ? `  ${c.cyan(date)}${l}` : l)));
  });
  const first = step.records[0];
  const flag = typeof first?.meta?.flag === 'string' && first.meta.flag !== 'verified' ? first.meta.flag : '';
  if (step.note !== undefined)
    lines.push(...under(`note: ${step.note}${flag ? ` (${flag})` : ''}`, c, true, width));
  if (options.sources)
    for (const s of step.sources)
      lines.push(
        ...under(
          `source${flag && step.note === undefined ? ` (${flag})` : ''}: ${sourceLine(s)}`,
          c,
          true,
          width,
        ),
      );
  return lines;
}

/** The narrative grouped by track, with sources: what `parley timeline` prints. */
export function renderTimeline(
  records: readonly AnyRecordedEvent[],
  domain: DomainView,
  c: Colors,
  width: number = WIDTH,
): string {
  if (records.length === 0) return 'No events in this range.\n';
  const out: string[] = [];
  for (const g of groupByTrack(records, domain)) {
    out.push(c.bold(`${g.track[0]!.toUpperCase()}${g.track.slice(1)} (${g.records.length})`));
    for (const step of stepsOf(g.records)) out.push(...stepLines(step, domain, c, { sources: true, width }));
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

/**
 * The narrative in order of events, under month headings, one step at a time (its note once): what
 * `parley run` prints, and `parley demo` with the sources and their links.
 */
export function renderChronicle(
  records: readonly AnyRecordedEvent[],
  domain: DomainView,
  c: Colors,
  options: { sources?: boolean; width?: number } = {},
): string {
  const out: string[] = [];
  let month = '';
  for (const step of stepsOf(records)) {
    const m = dateOf(step.at).slice(0, 7);
    if (m !== month) {
      if (month !== '') out.push('');
      out.push(c.bold(monthName(m)));
      month = m;
    }
    out.push(
      ...stepLines(step, domain, c, {
        sources: options.sources ?? false,
        track: true,
        width: options.width ?? WIDTH,
      }),
    );
  }
  return `${out.join('\n')}\n`;
}
