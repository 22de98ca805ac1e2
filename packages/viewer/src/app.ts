import { compareAt, runScenario } from '@parley/core';
import { eventSentence } from '@parley/issg';
import { h } from './dom.js';
import { type Branch, makeBranch } from './model/branch.js';
import type { ViewerDomain } from './model/domain.js';
import { ForkError, forkWithCommand } from './model/fork.js';
import { commandFor } from './model/inject.js';
import { LogError, parseLog } from './model/loadLog.js';
import { McError, parseMonteCarlo } from './model/mc.js';
import { compareMechanism, SWITCHABLE } from './model/mechanismFork.js';
import { chartSeries, daySeconds, type Series } from './ui/chartData.js';
import { createControls } from './ui/controls.js';
import { acceptDrops, filePicker } from './ui/fileInputs.js';
import { createForkPanel, type ForkRequest } from './ui/forkPanel.js';
import { createIndicatorChart } from './ui/indicatorChart.js';
import { bindKeys, SHORTCUTS } from './ui/keyboard.js';
import { createMcPanel } from './ui/mcPanel.js';
import { createNegotiationPanel } from './ui/negotiationPanel.js';
import { renderSummary } from './ui/summary.js';
import { createTimelineView } from './ui/timeline.js';

interface Shown {
  readonly branch: Branch;
  readonly series: Series;
}

export interface AppOptions {
  readonly domain: ViewerDomain;
  /** Offer the simulator's mechanisms in "fork here" (ISSG only). */
  readonly mechanisms?: boolean;
  /** The shipped Monte Carlo sample (JSON text), if any. */
  readonly mcSample?: string;
}

/** Build the page inside `root` and open the domain's built-in record. */
export function startApp(root: HTMLElement, options: AppOptions): void {
  const { domain } = options;
  let main: Shown | undefined;
  let whatIf: Shown | undefined;
  let seq = 0;

  const status = h('p', { class: 'message', role: 'status', id: 'status' });
  const alert = h('p', { class: 'message error', role: 'alert', id: 'alert' });
  const sourceTitle = h('span', { class: 'source-title', id: 'source-title' });
  const controls = createControls((to) => go(typeof to === 'function' ? to(seq) : to));
  const timeline = createTimelineView((s) => go(s));
  const summaryHeading = h('h2', { id: 'summary-heading' }, 'State');
  const summaryBody = h('div', { class: 'summary', id: 'summary' });
  const chart = createIndicatorChart('Indicators over time, with a marker at the current event');
  const forkButton = h(
    'button',
    { type: 'button', class: 'primary', 'aria-keyshortcuts': 'f', onclick: () => openFork() },
    'Fork here',
  );
  const fork = createForkPanel(createWhatIf, closeWhatIf, travelWhatIf, options.mechanisms ? SWITCHABLE : []);
  const mcSample = options.mcSample;
  const mc = createMcPanel(
    h(
      'div',
      { class: 'toolbar' },
      filePicker(
        'Open Monte Carlo JSON…',
        '.json,.ndjson,application/json',
        'mc-file',
        (f) => void openMc(f),
      ),
      mcSample
        ? h(
            'button',
            { type: 'button', onclick: () => showMc(mcSample, 'Sample sweep (shipped with the viewer)') },
            'Show the sample sweep',
          )
        : null,
    ),
  );

  root.append(
    h(
      'header',
      { class: 'top' },
      h('h1', {}, 'Parley ', h('span', { class: 'sub' }, 'teaching viewer')),
      sourceTitle,
      h(
        'div',
        { class: 'toolbar', role: 'group', 'aria-label': 'Open a timeline' },
        h('button', { type: 'button', onclick: () => openBuiltIn() }, 'Built-in record'),
        filePicker(
          'Open NDJSON log…',
          '.ndjson,.jsonl,.txt,application/x-ndjson',
          'log-file',
          (f) => void openLog(f),
        ),
        h(
          'details',
          { class: 'help' },
          h('summary', {}, 'Keys'),
          h(
            'dl',
            {},
            SHORTCUTS.flatMap(([k, v]) => [h('dt', {}, h('kbd', {}, k)), h('dd', {}, v)]),
          ),
          h('p', {}, 'Drop an .ndjson log (or a Monte Carlo .json) anywhere on the page to open it.'),
        ),
      ),
    ),
    alert,
    status,
    h('div', { class: 'travel' }, controls.element, forkButton),
    fork.element,
    h(
      'main',
      { class: 'grid' },
      h(
        'section',
        { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
        h('h2', { id: 'timeline-heading' }, 'Timeline by track'),
        timeline.details,
        timeline.element,
      ),
      h(
        'aside',
        { class: 'side' },
        h(
          'section',
          { 'aria-labelledby': 'chart-heading' },
          h('h2', { id: 'chart-heading' }, 'Indicators over time'),
          chart.element,
        ),
        h('section', { 'aria-labelledby': 'summary-heading' }, summaryHeading, summaryBody),
      ),
    ),
    mc.element,
    createNegotiationPanel().element,
  );
  acceptDrops(
    document.body,
    (f) => void openLog(f),
    (f) => void openMc(f),
  );
  bindKeys({
    step: (d) => go(seq + d),
    first: () => go(0),
    last: () => go(main?.branch.records.length ?? 0),
    fork: () => openFork(),
    escape: () => closeWhatIf(),
  });

  function show(branch: Branch, at: number): void {
    main = { branch, series: chartSeries(branch.records) };
    whatIf = undefined;
    fork.close();
    sourceTitle.textContent = branch.label;
    timeline.show(branch.records, branch.fork?.after);
    chart.setData(main.series);
    seq = -1;
    go(at);
  }

  function go(to: number): void {
    if (!main) return;
    const { branch } = main;
    const n = branch.records.length;
    const next = Math.max(0, Math.min(n, Math.round(to)));
    if (next === seq) return;
    seq = next;
    const record = branch.records[seq - 1];
    const caption = record
      ? `Event ${seq} of ${n} · ${record.at.slice(0, 10)} · ${eventSentence(record)}`
      : `Before the first event (0 of ${n})`;
    controls.update(seq, n, caption);
    timeline.mark(seq);
    const summary = domain.summarize(branch.timeline.stateAt(seq));
    summaryHeading.textContent = record
      ? `State after event ${seq} (${record.at.slice(0, 10)})`
      : 'Initial state';
    summaryBody.replaceChildren(renderSummary(summary));
    if (record) chart.setMarker(daySeconds(record.at), caption);
    if (whatIf) compare();
  }

  function openBuiltIn(): void {
    alert.textContent = '';
    const scenario = domain.builtIn;
    const { records } = runScenario(scenario);
    show(makeBranch(domain, scenario.title, records, { steps: scenario.steps }), 1);
    status.textContent = `Opened the built-in record: ${records.length} events.`;
  }

  async function openLog(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      const notes: string[] = [];
      const records = parseLog(bytes, {
        file: file.name,
        catalog: domain.catalog,
        onWarning: (w) => notes.push(`line ${w.line}: ${w.reason}`),
      });
      alert.textContent = '';
      show(makeBranch(domain, file.name, records), 1);
      status.textContent = `Opened ${file.name}: ${records.length} events.${notes.length > 0 ? ` Note: ${notes.join('; ')}.` : ''}`;
    } catch (e) {
      if (!(e instanceof LogError)) throw e;
      const prefix = `${file.name}:${e.line}: `;
      const reason = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
      const where = e.line > 0 ? ` — line ${e.line}` : '';
      const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
      alert.textContent = `Could not open ${file.name}${where}: ${sentence} Still showing: ${main?.branch.label ?? 'nothing'}.`;
    }
  }

  function showMc(text: string, label: string): void {
    try {
      mc.show(parseMonteCarlo(text, label));
    } catch (e) {
      if (!(e instanceof McError)) throw e;
      mc.error(`Could not read ${label}: ${e.message}`);
    }
  }

  async function openMc(file: File): Promise<void> {
    showMc(await file.text(), file.name);
    document.getElementById('monte-carlo')?.scrollIntoView();
  }

  function openFork(): void {
    if (!main) return;
    const at = Math.max(1, seq);
    fork.open(at, main.branch.records[at - 1]?.at ?? '');
  }

  function createWhatIf(request: ForkRequest): void {
    if (!main) return;
    const at = Math.max(1, seq);
    if (request.kind === 'mechanism' && request.mechanism) {
      simulateWithout(request.mechanism, at);
      return;
    }
    try {
      if (!request.spec) throw new ForkError('This change is not available here.');
      const branch = forkWithCommand(domain, main.branch, at, commandFor(request.spec, request.values, at));
      whatIf = { branch, series: chartSeries(branch.records) };
      const forkAt = branch.records[branch.fork!.after - 1]!.at;
      chart.setData(main.series, { series: whatIf.series, label: 'what-if', forkX: daySeconds(forkAt) });
      const cur = main.branch.records[seq - 1];
      if (cur) chart.setMarker(daySeconds(cur.at), 'current event');
      compare();
      status.textContent = `Created ${branch.label}.`;
    } catch (e) {
      if (e instanceof ForkError) fork.error(e.message);
      else throw e;
    }
  }

  function simulateWithout(mechanism: string, at: number): void {
    if (!main) return;
    const record = main.branch.records[at - 1]!;
    const state = main.branch.timeline.stateAt(at);
    const runs = 60;
    status.textContent = `Simulating 2 × ${runs} runs from ${record.at.slice(0, 10)}…`;
    // Let the status paint before the (synchronous, deterministic) runs.
    setTimeout(() => {
      const c = compareMechanism(state, at, record.at, mechanism, { runs });
      fork.compareMechanism(record.at, c, runs);
      status.textContent = `Simulated ${c.a.label} and ${c.b.label} from ${record.at.slice(0, 10)}.`;
    }, 30);
  }

  function compare(): void {
    if (!main || !whatIf) return;
    const record = main.branch.records[Math.max(1, seq) - 1]!;
    const forkSeq = whatIf.branch.fork!.after;
    const forkAt = whatIf.branch.records[forkSeq - 1]!.at;
    // Before the fork both branches are one; compare from the fork on.
    const at = compareAt(record.at, forkAt) < 0 ? forkAt : record.at;
    const date = at.slice(0, 10);
    fork.compare(
      date,
      {
        label: `The record (${main.branch.label})`,
        summary: domain.summarize(main.branch.timeline.stateAt(date)),
      },
      { label: whatIf.branch.label, summary: domain.summarize(whatIf.branch.timeline.stateAt(date)) },
      whatIf.branch.fork!.notes,
      whatIf.branch.fork!.continued,
    );
  }

  function travelWhatIf(): void {
    if (!whatIf) return;
    const { branch } = whatIf;
    const at = branch.fork?.after ?? 1;
    show(branch, Math.min(branch.records.length, at + 1));
    status.textContent = `Now travelling ${branch.label}. “Built-in record” goes back to history.`;
    document.getElementById('scrubber')?.focus();
  }

  function closeWhatIf(): void {
    const wasOpen = !fork.element.hidden;
    fork.close();
    if (whatIf && main) {
      whatIf = undefined;
      chart.setData(main.series);
      const cur = main.branch.records[seq - 1];
      if (cur) chart.setMarker(daySeconds(cur.at), 'current event');
    }
    if (wasOpen) forkButton.focus();
  }

  openBuiltIn();
}
