import { plot } from 'asciichart';
import type { Colors } from '../io.js';
import { WIDTH } from './text.js';

/** A daily series of indicator values (index 0 = `dates[0]`); `null` on a day without data. */
export interface IndicatorSeries {
  readonly dates: readonly string[];
  readonly values: Readonly<Record<string, readonly (number | null)[]>>;
}

const LABEL = 8; // asciichart's axis: 6-character labels, a space and the axis character

/** Pick `width` evenly spaced points of a series (all of it when it is short enough). */
export function resample<T>(values: readonly T[], width: number): T[] {
  if (values.length <= width) return [...values];
  const out: T[] = [];
  for (let i = 0; i < width; i++) out.push(values[Math.round((i * (values.length - 1)) / (width - 1))]!);
  return out;
}

/**
 * One small asciichart per indicator, each fitting 80 columns, with the first and last dates beneath.
 * Values are drawn on a fixed 0–1 scale so the charts compare.
 */
export function renderIndicatorCharts(
  series: IndicatorSeries,
  c: Colors,
  options: { height?: number } = {},
): string {
  const width = WIDTH - LABEL - 2;
  const out: string[] = [];
  const first = series.dates[0] ?? '';
  const last = series.dates[series.dates.length - 1] ?? '';
  for (const [name, all] of Object.entries(series.values)) {
    // asciichart draws no gaps: the chart starts at the first day with data, and says so.
    const from = all.findIndex((v) => v !== null);
    if (from < 0) {
      out.push(c.bold(`${name}  (no data)`), '');
      continue;
    }
    const values = all.slice(from);
    const known = values.filter((v): v is number => v !== null);
    const gaps = values.length - known.length;
    const points = resample(values, width).map(
      (v, i, a) =>
        v ??
        a
          .slice(0, i)
          .reverse()
          .find((x) => x !== null) ??
        0,
    );
    const max = Math.max(1, ...points);
    const chart = plot(points, {
      height: options.height ?? 5,
      min: 0,
      max,
      format: (x: number) => x.toFixed(2).padStart(6),
    });
    const end = values[values.length - 1];
    const now = end === null || end === undefined ? 'no data' : end.toFixed(2);
    const note = `${from > 0 ? `; data from ${series.dates[from]}` : ''}${gaps > 0 ? `; ${gaps} days no data` : ''}`;
    out.push(c.bold(`${name}  (now ${now}${note})`));
    out.push(chart);
    const start = series.dates[from] ?? first;
    const axis = `${start}${' '.repeat(Math.max(1, points.length - start.length - last.length))}${last}`;
    out.push(`${' '.repeat(LABEL)}${c.dim(axis)}`);
    out.push('');
  }
  return out.join('\n');
}
