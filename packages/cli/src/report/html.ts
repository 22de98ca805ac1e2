import { type AnyRecordedEvent, dateOf } from '@parley/core';
import { INDICATORS, type IndicatorSeries, sourcesOf } from '@parley/issg';
import type { DomainView } from '../domain.js';
import { summaryRows } from '../render/summary.js';
import { groupByTrack } from '../render/timeline.js';
import { esc, safeUrl } from './escape.js';
import { offlinePage } from './page.js';
import { REPORT_CSS } from './style.js';
import { type ChartMark, indicatorSvg } from './svg.js';

/** Everything one report shows. */
export interface ReportInput {
  readonly title: string;
  /** What the report was made from (scenario id, script or log path). */
  readonly source: string;
  readonly records: readonly AnyRecordedEvent[];
  readonly domain: DomainView;
  /** The ISSG view's indicator series; `undefined` for a domain without indicators. */
  readonly series: IndicatorSeries | undefined;
  /** The state summary at each key date, in date order. */
  readonly keyStates: readonly {
    readonly date: string;
    readonly label: string;
    readonly summary: Record<string, unknown>;
  }[];
}

function sourcesHtml(r: AnyRecordedEvent): string {
  const items = sourcesOf(r).map((s) => {
    const url = safeUrl(s.url);
    const label = `${esc(s.title)}${s.date ? ` <span class="d">(${esc(s.date)})</span>` : ''}`;
    return url ? `<a href="${esc(url)}" rel="noreferrer noopener">${label}</a>` : `<span>${label}</span>`;
  });
  return items.length > 0 ? `<div class="src">Sources: ${items.join('; ')}</div>` : '';
}

function timelineHtml(input: ReportInput): string {
  return groupByTrack(input.records, input.domain)
    .map(
      (g) =>
        `<section class="track"><h3>${esc(g.track)} <small>(${g.records.length})</small></h3><ol>${g.records
          .map(
            (r) =>
              `<li id="e${r.seq}"><time datetime="${esc(dateOf(r.at))}">${esc(dateOf(r.at))}</time> ${esc(
                input.domain.describe(r),
              )}${sourcesHtml(r)}</li>`,
          )
          .join('')}</ol></section>`,
    )
    .join('\n');
}

function chartsHtml(input: ReportInput, marks: readonly ChartMark[]): string {
  const series = input.series;
  if (!series || series.dates.length === 0) return '<p>This domain has no indicators.</p>';
  return INDICATORS.map(({ name, label, means }) => {
    const last = series.values[name].findLast((v) => v !== null);
    return `<figure><figcaption>${esc(label)}${last !== undefined && last !== null ? ` <span class="d">(last ${last.toFixed(2)})</span>` : ' <span class="d">(no data)</span>'}<br><small>${esc(means)}</small></figcaption>${indicatorSvg(name, series, marks)}</figure>`;
  }).join('\n');
}

function statesHtml(input: ReportInput): string {
  if (input.keyStates.length === 0) return '<p>No events.</p>';
  const rows = new Map<string, string[]>();
  input.keyStates.forEach((k, col) => {
    for (const [path, value] of summaryRows(k.summary)) {
      if (path === 'at' || path === 'seq') continue;
      const row = rows.get(path) ?? input.keyStates.map(() => '');
      row[col] = value;
      rows.set(path, row);
    }
  });
  const head = input.keyStates
    .map((k) => `<th scope="col">${esc(k.date)}<br><small>${esc(k.label)}</small></th>`)
    .join('');
  const body = [...rows.entries()]
    .map(
      ([path, vs]) =>
        `<tr><th scope="row">${esc(path)}</th>${vs.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="scroll"><table><thead><tr><th></th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * Render a self-contained HTML report: the timeline by track with its sources as links, one inline SVG
 * chart per indicator (key dates marked), and the state summary at key dates. It opens offline: the CSS is
 * inline, the charts are inline SVG, there is no script, font or image, and a Content-Security-Policy
 * forbids loading anything. Same input, same bytes.
 *
 * @example
 * ```ts
 * writeFileSync('issg.html', renderHtmlReport({ title, source, records, domain, series, keyStates }));
 * ```
 */
export function renderHtmlReport(input: ReportInput): string {
  const marks = input.keyStates.map((k) => ({ date: k.date, label: k.label }));
  const first = input.records[0];
  const last = input.records[input.records.length - 1];
  const range = first && last ? `${dateOf(first.at)} to ${dateOf(last.at)}` : 'no events';
  return offlinePage(
    `${input.title} — Parley report`,
    REPORT_CSS,
    `<header><h1>${esc(input.title)}</h1>
<p class="meta">From <code>${esc(input.source)}</code> · ${input.records.length} events · ${esc(range)}</p>
<nav><a href="#indicators">Indicators</a> · <a href="#states">State at key dates</a> · <a href="#timeline">Timeline</a></nav></header>
<main>
<section id="indicators"><h2>Indicators over time</h2>
${chartsHtml(input, marks)}
</section>
<section id="states"><h2>State at key dates</h2>
${statesHtml(input)}
</section>
<section id="timeline"><h2>Timeline</h2>
${timelineHtml(input)}
</section>
</main>
<footer><p>Made by <code>parley report</code>. Self-contained: opens offline. Links go to the sources.</p></footer>`,
  );
}
