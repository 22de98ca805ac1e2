import { h } from '../dom.js';
import type { Summary } from '../model/domain.js';
import { humanize } from '../words.js';

const ORDER = ['at', 'seq', 'hostilities', 'humanitarian', 'political', 'issg', 'resolutions', 'indicators'];

function formatLeaf(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v))
    return v.length === 0
      ? 'none'
      : v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  return String(v);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function keysOf(a: Record<string, unknown>): string[] {
  const keys = Object.keys(a);
  return [...ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !ORDER.includes(k))];
}

/** Render one level of a summary as a definition list; `other` marks the values that differ from it. */
function dl(
  value: Record<string, unknown>,
  other: Record<string, unknown> | undefined,
  path: string,
  onlyDiff: boolean,
): HTMLElement {
  const list = h('dl', { class: 'summary-dl' });
  for (const key of keysOf(value)) {
    const v = value[key];
    const o = other?.[key];
    const same = JSON.stringify(v) === JSON.stringify(o);
    if (onlyDiff && other !== undefined && same && !(path === '' && key === 'at')) continue;
    const label = key === 'issg' ? 'ISSG' : humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    if (isObj(v)) {
      list.append(
        h('dt', { class: 'group' }, label),
        h('dd', {}, dl(v, isObj(o) ? o : undefined, `${path}${key}.`, onlyDiff)),
      );
      continue;
    }
    const differs = other !== undefined && key !== 'seq' && !same;
    if (path === 'indicators.' && typeof v === 'number') {
      list.append(
        h('dt', {}, label),
        h('dd', { class: differs ? 'differs' : undefined }, meter(v as number, label)),
      );
      continue;
    }
    list.append(
      h('dt', {}, label),
      h(
        'dd',
        { class: differs ? 'differs' : undefined, 'data-field': `${path}${key}` },
        formatLeaf(v),
        differs ? h('span', { class: 'visually-hidden' }, ' (differs)') : null,
      ),
    );
  }
  return list;
}

function meter(v: number, label: string): HTMLElement {
  const pct = Math.max(0, Math.min(1, v));
  return h(
    'span',
    { class: 'meter-wrap' },
    h(
      'span',
      {
        class: 'meter',
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': 1,
        'aria-valuenow': v.toFixed(2),
      },
      h('span', { class: 'meter-fill', style: `width:${(pct * 100).toFixed(0)}%` }),
    ),
    ` ${v.toFixed(2)}`,
  );
}

/**
 * The state summary as a person reads it: nested definition lists in the documented order, indicators as
 * meters. With `other`, the values that differ from it are highlighted (and say so to screen readers);
 * with `onlyDiff`, only those are shown.
 */
export function renderSummary(summary: Summary, other?: Summary, onlyDiff = false): HTMLElement {
  return dl(summary, other, '', onlyDiff);
}
