import type { SurvivalCurve } from '../stats/kaplanMeier.js';
import type { Bands } from '../stats/summary.js';

/** One line of a chart: points (x, y), a label and a colour. */
export interface SvgSeries {
  readonly label: string;
  readonly points: readonly (readonly [number, number])[];
  readonly color?: string;
  /** Draw as steps (survival curves). */
  readonly step?: boolean;
  readonly dashed?: boolean;
}

/** A shaded band between two lines. */
export interface SvgBand {
  readonly lower: readonly (readonly [number, number])[];
  readonly upper: readonly (readonly [number, number])[];
  readonly color?: string;
}

/** Options of {@link svgChart}. */
export interface SvgChartOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly SvgSeries[];
  readonly bands?: readonly SvgBand[];
  /** Reference points (e.g. the record's numbers), drawn as dots with labels. */
  readonly marks?: readonly { readonly x: number; readonly y: number; readonly label: string }[];
  readonly xMax?: number;
  readonly yMax?: number;
  readonly width?: number;
  readonly height?: number;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f = (x: number) => (Math.round(x * 10) / 10).toString();

/**
 * A self-contained SVG line chart (no dependencies), for the HTML report and the docs. Deterministic text.
 *
 * @example
 * ```ts
 * const svg = svgChart({ title: 'Survival', xLabel: 'day', yLabel: 'S(t)',
 *   series: [{ label: 'all on', points: [[0, 1], [30, 0.8]], step: true }] });
 * ```
 */
export function svgChart(o: SvgChartOptions): string {
  const W = o.width ?? 720;
  const H = o.height ?? 360;
  const m = { l: 56, r: 16, t: 36, b: 44 };
  const all = [...o.series.flatMap((s) => s.points), ...(o.bands ?? []).flatMap((b) => b.upper)];
  const xMax = o.xMax ?? Math.max(1, ...all.map((p) => p[0]));
  const yMax = o.yMax ?? Math.max(1e-9, ...all.map((p) => p[1]));
  const X = (x: number) => m.l + (x / xMax) * (W - m.l - m.r);
  const Y = (y: number) => H - m.b - (y / yMax) * (H - m.t - m.b);
  const path = (pts: readonly (readonly [number, number])[], step = false) =>
    pts
      .map(([x, y], i) => {
        if (i === 0) return `M${f(X(x))},${f(Y(y))}`;
        return step ? `H${f(X(x))}V${f(Y(y))}` : `L${f(X(x))},${f(Y(y))}`;
      })
      .join('');
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>${esc(o.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${esc(o.title)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const y = (yMax * i) / 4;
    out.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${f(Y(y))}" y2="${f(Y(y))}" stroke="#ddd"/>`,
      `<text x="${m.l - 6}" y="${f(Y(y) + 4)}" text-anchor="end">${f(y * 100) === '0' ? '0' : (Math.round(y * 100) / 100).toString()}</text>`,
    );
    const x = (xMax * i) / 4;
    out.push(`<text x="${f(X(x))}" y="${H - m.b + 16}" text-anchor="middle">${Math.round(x)}</text>`);
  }
  out.push(
    `<text x="${W / 2}" y="${H - 8}" text-anchor="middle">${esc(o.xLabel)}</text>`,
    `<text transform="translate(14 ${H / 2}) rotate(-90)" text-anchor="middle">${esc(o.yLabel)}</text>`,
  );
  (o.bands ?? []).forEach((b, i) => {
    const d = `${path(b.upper)}${[...b.lower]
      .reverse()
      .map(([x, y]) => `L${f(X(x))},${f(Y(y))}`)
      .join('')}Z`;
    out.push(
      `<path d="${d}" fill="${b.color ?? PALETTE[i % PALETTE.length]}" fill-opacity="0.15" stroke="none"/>`,
    );
  });
  o.series.forEach((s, i) => {
    const c = s.color ?? PALETTE[i % PALETTE.length];
    out.push(
      `<path d="${path(s.points, s.step)}" fill="none" stroke="${c}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${W - m.r - 4}" y="${m.t + 14 + i * 16}" text-anchor="end" fill="${c}">${esc(s.label)}</text>`,
    );
  });
  for (const k of o.marks ?? [])
    out.push(
      `<circle cx="${f(X(k.x))}" cy="${f(Y(k.y))}" r="4" fill="#000"/>`,
      `<text x="${f(X(k.x) + 6)}" y="${f(Y(k.y) - 6)}">${esc(k.label)}</text>`,
    );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * Points of a Kaplan–Meier curve from day 0 to the horizon, for {@link svgChart} (step series).
 *
 * @example
 * ```ts
 * svgChart({ …, series: [{ label: 'survival', points: survivalPoints(summary.survival, 150), step: true }] });
 * ```
 */
export function survivalPoints(curve: SurvivalCurve, horizon: number): [number, number][] {
  const pts: [number, number][] = [[0, 1]];
  curve.times.forEach((t, i) => {
    pts.push([t, curve.survival[i]!]);
  });
  pts.push([horizon, curve.survival.at(-1) ?? 1]);
  return pts;
}

/**
 * Points of one quantile of a band (index 0 = day 1), for {@link svgChart}.
 *
 * @example
 * ```ts
 * bandPoints(summary.bands.violence!, 'p50');
 * ```
 */
export function bandPoints(bands: Bands, q: keyof Bands): [number, number][] {
  return bands[q].map((y, i) => [i + 1, y] as [number, number]);
}
