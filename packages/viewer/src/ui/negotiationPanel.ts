import { type IssgNegotiationView, partyName } from '@parley/issg';
import { h } from '../dom.js';
import {
  NEGOTIATION_AGENDAS,
  NegotiationError,
  negotiateInBrowser,
  readNegotiationLog,
  withAxes,
} from '../model/negotiation.js';
import { filePicker } from './fileInputs.js';
import { partyLegend, planeChart, planeLegend, utilityChart } from './negotiationCharts.js';

export interface NegotiationPanel {
  readonly element: HTMLElement;
  /** Negotiate a built-in agenda with this seed and show it at its first round. */
  negotiate(agendaId: string, seed: number): void;
}

/**
 * The negotiation view: negotiate a built-in agenda with a seed (in the browser) or open a negotiation's
 * log, then step through its rounds — the moves, the draft after the round, each delegation's utility of
 * the draft (omniscient) and the outcome space for two chosen delegations with the Pareto frontier and the
 * Nash, real and simulated texts marked.
 */
export function createNegotiationPanel(): NegotiationPanel {
  let view: IssgNegotiationView | undefined;
  let index = 0;
  const agenda = h(
    'select',
    { id: 'neg-agenda' },
    NEGOTIATION_AGENDAS.map((a) =>
      h('option', { value: a.id, selected: a.id === 'vienna-2016-05-17' }, a.id),
    ),
  );
  const seed = h('input', { id: 'neg-seed', type: 'number', min: 0, step: 1, value: 1, class: 'neg-seed' });
  const message = h('p', { class: 'message error', role: 'alert' });
  const facts = h('p', { class: 'neg-facts', id: 'neg-facts' });
  const caption = h('output', {
    class: 'caption',
    id: 'neg-position',
    'aria-live': 'polite',
    for: 'neg-round',
  });
  const range = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    value: 0,
    step: 1,
    id: 'neg-round',
    'aria-label': 'Round',
  });
  range.addEventListener('input', () => go(Number(range.value)));
  const step = (label: string, text: string, to: () => number) =>
    h('button', { type: 'button', class: 'step', 'aria-label': label, onclick: () => go(to()) }, text);
  const moves = h('ol', { class: 'neg-moves', id: 'neg-moves' });
  const movesHeading = h('h3', { id: 'neg-moves-heading' }, 'Moves');
  const draftHeading = h('h3', { id: 'neg-draft-heading' }, 'The draft');
  const draft = h('table', { class: 'neg-draft-table', 'aria-labelledby': 'neg-draft-heading' });
  const utilities = h('figure', { class: 'neg-figure', 'aria-labelledby': 'neg-util-heading' });
  const axisX = h('select', { id: 'neg-x' });
  const axisY = h('select', { id: 'neg-y' });
  for (const sel of [axisX, axisY]) sel.addEventListener('change', () => replot());
  const plane = h('figure', { class: 'neg-figure', 'aria-labelledby': 'neg-plane-heading' });
  const planeHeading = h('h3', { id: 'neg-plane-heading' }, 'The outcome space');
  const body = h(
    'div',
    { class: 'neg-body', hidden: true },
    facts,
    h(
      'div',
      { class: 'controls', role: 'toolbar', 'aria-label': 'Rounds' },
      step('First round', '« First', () => 0),
      step('Previous round', '‹ Back', () => index - 1),
      range,
      step('Next round', 'Forward ›', () => index + 1),
      step('Last round', 'Last »', () => (view ? view.rounds.length - 1 : 0)),
      caption,
    ),
    h(
      'div',
      { class: 'neg-grid' },
      h(
        'div',
        {},
        h('section', { 'aria-labelledby': 'neg-moves-heading' }, movesHeading, moves),
        h('section', { 'aria-labelledby': 'neg-draft-heading' }, draftHeading, draft),
      ),
      h(
        'div',
        {},
        h('h3', { id: 'neg-util-heading' }, "Each delegation's utility of the draft (omniscient)"),
        utilities,
        planeHeading,
        h(
          'div',
          { class: 'toolbar' },
          h('label', { for: 'neg-x' }, 'Horizontal axis '),
          axisX,
          h('label', { for: 'neg-y' }, 'Vertical axis '),
          axisY,
        ),
        plane,
      ),
    ),
  );
  const element = h(
    'section',
    { class: 'mc-panel neg-panel', id: 'negotiation', 'aria-labelledby': 'neg-heading' },
    h('h2', { id: 'neg-heading' }, 'Negotiation: step through the rounds'),
    h(
      'div',
      { class: 'toolbar' },
      h('label', { for: 'neg-agenda' }, 'Agenda '),
      agenda,
      h('label', { for: 'neg-seed' }, 'Seed '),
      seed,
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => negotiate(agenda.value, Number(seed.value)) },
        'Negotiate',
      ),
      filePicker(
        'Open negotiation log…',
        '.ndjson,.jsonl,application/x-ndjson',
        'neg-file',
        (f) => void open(f),
      ),
    ),
    message,
    body,
  );

  // The record's keys (← → Home End) step the rounds while the focus is in this panel (not in a field:
  // the slider moves itself), and stop there, so the record's timeline does not move with them.
  element.addEventListener('keydown', (ev) => {
    if (!view || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const tag = (ev.target as HTMLElement | null)?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    const to: Record<string, () => number> = {
      ArrowLeft: () => index - 1,
      ArrowRight: () => index + 1,
      Home: () => 0,
      End: () => (view ? view.rounds.length - 1 : 0),
    };
    const target = to[ev.key];
    if (!target) return;
    ev.preventDefault();
    ev.stopPropagation();
    go(target());
  });

  function show(next: IssgNegotiationView): void {
    view = next;
    message.textContent = '';
    body.hidden = false;
    const { agenda: a, outcome } = next;
    const ended =
      outcome.status === 'adopted'
        ? `a text was adopted in round ${next.rounds[next.rounds.length - 1]?.round}`
        : outcome.status === 'failed'
          ? 'no text was adopted'
          : 'still open at the end of the log';
    facts.textContent = `${a.title}${next.seed !== null ? `, seed ${next.seed}` : ''}: ${a.parties.length} delegations, ${next.rounds.length} rounds; ${ended}.`;
    for (const [sel, chosen] of [
      [axisX, next.plane.axes[0]],
      [axisY, next.plane.axes[1]],
    ] as const)
      sel.replaceChildren(
        ...a.parties.map((p) => h('option', { value: p, selected: p === chosen }, `${partyName(p)} (${p})`)),
      );
    range.max = String(next.rounds.length - 1);
    index = -1;
    go(0);
  }

  function go(to: number): void {
    if (!view) return;
    const next = Math.max(0, Math.min(view.rounds.length - 1, Math.round(to)));
    index = next;
    const r = view.rounds[next]!;
    const n = view.rounds.length;
    range.value = String(next);
    const changed =
      next === 0 ? 'the first draft' : r.changed.length > 0 ? `changed ${r.changed.join(', ')}` : 'no change';
    const text = `Round ${r.round} of ${n} · ${r.moves.length} moves · ${changed}${r.status === 'open' ? '' : ` · ${r.status}`}`;
    caption.textContent = text;
    range.setAttribute('aria-valuetext', text);
    movesHeading.textContent = `Moves in round ${r.round}`;
    moves.replaceChildren(
      ...(r.moves.length ? r.moves.map((m) => h('li', {}, m.sentence)) : [h('li', {}, 'No moves.')]),
    );
    draftHeading.textContent = `The draft after round ${r.round}`;
    draft.replaceChildren(
      ...view.agenda.issues.map((i) => {
        const option = i.options.find((o) => o.id === r.draft?.[i.id]);
        const mark = r.changed.includes(i.id) && next > 0;
        return h(
          'tr',
          { class: mark ? 'neg-changed' : undefined },
          h('th', { scope: 'row' }, i.label),
          h('td', {}, option ? option.label : '—', mark ? h('strong', {}, ' (changed)') : null),
        );
      }),
    );
    utilities.replaceChildren(
      utilityChart(view.rounds, view.agenda.parties, partyName, r.round),
      partyLegend(view.agenda.parties, partyName),
    );
    drawPlane();
  }

  function drawPlane(): void {
    if (!view) return;
    const r = view.rounds[index]!;
    const [ax, ay] = view.plane.axes;
    const ux = r.utilities[ax];
    const uy = r.utilities[ay];
    const at = ux !== null && ux !== undefined && uy !== null && uy !== undefined ? { x: ux, y: uy } : null;
    planeHeading.textContent = `The outcome space for ${partyName(ax)} and ${partyName(ay)}`;
    plane.replaceChildren(planeChart(view.plane, partyName, at), planeLegend(view.plane));
  }

  function replot(): void {
    if (!view) return;
    if (axisX.value === axisY.value) {
      message.textContent = 'Choose two different delegations for the axes.';
      return;
    }
    message.textContent = '';
    view = withAxes(view, [axisX.value, axisY.value]);
    drawPlane();
  }

  function negotiate(agendaId: string, s: number): void {
    if (!Number.isInteger(s) || s < 0) {
      message.textContent = 'The seed is a whole number ≥ 0.';
      return;
    }
    show(negotiateInBrowser(agendaId, s));
  }

  async function open(file: File): Promise<void> {
    try {
      show(readNegotiationLog(await file.text(), file.name));
    } catch (e) {
      if (!(e instanceof NegotiationError)) throw e;
      message.textContent = `Could not open ${file.name}: ${e.message}`;
    }
  }

  return { element, negotiate };
}
