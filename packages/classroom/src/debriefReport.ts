import type { AnyRecordedEvent } from '@parley/core';
import type { Agenda } from '@parley/negotiation';
import type { OutcomeSurvival } from '@parley/sim';
import {
  type BranchDebrief,
  branchDebrief,
  type ClassBranch,
  compareDebriefs,
  type DebriefComparison,
} from './classLog.js';
import type { ClassroomGame } from './game.js';
import type { NegotiationDebrief } from './negotiationGame.js';

/** The debrief of one class or several (and their branches): what the page and the HTML report show. */
export interface ClassDebriefReport {
  readonly title: string;
  readonly agenda: Agenda;
  /** Every branch of every class, in the order given (a class's branches oldest first). */
  readonly branches: readonly BranchDebrief<NegotiationDebrief>[];
  /** The branches side by side, with the real and Nash texts. */
  readonly comparison: DebriefComparison;
}

/**
 * The debrief of the given classes of one agenda: each branch's debrief and timeline, and all of them
 * side by side. `label` names a class when there are several (e.g. its file); `visible` keeps from the
 * timelines what a reader may not see (a delegation's view leaves out others' private messages).
 *
 * @example
 * ```ts
 * const log = await readClassLog(store);
 * const report = classDebriefReport(game, agenda, [{ branches: log.branches }]);
 * report.comparison.rows.map((r) => r.total);
 * ```
 */
export function classDebriefReport(
  game: ClassroomGame,
  agenda: Agenda,
  classes: readonly { readonly label?: string; readonly branches: readonly ClassBranch[] }[],
  visible?: (record: AnyRecordedEvent) => boolean,
): ClassDebriefReport {
  const branches = classes.flatMap((c) =>
    c.branches.map((b) => {
      const d = branchDebrief<NegotiationDebrief>(game, b, c.label);
      if (!visible) return d;
      const seen = new Set(b.records.filter(visible).map((r) => r.seq));
      return { ...d, timeline: d.timeline.filter((m) => seen.has(m.seq)) };
    }),
  );
  return { title: game.title, agenda, branches, comparison: compareDebriefs(agenda, branches) };
}

/** Escape text for HTML content and attribute values. */
const esc = (text: unknown): string =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const num = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '–' : x.toFixed(digits);
const signed = (x: number | null | undefined) =>
  x === null || x === undefined
    ? '–'
    : `<span class="${x < 0 ? 'below' : 'above'}">${x >= 0 ? '+' : ''}${x.toFixed(2)}</span>`;

function comparisonHtml(c: DebriefComparison): string {
  const horizon = c.survival ? `S(${c.survival.days} days)` : 'survival';
  const head = `<tr><th scope="col">class / branch</th><th scope="col">status</th><th scope="col">rewound from</th>${c.parties
    .map((p) => `<th scope="col">${esc(p)}</th>`)
    .join(
      '',
    )}<th scope="col">total</th><th scope="col">below reservation</th><th scope="col">${esc(horizon)}</th></tr>`;
  const body = c.rows
    .map(
      (r) =>
        `<tr class="${r.kind}"><th scope="row">${esc(r.name)}</th><td>${esc(r.status)}</td><td>${esc(r.from ?? '')}</td>${r.scores
          .map((s) => `<td>${signed(s)}</td>`)
          .join('')}<td>${num(r.total)}</td><td>${r.below ?? '–'}</td><td>${num(r.survival)}</td></tr>`,
    )
    .join('');
  const note = c.survival
    ? `<p class="note">Scores: each delegation's utility of the text minus its reservation value (below zero: it would have done better without the text). ${esc(horizon)}: the share of ${c.survival.runs} seeded runs (seed ${c.survival.seed}) of the ceasefire model in which the arrangement the text leads to still holds after ${c.survival.days} days (Kaplan–Meier).</p>`
    : `<p class="note">Scores: each delegation's utility of the text minus its reservation value.</p>`;
  const real = c.rows.find((x) => x.kind === 'real');
  const texts = `<tr><th scope="col">issue</th>${c.rows
    .map((r) => `<th scope="col">${esc(r.name)}</th>`)
    .join('')}</tr>`;
  const textRows = c.issues
    .map(
      (issue, i) =>
        `<tr><th scope="row">${esc(issue)}</th>${c.rows
          .map((r) => {
            const o = r.options[i] ?? null;
            const differs = r.kind === 'class' && real !== undefined && o !== real.options[i];
            return `<td${differs ? ' class="differs"' : ''}>${esc(o ?? '–')}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="scroll"><table class="comparison"><thead>${head}</thead><tbody>${body}</tbody></table></div>${note}
<h4>The texts side by side</h4><div class="scroll"><table class="texts"><thead>${texts}</thead><tbody>${textRows}</tbody></table></div>${real ? '<p class="note">Highlighted: where a class’s text differs from the one really adopted.</p>' : ''}`;
}

function survivalHtml(d: NegotiationDebrief): string {
  const s = d.survival;
  if (!s) return '<p class="note">This agenda has no model of what follows an outcome.</p>';
  const rows = [s.class, s.real, s.nash].filter((x): x is OutcomeSurvival => x !== null);
  const keys = Object.keys(s.class.survival);
  return `<table class="survival"><thead><tr><th scope="col">text</th><th scope="col">runs</th><th scope="col">collapsed</th>${keys
    .map((k) => `<th scope="col">S(${esc(k)})</th>`)
    .join('')}<th scope="col">median day</th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.outcome)}</th><td>${r.runs}</td><td>${r.collapsed}</td>${keys
          .map((k) => `<td>${num(r.survival[k])}</td>`)
          .join('')}<td>${r.median ?? `held past ${s.days}`}</td></tr>`,
    )
    .join(
      '',
    )}</tbody></table><p class="note">${s.runs} seeded runs (seed ${s.seed}) of ${s.days} days of the ceasefire model from the meeting's day, after each text (none, when the class failed).</p>`;
}

function timelineHtml(b: BranchDebrief<NegotiationDebrief>): string {
  return `<details class="timeline"><summary>Timeline: ${b.timeline.length} moves</summary><ol>${b.timeline
    .map(
      (m) => `<li value="${m.seq}"><span class="actor">${esc(m.actor ?? '')}</span> ${esc(m.sentence)}</li>`,
    )
    .join('')}</ol></details>`;
}

/**
 * The debrief as an HTML fragment (no script, no style, no external reference): the branches side by side
 * with the real and Nash texts (each delegation's score, the survival each text leads to, the texts issue by
 * issue), then each branch's survival in simulation and its timeline of moves. The
 * classroom's debrief page shows it, and `parley debrief --html` wraps it into a self-contained file.
 *
 * @example
 * ```ts
 * element.innerHTML = debriefHtml(report);
 * ```
 */
export function debriefHtml(report: ClassDebriefReport): string {
  const several = report.branches.length > 1;
  const sections = report.branches.map(
    (b) => `<section class="branch" id="branch-${esc(b.name.replace(/[^A-Za-z0-9~_-]/g, '-'))}">
<h3>${esc(b.name)}${b.parent ? ` <small>rewound from ${esc(b.parent.stream)} after event ${b.parent.seq}</small>` : ''} — ${esc(b.debrief.status)}</h3>
<h4>What the text leads to in simulation</h4>${survivalHtml(b.debrief)}
${timelineHtml(b)}
</section>`,
  );
  return `<section class="comparison-section"><h3>${several ? 'The classes and branches side by side' : 'The class beside the real text and the Nash text'}</h3>${comparisonHtml(report.comparison)}</section>
${sections.join('\n')}`;
}

/** The report's inline stylesheet: system fonts, no `url()`, no `@import`. */
const DEBRIEF_CSS = `
:root{color-scheme:light dark;--fg:#1d232a;--bg:#fdfdfc;--dim:#5d6875;--grid:#d5dae0;--bad:#b3261e;--good:#2e7d32}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ec;--bg:#15191d;--dim:#9aa5b1;--grid:#37404a;--bad:#f28b82;--good:#81c995}}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:72rem;padding:1rem 1.5rem}
h2{border-bottom:1px solid var(--grid);padding-bottom:.2em;margin-top:2em}h4{margin:1em 0 .3em}
.meta,.note,small,.actor{color:var(--dim)}.note{font-size:.85em}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.85em}
th,td{border:1px solid var(--grid);padding:.25em .5em;text-align:left;vertical-align:top}
tbody th{font-weight:500;white-space:nowrap}tr.real th,tr.nash th{font-style:italic}
.differs{font-weight:600;background:rgba(255,200,0,.18)}.below{color:var(--bad)}.above{color:var(--good)}ol{padding-left:2.5em}li{margin:.2em 0}
`;

/**
 * The debrief as a self-contained HTML document: inline CSS, no script, font or image, and a
 * Content-Security-Policy that forbids loading anything. Same report, same bytes.
 *
 * @example
 * ```ts
 * writeFileSync('debrief.html', debriefDocument(report, 'vienna-class.ndjson'));
 * ```
 */
export function debriefDocument(report: ClassDebriefReport, source: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(report.title)} — debrief of the class</title>
<style>${DEBRIEF_CSS}</style>
</head>
<body>
<header><h1>${esc(report.title)} — debrief</h1>
<p class="meta">From <code>${esc(source)}</code> · ${report.branches.length} ${report.branches.length === 1 ? 'branch' : 'branches'}</p></header>
<main>
${debriefHtml(report)}
</main>
<footer><p class="note">Made by <code>parley debrief</code>. Self-contained: opens offline.</p></footer>
</body>
</html>
`;
}
