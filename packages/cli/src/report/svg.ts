import type { IndicatorName, IndicatorSeries } from '@parley/issg';
import { esc } from './escape.js';

const W = 720;
const H = 150;
const PAD = { left: 40, right: 12, top: 10, bottom: 24 };

/** Mark a date on the charts (a key date of the story). */
export interface ChartMark {
  readonly date: string;
  readonly label: string;
}

/**
 * An inline SVG line chart of one indicator over time: a 0–1 (or 0–max) axis, the first and last date,
 * vertical marks at key dates, and a gap on days without data. Pure markup: no scripts, no fonts, no external references.
 */
export function indicatorSvg(
  name: IndicatorName,
  series: IndicatorSeries,
  marks: readonly ChartMark[] = [],
): string {
  const values = series.values[name];
  const n = values.length;
  const max = Math.max(1, ...values.filter((v): v is number => v !== null));
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const r = (v: number) => Math.round(v * 10) / 10;
  // one polyline per run of days with data: a day without data is a gap, never a 0
  const runs: string[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) runs.push([]);
    else runs[runs.length - 1]!.push(`${r(x(i))},${r(y(v))}`);
  });
  const lines = runs
    .filter((run) => run.length > 0)
    .map((run) => `<polyline points="${run.join(' ')}" class="line"/>`)
    .join('');
  const grid = [0, 0.5, 1]
    .map(
      (f) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${r(y(f * max))}" y2="${r(y(f * max))}" class="grid"/>` +
        `<text x="${PAD.left - 6}" y="${r(y(f * max)) + 4}" class="tick" text-anchor="end">${(f * max).toFixed(1)}</text>`,
    )
    .join('');
  const markup = marks
    .map((m) => {
      const i = series.dates.indexOf(m.date);
      if (i < 0) return '';
      return `<line x1="${r(x(i))}" x2="${r(x(i))}" y1="${PAD.top}" y2="${H - PAD.bottom}" class="mark"><title>${esc(`${m.date}: ${m.label}`)}</title></line>`;
    })
    .join('');
  const first = series.dates[0] ?? '';
  const last = series.dates[n - 1] ?? '';
  return [
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(name)} over time">`,
    grid,
    markup,
    lines,
    `<text x="${PAD.left}" y="${H - 6}" class="tick">${esc(first)}</text>`,
    `<text x="${W - PAD.right}" y="${H - 6}" class="tick" text-anchor="end">${esc(last)}</text>`,
    '</svg>',
  ].join('');
}
