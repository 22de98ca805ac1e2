import type { AnyRecordedEvent } from '@parley/core';
import { h } from '../dom.js';
import { describeEvent, safeUrl, sourcesOf } from '../model/describe.js';
import { TRACKS, trackOf } from '../model/tracks.js';

export interface TimelineView {
  readonly element: HTMLElement;
  /** Load a new list of records. */
  show(records: readonly AnyRecordedEvent[], forkAfter?: number): void;
  /** Mark the event at `seq` as current, dim the future, scroll each lane to it. */
  mark(seq: number): void;
}

function sourceLinks(record: AnyRecordedEvent): HTMLElement | null {
  const sources = sourcesOf(record);
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
export function createTimelineView(go: (seq: number) => void): TimelineView {
  const element = h('div', { class: 'lanes' });
  let items: HTMLElement[] = [];
  let lanes: { list: HTMLElement; seqs: number[] }[] = [];
  let current = -1;
  return {
    element,
    show(records, forkAfter) {
      element.replaceChildren();
      items = [];
      lanes = TRACKS.map((t) => {
        const list = h('ol', { class: 'lane-list', 'aria-label': `${t.label} events` });
        element.append(
          h('section', { class: `lane lane-${t.id}`, 'aria-label': t.label }, h('h3', {}, t.label), list),
        );
        return { list, seqs: [] };
      });
      for (const r of records) {
        const lane = lanes[TRACKS.findIndex((t) => t.id === trackOf(r.type))]!;
        const whatIf = forkAfter !== undefined && r.seq > forkAfter;
        const item = h(
          'li',
          { class: `event${whatIf ? ' what-if' : ''}`, 'data-seq': r.seq },
          h(
            'button',
            {
              type: 'button',
              class: 'event-go',
              'aria-label': `Go to event ${r.seq}: ${describeEvent(r)}, ${r.at}`,
              onclick: () => go(r.seq),
            },
            h('time', { datetime: r.at }, r.at.slice(0, 10)),
            ' ',
            h('span', { class: 'what' }, describeEvent(r)),
          ),
          sourceLinks(r),
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
        if (target)
          lane.list.scrollTop = Math.max(
            0,
            target.offsetTop - lane.list.offsetTop - lane.list.clientHeight / 2,
          );
      }
    },
  };
}
