import { INDICATORS, type IndicatorSeries } from '@parley/issg';
import type { Colors } from '../io.js';
import { WIDTH, wrap } from './text.js';

const LABEL = 8; // the axis: 6-character labels, a space and the axis character

/** Pick `width` evenly spaced points of a series (all of it when it is short enough). */
export function resample<T>(values: readonly T[], width: number): T[] {
  if (values.length <= width) return [...values];
  const out: T[] = [];
  for (let i = 0; i < width; i++) out.push(values[Math.round((i * (values.length - 1)) / (width - 1))]!);
  return out;
}

/**
 * A line of `height + 1` rows on a 0–max scale: `─` at each value, `│` joining a step between two
 * columns, and nothing where a value is `null` (no data is a gap, never a 0).
 */
export function plotWithGaps(points: readonly (number | null)[], height: number, max: number): string[] {
  const rows = Array.from({ length: height + 1 }, () => Array<string>(points.length).fill(' '));
  const level = (v: number) => Math.max(0, Math.min(height, Math.round((v / max) * height)));
  points.forEach((v, x) => {
    if (v === null) return;
    const y = level(v);
    const prev = x > 0 ? points[x - 1] : null;
    if (prev !== null && prev !== undefined) {
      const py = level(prev);
      for (let k = Math.min(py, y) + 1; k < Math.max(py, y); k++) rows[height - k]![x] = '│';
    }
    rows[height - y]![x] = '─';
  });
  return rows.map((r, i) =>
    `${((max * (height - i)) / height).toFixed(2).padStart(6)} ┤${r.join('')}`.trimEnd(),
  );
}

/** The last value with data, and its index. */
function lastValue(values: readonly (number | null)[]): { value: number; index: number } | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined) return { value: v, index: i };
  }
  return undefined;
}

/**
 * One small chart per indicator of the ISSG view's series, each fitting `width` columns (80 by default): its label, its value
 * on the last day (or the last day with data), what it means, and the first and last dates beneath.
 * Values are drawn on a fixed 0–1 scale so the charts compare; days without data are left blank.
 */
export function renderIndicatorCharts(
  series: IndicatorSeries,
  c: Colors,
  options: { height?: number; width?: number } = {},
): string {
  const columns = options.width ?? WIDTH;
  const width = columns - LABEL - 2;
  const out: string[] = [];
  const first = series.dates[0] ?? '';
  const last = series.dates[series.dates.length - 1] ?? '';
  for (const { name, label, means } of INDICATORS) {
    const values = series.values[name];
    if (values.length === 0) continue;
    const points = resample(values, width);
    const max = Math.max(1, ...points.filter((v): v is number => v !== null));
    const end = lastValue(values);
    const now =
      end === undefined
        ? 'no data'
        : end.index === values.length - 1
          ? `now ${end.value.toFixed(2)}`
          : `${end.value.toFixed(2)} on ${series.dates[end.index]}, no data since`;
    out.push(c.bold(`${label}  (${now})`));
    out.push(...wrap(means, columns - 2, 2).map((l, i) => c.dim(i === 0 ? `  ${l}` : l)));
    out.push(...plotWithGaps(points, options.height ?? 5, max));
    const axis = `${first}${' '.repeat(Math.max(1, points.length - first.length - last.length))}${last}`;
    out.push(`${' '.repeat(LABEL)}${c.dim(axis)}`);
    out.push('');
  }
  return out.join('\n');
}
