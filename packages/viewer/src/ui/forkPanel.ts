import type { Outcomes } from '@parley/sim';
import { h } from '../dom.js';
import type { Summary } from '../model/domain.js';
import { INJECTIONS, type InjectSpec } from '../model/inject.js';
import type { MechanismComparison } from '../model/mechanismFork.js';
import { medianOverlay, survivalChart } from './mcCharts.js';
import { renderSummary } from './summary.js';

export interface MechanismChoice {
  readonly id: string;
  readonly label: string;
}

export interface ForkRequest {
  readonly kind: 'inject' | 'mechanism';
  readonly spec?: InjectSpec;
  readonly values: Record<string, string>;
  readonly mechanism?: string;
}

export interface ForkPanel {
  readonly element: HTMLElement;
  /** Show the form to branch after event `seq` (dated `at`) and focus it. */
  open(seq: number, at: string): void;
  close(): void;
  error(message: string): void;
  /** Show the two branches side by side. */
  compare(
    at: string,
    a: { label: string; summary: Summary },
    b: { label: string; summary: Summary },
    notes: readonly string[],
    continued?: 'decided' | 'replayed',
  ): void;
  /** Show two simulated branches (a mechanism switched off) side by side. */
  compareMechanism(at: string, c: MechanismComparison, runs: number): void;
}

const OUTCOME_ROWS: readonly [keyof Outcomes, string][] = [
  ['medianSurvival', 'Median days until collapse'],
  ['survival30', 'Still holding after 30 days'],
  ['survival60', 'Still holding after 60 days'],
  ['survival90', 'Still holding after 90 days'],
  ['violenceWeek1', 'Violence, first week (median)'],
  ['holdingDay80', 'Places holding on day 80 (median)'],
  ['accessDay80', 'Humanitarian access on day 80 (median)'],
  ['talksWithin30', 'Talks resumed within 30 days'],
  ['exclusionsMean', 'Exclusions per run (mean)'],
];

function outcomeTable(c: MechanismComparison): HTMLElement {
  const fmt = (v: unknown) =>
    v === null || v === undefined
      ? '—'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? String(v)
          : v.toFixed(2)
        : String(v);
  return h(
    'table',
    { class: 'outcomes' },
    h('caption', {}, 'Outcomes of the two branches (same seeds)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Outcome'),
        h('th', { scope: 'col' }, c.a.label),
        h('th', { scope: 'col' }, c.b.label),
      ),
    ),
    h(
      'tbody',
      {},
      OUTCOME_ROWS.map(([k, label]) => {
        const a: unknown = c.outcomesA[k];
        const b: unknown = c.outcomesB[k];
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, label),
          h('td', {}, fmt(a)),
          h('td', { class: fmt(a) !== fmt(b) ? 'differs' : undefined }, fmt(b)),
        );
      }),
    ),
  );
}

function fieldsFor(spec: InjectSpec): HTMLElement {
  return h(
    'div',
    { class: 'fields' },
    spec.fields.map((f) => {
      const id = `fork-${f.name}`;
      const control =
        f.kind === 'select'
          ? h(
              'select',
              { id, name: f.name },
              (f.options ?? []).map((o) => h('option', { value: o, selected: o === f.initial }, o)),
            )
          : h('input', {
              id,
              name: f.name,
              type: f.kind === 'number' ? 'number' : 'text',
              value: f.initial,
              min: f.kind === 'number' ? 0 : undefined,
            });
      return h('div', { class: 'field' }, h('label', { for: id }, f.label), control);
    }),
  );
}

/**
 * "Fork here": a form to branch a what-if at the current event (inject one of a few ISSG commands, or
 * switch a simulator mechanism when one is offered), and the comparison of the two branches.
 */
export function createForkPanel(
  onCreate: (request: ForkRequest) => void,
  onDiscard: () => void,
  onTravel: () => void,
  mechanisms: readonly MechanismChoice[] = [],
): ForkPanel {
  const heading = h('h2', { id: 'fork-heading' }, 'What-if');
  const where = h('p', { class: 'where' });
  const kind = h(
    'select',
    { id: 'fork-kind', name: 'kind' },
    INJECTIONS.map((s, i) => h('option', { value: String(i) }, s.label)),
    mechanisms.map((m) => h('option', { value: `m:${m.id}` }, `Simulate without: ${m.label}`)),
  );
  let fields = fieldsFor(INJECTIONS[0]!);
  kind.addEventListener('change', () => {
    const v = kind.value;
    const next = v.startsWith('m:') ? h('div', { class: 'fields' }) : fieldsFor(INJECTIONS[Number(v)]!);
    fields.replaceWith(next);
    fields = next;
  });
  const message = h('p', { class: 'message error', role: 'alert' });
  const form = h(
    'form',
    { class: 'fork-form', 'aria-labelledby': 'fork-heading' },
    h('div', { class: 'field' }, h('label', { for: 'fork-kind' }, 'What happens instead'), kind),
    fields,
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Create the what-if branch'),
      h('button', { type: 'button', onclick: () => onDiscard() }, 'Close'),
    ),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    message.textContent = '';
    const values: Record<string, string> = {};
    for (const el of Array.from(
      fields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input,select'),
    ))
      values[el.name] = el.value;
    const v = kind.value;
    if (v.startsWith('m:')) onCreate({ kind: 'mechanism', mechanism: v.slice(2), values });
    else onCreate({ kind: 'inject', spec: INJECTIONS[Number(v)]!, values });
  });
  const result = h('div', { class: 'compare' });
  let showOnlyDiff = true;
  const element = h(
    'section',
    { class: 'fork-panel', id: 'fork', 'aria-labelledby': 'fork-heading', hidden: true },
    heading,
    where,
    form,
    message,
    result,
  );
  return {
    element,
    compareMechanism(at, c, runs) {
      element.hidden = false;
      result.replaceChildren(
        h('h3', {}, `Two simulated futures from ${at.slice(0, 10)} (${runs} runs each, the same seeds)`),
        outcomeTable(c),
        h('div', { class: 'side-by-side' }, survivalChart([c.a, c.b]), medianOverlay(c.a, c.b)),
      );
    },
    open(seq, at) {
      element.hidden = false;
      where.textContent = `Branch after event ${seq} (${at.slice(0, 10)}): choose what happens instead, then compare.`;
      message.textContent = '';
      kind.focus();
    },
    close() {
      element.hidden = true;
      result.replaceChildren();
    },
    error(text) {
      message.textContent = text;
    },
    compare(at, a, b, notes, continued = 'decided') {
      element.hidden = false;
      const onlyDiff = h('input', { type: 'checkbox', id: 'only-diff', checked: showOnlyDiff });
      const sides = h('div', { class: 'side-by-side' });
      const draw = () => {
        showOnlyDiff = onlyDiff.checked;
        sides.replaceChildren(
          h(
            'section',
            { class: 'branch branch-a', 'aria-label': a.label },
            h('h4', {}, a.label),
            renderSummary(a.summary, b.summary, showOnlyDiff),
          ),
          h(
            'section',
            { class: 'branch branch-b', 'aria-label': b.label },
            h('h4', {}, b.label),
            renderSummary(b.summary, a.summary, showOnlyDiff),
          ),
        );
      };
      onlyDiff.addEventListener('change', draw);
      draw();
      result.replaceChildren(
        h('h3', {}, `The two branches on ${at.slice(0, 10)}`),
        h(
          'p',
          { class: 'only-diff' },
          onlyDiff,
          ' ',
          h('label', { for: 'only-diff' }, 'Show only what differs'),
        ),
        sides,
        h(
          'p',
          {},
          h('button', { type: 'button', onclick: () => onTravel() }, 'Travel this branch'),
          ' — make the what-if the timeline, to step through it and fork again from it.',
        ),
        notes.length > 0
          ? h(
              'details',
              { class: 'notes', open: true },
              h(
                'summary',
                {},
                `${notes.length} later step${notes.length === 1 ? '' : 's'} of the record no longer possible on this branch`,
              ),
              h(
                'ul',
                {},
                notes.map((n) => h('li', {}, n)),
              ),
            )
          : h(
              'p',
              { class: 'notes' },
              continued === 'decided'
                ? 'Every later step of the story still happens on this branch.'
                : 'After the change, the later events of the log are replayed as recorded (a log has no steps to decide again).',
            ),
      );
    },
  };
}
