import { type IssgNegotiationView, partyName } from '@parley/issg';
import { describeDecisionRule, type Text } from '@parley/negotiation';
import { esc } from './escape.js';
import { planeSvg, utilitySvg } from './negotiation-svg.js';
import { offlinePage } from './page.js';
import { REPORT_CSS } from './style.js';

const NEG_CSS = `
.chg{font-weight:700;background:color-mix(in srgb,var(--mark) 18%,transparent)}
details{border:1px solid var(--grid);border-radius:4px;margin:.5em 0;padding:.3em .7em}
summary{cursor:pointer;font-weight:600}
.text-dot{fill:var(--dim);fill-opacity:.45}.frontier{stroke:var(--fg);stroke-width:1.5}
.frontier-dot{fill:var(--fg)}.legend,.axis{fill:var(--fg);font-size:12px}
.facts li{margin:.1em 0}
`;

const f3 = (u: number | null | undefined) => (u === null || u === undefined ? '—' : u.toFixed(3));

/** An option's label (its id when the agenda does not know it). */
function optionLabel(view: IssgNegotiationView, issue: string, option: string | undefined): string {
  if (option === undefined) return '—';
  return (
    view.agenda.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option
  );
}

function outcomeHtml(view: IssgNegotiationView): string {
  const last = view.rounds[view.rounds.length - 1];
  const head =
    view.outcome.status === 'adopted'
      ? `A text was adopted in round ${last?.round ?? '?'}.`
      : view.outcome.status === 'failed'
        ? `No text was adopted (round ${last?.round ?? '?'}).`
        : 'The negotiation is still open at the end of the log.';
  const nash = view.analysis.nash?.text;
  const real = view.agenda.realOutcome;
  const cell = (issue: string, t: Text | null | undefined) => {
    const o = t?.[issue];
    const differs = o !== undefined && o !== real[issue];
    return `<td${differs ? ' class="chg"' : ''}>${esc(optionLabel(view, issue, o))}${differs ? ' *' : ''}</td>`;
  };
  const rows = view.agenda.issues
    .map(
      (i) =>
        `<tr><th scope="row">${esc(i.label)}<br><small>${esc(i.id)}</small></th>${cell(i.id, view.outcome.text)}${cell(i.id, nash)}<td>${esc(optionLabel(view, i.id, real[i.id]))}</td></tr>`,
    )
    .join('\n');
  const a = view.analysis;
  const facts = [
    `${a.spaceSize.toLocaleString('en-US')} texts (${a.exact ? 'all evaluated' : `${(a.sampled ?? 0).toLocaleString('en-US')} sampled`})`,
    `Pareto frontier: ${a.paretoSize.toLocaleString('en-US')} texts`,
    `ZOPA: ${a.zopaSize.toLocaleString('en-US')} texts`,
    `veto players: ${a.vetoPlayers.join(' ') || 'none'}`,
    `pivotal: ${a.pivotal.join(' ') || 'none'}`,
  ];
  return `<p><strong>${esc(head)}</strong></p>
<ul class="facts">${facts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>
<div class="scroll"><table><thead><tr><th>issue</th><th>simulated</th><th>Nash text</th><th>real text</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<p><small>* differs from the real text.</small></p>`;
}

function draftGridHtml(view: IssgNegotiationView): string {
  const head = view.rounds
    .map((r) => `<th scope="col"><a href="#round-${r.round}">${r.round}</a></th>`)
    .join('');
  const rows = view.agenda.issues
    .map((i) => {
      const cells = view.rounds
        .map((r) => {
          const o = r.draft?.[i.id];
          const changed = r.changed.includes(i.id);
          return `<td${changed ? ' class="chg"' : ''} title="${esc(optionLabel(view, i.id, o))}">${esc(o ?? '—')}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${esc(i.id)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="drafts"><thead><tr><th>issue \\ round</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
<p><small>Bold: changed in that round. Hover a cell for the option's words.</small></p>`;
}

function roundHtml(view: IssgNegotiationView, index: number): string {
  const r = view.rounds[index]!;
  const moves = r.moves.map((m) => `<li>${esc(m.sentence)}</li>`).join('');
  const draft = r.draft
    ? view.agenda.issues
        .map(
          (i) =>
            `<tr${r.changed.includes(i.id) ? ' class="chg"' : ''}><th scope="row">${esc(i.label)}</th><td>${esc(optionLabel(view, i.id, r.draft?.[i.id]))}</td></tr>`,
        )
        .join('')
    : '';
  const utilities = view.agenda.parties
    .map(
      (p) =>
        `<tr><th scope="row">${esc(partyName(p))} <small>(${esc(p)})</small></th><td>${f3(r.utilities[p])}</td><td>${r.objections.includes(p) ? 'objects' : ''}</td></tr>`,
    )
    .join('');
  const status = r.status === 'open' ? '' : ` — ${r.status}`;
  return `<details id="round-${r.round}"${index === 0 ? ' open' : ''}><summary>Round ${r.round}${esc(status)}: ${r.moves.length} move${r.moves.length === 1 ? '' : 's'}${index === 0 ? ', the first draft' : r.changed.length > 0 ? `, changed ${esc(r.changed.join(', '))}` : ', no change'}</summary>
<ol>${moves || '<li>No moves.</li>'}</ol>
${draft ? `<h4>The draft after round ${r.round}</h4><table>${draft}</table>` : '<p>No text on the table.</p>'}
<h4>Each delegation's utility of it</h4><table><thead><tr><th>delegation</th><th>utility</th><th>objection</th></tr></thead><tbody>${utilities}</tbody></table>
</details>`;
}

/**
 * Render one negotiation as a self-contained HTML page: the outcome beside the Nash and the real texts,
 * each delegation's utility of the draft round by round (an SVG line chart), the outcome space for two
 * delegations with the Pareto frontier and the Nash, real and simulated texts marked (an SVG), the draft
 * after each round, and every round's moves in a `<details>` (no script: the page's Content-Security-Policy
 * allows none). Same view, same bytes.
 *
 * @example
 * ```ts
 * writeFileSync('vienna.html', renderNegotiationReport(issgNegotiationView('vienna-2016-05-17', { seed: 1 })));
 * ```
 */
export function renderNegotiationReport(view: IssgNegotiationView, source: string): string {
  const { agenda, plane } = view;
  const strategies = Object.entries(view.strategies)
    .map(([p, s]) => `${p} ${s}`)
    .join(', ');
  const [ax, ay] = plane.axes;
  const bound = plane.exact
    ? `all ${plane.evaluated.toLocaleString('en-US')} texts`
    : `a seeded sample of ${plane.evaluated.toLocaleString('en-US')} of ${plane.spaceSize.toLocaleString('en-US')} texts (exact up to ${plane.bound.toLocaleString('en-US')})`;
  return offlinePage(
    `${agenda.title} — Parley negotiation`,
    REPORT_CSS + NEG_CSS,
    `<header><h1>${esc(agenda.title)}</h1>
<p class="meta">From <code>${esc(source)}</code> · ${agenda.parties.length} delegations · ${esc(agenda.protocol === 'single-text' ? 'single negotiating text' : 'alternating offers')}, ${esc(describeDecisionRule(agenda.decisionRule))} · ${view.rounds.length} rounds played of ${agenda.deadline.rounds}${strategies ? ` · strategies: ${esc(strategies)}` : ''}</p>
<nav><a href="#outcome">Outcome</a> · <a href="#utilities">Utilities</a> · <a href="#space">Outcome space</a> · <a href="#drafts">Drafts</a> · <a href="#rounds">Rounds</a></nav></header>
<main>
<section id="outcome"><h2>Outcome</h2>
${outcomeHtml(view)}
</section>
<section id="utilities"><h2>Each delegation's utility of the draft, round by round</h2>
<figure>${utilitySvg(view.rounds, agenda.parties, partyName)}<figcaption><small>The omniscient view: each delegation's private utility (its role card) of the text on the table at the end of each round. The agents never see each other's.</small></figcaption></figure>
</section>
<section id="space"><h2>The outcome space for ${esc(partyName(ax))} and ${esc(partyName(ay))}</h2>
<figure>${planeSvg(plane, partyName)}<figcaption><small>Each dot is a pair of utilities (${esc(ax)}, ${esc(ay)}) given by one or more texts: ${esc(bound)}, ${plane.points.length.toLocaleString('en-US')} distinct pairs. The line is the Pareto frontier for these two delegations alone (${plane.frontier.length} points); the Nash text maximises the product of every delegation's gain, so it need not lie on it.</small></figcaption></figure>
</section>
<section id="drafts"><h2>The draft after each round</h2>
${draftGridHtml(view)}
</section>
<section id="rounds"><h2>Rounds: who moved what</h2>
${view.rounds.map((_, i) => roundHtml(view, i)).join('\n')}
</section>
</main>
<footer><p>Made by <code>parley negotiate --html</code>. Self-contained: opens offline.</p></footer>`,
  );
}
