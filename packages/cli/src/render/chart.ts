import { plot } from 'asciichart';
import type { Colors } from '../io.js';
import { WIDTH } from './text.js';

/** A daily series of indicator values (index 0 = `dates[0]`). */
export interface IndicatorSeries {
  readonly dates: readonly string[];
  readonly values: Readonly<Record<string, readonly number[]>>;
}

const LABEL = 8; // asciichart's axis: 6-character labels, a space and the axis character

/** Pick `width` evenly spaced points of a series (all of it when it is short enough). */
export function resample(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  const out: number[] = [];
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
  for (const [name, values] of Object.entries(series.values)) {
    if (values.length === 0) continue;
    const points = resample(values, width);
    const max = Math.max(1, ...points);
    const chart = plot(points, {
      height: options.height ?? 5,
      min: 0,
      max,
      format: (x: number) => x.toFixed(2).padStart(6),
    });
    const end = values[values.length - 1]!;
    out.push(c.bold(`${name}  (now ${end.toFixed(2)})`));
    out.push(chart);
    const axis = `${first}${' '.repeat(Math.max(1, points.length - first.length - last.length))}${last}`;
    out.push(`${' '.repeat(LABEL)}${c.dim(axis)}`);
    out.push('');
  }
  return out.join('\n');
}
