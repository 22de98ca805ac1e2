import { INDICATORS } from '@parley/issg';
import uPlot from 'uplot';
import { h } from '../dom.js';
import { NO_DATA } from '../words.js';
import type { Series } from './chartData.js';
import { align, colourOf, fitWidth, verticalLines } from './chartKit.js';

export interface IndicatorChart {
  readonly element: HTMLElement;
  /** Draw `main` (solid) and, when given, `other` (dashed) over the same days. */
  setData(main: Series, other?: { series: Series; label: string; forkX: number }): void;
  /** Move the marker to the day `x` (Unix seconds). */
  setMarker(x: number, caption: string): void;
}

const HEIGHT = 240;

/**
 * Indicator charts over time with uPlot: one line per indicator, a what-if branch overlaid dashed, a
 * marker at the current event and a dotted line at the fork.
 */
export function createIndicatorChart(label: string): IndicatorChart {
  const holder = h('div', { class: 'chart' });
  const element = h('figure', { class: 'chart-figure', role: 'group', 'aria-label': label }, holder);
  const caption = h('figcaption', { class: 'visually-hidden' });
  element.append(caption);
  let chart: uPlot | undefined;
  let stopFit: (() => void) | undefined;
  let marker = Number.NaN;
  let forkX = Number.NaN;
  /** The legend shows the values on the day of the current event, without hovering. */
  const showValuesAt = (x: number) => {
    if (!chart || !Number.isFinite(x)) return;
    const xs = chart.data[0];
    let idx = 0;
    for (let i = 0; i < xs.length; i++) if (xs[i]! <= x) idx = i;
    chart.setLegend({ idx });
  };
  const meanings = h(
    'dl',
    { class: 'meanings' },
    INDICATORS.flatMap((d) => [h('dt', {}, d.label), h('dd', { class: 'meaning' }, d.means)]),
  );
  element.append(meanings);
  return {
    element,
    setData(main, other) {
      chart?.destroy();
      stopFit?.();
      const names = Object.keys(main.y);
      const parts = [{ x: main.x, ys: names.map((n) => main.y[n]!) }];
      if (other) parts.push({ x: other.series.x, ys: names.map((n) => other.series.y[n] ?? []) });
      const { x, ys } = align(parts);
      forkX = other ? other.forkX : Number.NaN;
      const series: uPlot.Series[] = [
        {
          label: 'Date',
          value: (_u, v) => (v == null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)),
        },
      ];
      const words = (n: string) => INDICATORS.find((d) => d.name === n)?.label ?? n;
      // no data is a gap in the line, never a 0 (spanGaps: false), and the legend says so in words
      const value = (_u: uPlot, v: number | null) => (v == null ? NO_DATA : v.toFixed(2));
      names.forEach((n, i) => {
        series.push({ label: words(n), stroke: colourOf(n, i), width: 2, spanGaps: false, value });
      });
      if (other)
        names.forEach((n, i) => {
          series.push({
            label: `${words(n)} (${other.label})`,
            stroke: colourOf(n, i),
            width: 2,
            dash: [6, 4],
            spanGaps: false,
            value,
          });
        });
      const opts: uPlot.Options = {
        width: Math.max(280, holder.clientWidth || 640),
        height: HEIGHT,
        series,
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{}, { values: (_u, ticks) => ticks.map((t) => t.toFixed(1)) }],
        legend: { live: true },
        plugins: [
          verticalLines(() => [
            ...(Number.isFinite(forkX) ? [{ x: forkX, colour: '#555', dash: [2, 3] }] : []),
            ...(Number.isFinite(marker) ? [{ x: marker, colour: '#111' }] : []),
          ]),
        ],
      };
      chart = new uPlot(opts, [x, ...ys] as uPlot.AlignedData, holder);
      stopFit = fitWidth(chart, holder, HEIGHT);
      showValuesAt(marker);
    },
    setMarker(x, text) {
      marker = x;
      caption.textContent = text;
      chart?.redraw(false);
      showValuesAt(x);
    },
  };
}
