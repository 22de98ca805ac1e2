import type { AnyRecordedEvent } from '@parley/core';
import { type EventView, eventView, ISSG_TRACKS, type IssgTrack, safeUrl } from '@parley/issg';
import { h } from '../dom.js';

export interface TimelineView {
  readonly element: HTMLElement;
  /** The current event's details: its sentence, reporter, attribution, severity, note and sources. */
  readonly details: HTMLElement;
  /** Load a new list of records. */
  show(records: readonly AnyRecordedEvent[], forkAfter?: number): void;
  /** Mark the event at `seq` as current, dim the future, scroll each lane to it. */
  mark(seq: number): void;
}

/** The lanes, military first (the track a class follows most), each with the ISSG view's label. */
const LANES: readonly { readonly track: IssgTrack; readonly id: string }[] = [
  { track: 'hostilities', id: 'military' },
  { track: 'humanitarian', id: 'humanitarian' },
  { track: 'political', id: 'political' },
  { track: 'diplomacy', id: 'diplomacy' },
];
const labelOf = (track: IssgTrack) => ISSG_TRACKS.find((t) => t.id === track)?.label ?? track;
const ATTRIBUTION = { verified: 'verified', contested: 'disputed', alleged: 'alleged' } as const;

function sourceLinks(view: EventView): HTMLElement | null {
  const { sources } = view;
  if (sources.length === 0) return null;
  return h(
    'span',
    { class: 'sources' },
    'Source: ',
    sources.flatMap((s, i) => {
      const url = safeUrl(s.url);
      const text = s.date ? `${s.title} (${s.date})` : s.title;
      const node = url
        ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
        : h('span', {}, text);
      return i === 0 ? [node] : ['; ', node];
    }),
  );
}

/**
 * The events, grouped by track in four lanes (military and ceasefire, humanitarian, political, diplomacy),
 * each an ordered list; every event is a button that moves time there, with its sources as links.
 */
function detailsOf(view: EventView): HTMLElement[] {
  const rows: [string, string][] = [['When', view.at]];
  if (view.reporter !== undefined) rows.push(['Reported by', view.reporter]);
  if (view.attribution !== undefined) rows.push(['Attribution', ATTRIBUTION[view.attribution]]);
  if (view.severity !== undefined) rows.push(['Severity', `${view.severity} of 5`]);
  if (view.note !== undefined) rows.push(['Note', view.note]);
  if (view.flag !== undefined && view.flag !== 'verified')
    rows.push(['Sources agree', `${view.flag} (not fully verified)`]);
  return [
    h('p', { class: 'current-sentence' }, view.sentence),
    h(
      'dl',
      { class: 'current-facts' },
      rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { class: 'fact-value' }, v)]),
    ),
    sourceLinks(view) ?? h('span', { class: 'sources' }, 'No source recorded.'),
  ].filter((e): e is HTMLElement => e !== null);
}

export function createTimelineView(go: (seq: number) => void): TimelineView {
  const element = h('div', { class: 'lanes' });
  const details = h(
    'section',
    { class: 'current-event', id: 'current-event', 'aria-label': 'Current event', 'aria-live': 'polite' },
    h('p', {}, 'Before the first event.'),
  );
  let views: EventView[] = [];
  let items: HTMLElement[] = [];
  let lanes: { list: HTMLElement; seqs: number[] }[] = [];
  let current = -1;
  return {
    element,
    details,
    show(records, forkAfter) {
      element.replaceChildren();
      items = [];
      views = [];
      lanes = LANES.map((t) => {
        const label = labelOf(t.track);
        const list = h('ol', { class: 'lane-list', 'aria-label': `${label} events` });
        element.append(
          h('section', { class: `lane lane-${t.id}`, 'aria-label': label }, h('h3', {}, label), list),
        );
        return { list, seqs: [] };
      });
      for (const r of records) {
        const view = eventView(r);
        views[r.seq] = view;
        // an event of another domain has no ISSG track: it goes with diplomacy
        const lane =
          lanes[
            Math.max(
              0,
              LANES.findIndex((t) => t.track === (view.track ?? 'diplomacy')),
            )
          ]!;
        const whatIf = forkAfter !== undefined && r.seq > forkAfter;
        const item = h(
          'li',
          { class: `event${whatIf ? ' what-if' : ''}`, 'data-seq': r.seq },
          h(
            'button',
            {
              type: 'button',
              class: 'event-go',
              'aria-label': `Go to event ${r.seq}: ${view.sentence}, ${r.at}`,
              onclick: () => go(r.seq),
            },
            h('time', { datetime: r.at }, r.at.slice(0, 10)),
            ' ',
            h('span', { class: 'what' }, view.sentence),
          ),
          sourceLinks(view),
        );
        lane.list.append(item);
        lane.seqs.push(r.seq);
        items[r.seq] = item;
      }
      for (const lane of lanes)
        if (lane.seqs.length === 0) lane.list.append(h('li', { class: 'empty' }, 'No events on this track.'));
      current = -1;
    },
    mark(seq) {
      if (seq === current) return;
      current = seq;
      const view = views[seq];
      details.replaceChildren(...(view ? detailsOf(view) : [h('p', {}, 'Before the first event.')]));
      items.forEach((item, s) => {
        item.classList.toggle('future', s > seq);
        item.classList.toggle('current', s === seq);
        const b = item.firstElementChild;
        if (s === seq) b?.setAttribute('aria-current', 'step');
        else b?.removeAttribute('aria-current');
      });
      for (const lane of lanes) {
        let last: number | undefined;
        for (const s of lane.seqs) if (s <= seq) last = s;
        const target = items[last ?? lane.seqs[0] ?? -1];
        // the list is the items' offset parent (position: relative): centre the item in its lane
        if (target)
          lane.list.scrollTop = Math.max(
            0,
            target.offsetTop - lane.list.clientHeight / 2 + target.offsetHeight / 2,
          );
      }
    },
  };
}
