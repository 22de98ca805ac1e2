import uPlot from 'uplot';
import { h } from '../dom.js';
import type { McResult } from '../model/mc.js';
import { humanize } from '../words.js';
import { colourOf, fitWidth } from './chartKit.js';

const HEIGHT = 220;
const days = (n: number) => Array.from({ length: n }, (_, i) => i);
const dayAxis: uPlot.Axis = { label: 'Days after the fork', values: (_u, t) => t.map((v) => String(v)) };

function plot(
  label: string,
  opts: Omit<uPlot.Options, 'width' | 'height'>,
  data: uPlot.AlignedData,
): HTMLElement {
  const holder = h('div', { class: 'chart' });
  const fig = h(
    'figure',
    { class: 'chart-figure', role: 'group', 'aria-label': label },
    h('figcaption', {}, label),
    holder,
  );
  queueMicrotask(() => {
    const chart = new uPlot(
      { ...opts, width: Math.max(280, holder.clientWidth || 600), height: HEIGHT },
      data,
      holder,
    );
    fitWidth(chart, holder, HEIGHT);
  });
  return fig;
}

/** The survival curve of the arrangement (share of runs still holding on each day), a step line. */
export function survivalChart(results: readonly McResult[]): HTMLElement {
  const n = Math.max(...results.map((r) => r.survival.length));
  const x = days(n);
  const ys = results.map((r) => x.map((d) => r.survival[d] ?? null));
  return plot(
    'Survival of the arrangement: share of runs in which it still holds',
    {
      scales: { x: { time: false }, y: { range: [0, 1] } },
      axes: [dayAxis, { label: 'Share holding' }],
      series: [
        { label: 'Day' },
        ...results.map((r, i) => ({
          label: r.label,
          stroke: i === 0 ? '#1f6fb2' : '#c0392b',
          width: 2,
          paths: uPlot.paths.stepped!({ align: 1 }),
        })),
      ],
    },
    [x, ...ys] as uPlot.AlignedData,
  );
}

/** Quantile bands of one indicator: 5–95% and 25–75% shaded, the median as a line. */
export function bandChart(result: McResult, name: string, i: number): HTMLElement {
  const b = result.bands[name]!;
  const x = days(b.p50.length).map((d) => d + 1);
  const colour = colourOf(name, i);
  const label = humanize(name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  return plot(
    `${label}: median and quantile bands over ${result.runs} runs`,
    {
      scales: { x: { time: false } },
      axes: [dayAxis, { label }],
      series: [
        { label: 'Day' },
        { label: '95%', stroke: `${colour}55`, width: 1 },
        { label: '75%', stroke: `${colour}88`, width: 1 },
        { label: 'median', stroke: colour, width: 2 },
        { label: '25%', stroke: `${colour}88`, width: 1 },
        { label: '5%', stroke: `${colour}55`, width: 1 },
      ],
      bands: [
        { series: [1, 5], fill: `${colour}1f` },
        { series: [2, 4], fill: `${colour}3a` },
      ],
    },
    [x, [...b.p95], [...b.p75], [...b.p50], [...b.p25], [...b.p05]] as uPlot.AlignedData,
  );
}

/** The median of every indicator in two branches: A solid, B dashed. */
export function medianOverlay(a: McResult, b: McResult): HTMLElement {
  const names = Object.keys(a.bands);
  const n = Math.max(0, ...names.map((k) => a.bands[k]!.p50.length));
  const x = days(n).map((d) => d + 1);
  const label = (k: string) => humanize(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  return plot(
    `Median indicators: ${a.label} (solid) and ${b.label} (dashed)`,
    {
      scales: { x: { time: false }, y: { range: [0, 1] } },
      axes: [dayAxis, {}],
      series: [
        { label: 'Day' },
        ...names.map((k, i) => ({ label: `${label(k)} (A)`, stroke: colourOf(k, i), width: 2 })),
        ...names.map((k, i) => ({
          label: `${label(k)} (B)`,
          stroke: colourOf(k, i),
          width: 2,
          dash: [6, 4],
        })),
      ],
    },
    [
      x,
      ...names.map((k) => [...a.bands[k]!.p50]),
      ...names.map((k) => [...(b.bands[k]?.p50 ?? [])]),
    ] as uPlot.AlignedData,
  );
}
