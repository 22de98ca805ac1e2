import { survivalAt } from '../stats/kaplanMeier.js';
import type { SweepSummary } from '../stats/summary.js';

/** The headline numbers of a sweep, for side-by-side comparison. */
export interface Outcomes {
  readonly runs: number;
  /** Kaplan–Meier S(t) at days 30, 60, 90 (null beyond the horizon) and at the horizon. */
  readonly survival30: number | null;
  readonly survival60: number | null;
  readonly survival90: number | null;
  readonly survivalHorizon: number;
  /** Median days to collapse, or null when more than half the runs last the horizon. */
  readonly medianSurvival: number | null;
  /** Median over runs of the mean violence of days 1–7 (1 = before the cessation). */
  readonly violenceWeek1: number;
  /** Median share of places holding on day 80 (≈ 17 May from 27 Feb); null beyond the horizon. */
  readonly holdingDay80: number | null;
  readonly accessDay80: number | null;
  /** P(talks resumed within 30 days); null beyond the horizon. */
  readonly talksWithin30: number | null;
  readonly exclusionsMean: number;
}

const at = (xs: readonly number[], day: number): number | null => xs[day - 1] ?? null;

/**
 * Headline numbers of a sweep summary.
 *
 * @example
 * ```ts
 * outcomes(summary).survival90; // e.g. 0.62
 * ```
 */
export function outcomes(s: SweepSummary): Outcomes {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const rn = (x: number | null) => (x === null ? null : r(x));
  const sAt = (t: number) => (t <= s.days ? r(survivalAt(s.survival, t)) : null);
  const violence = s.bands.violence?.p50 ?? [];
  const week = violence.slice(0, 7);
  return {
    runs: s.runs,
    survival30: sAt(30),
    survival60: sAt(60),
    survival90: sAt(90),
    survivalHorizon: r(survivalAt(s.survival, s.days)),
    medianSurvival: s.survival.median,
    violenceWeek1: r(week.reduce((a, b) => a + b, 0) / Math.max(1, week.length)),
    holdingDay80: rn(at(s.bands.holding?.p50 ?? [], 80)),
    accessDay80: rn(at(s.bands.access?.p50 ?? [], 80)),
    talksWithin30: rn(at(s.talksResumedBy, 30)),
    exclusionsMean: r(s.exclusions.mean),
  };
}

/**
 * A side-by-side text table of two branches' outcomes (with the difference B − A).
 *
 * @example
 * ```ts
 * console.log(formatComparison('all mechanisms', outcomes(a), 'no monitoring', outcomes(b)));
 * ```
 */
export function formatComparison(labelA: string, a: Outcomes, labelB: string, b: Outcomes): string {
  const rows: [string, keyof Outcomes][] = [
    ['runs', 'runs'],
    ['S(30 days)', 'survival30'],
    ['S(60 days)', 'survival60'],
    ['S(90 days)', 'survival90'],
    ['S(horizon)', 'survivalHorizon'],
    ['median days to collapse', 'medianSurvival'],
    ['violence, week 1 (median)', 'violenceWeek1'],
    ['holding, day 80 (median)', 'holdingDay80'],
    ['access, day 80 (median)', 'accessDay80'],
    ['P(talks within 30 days)', 'talksWithin30'],
    ['exclusions per run', 'exclusionsMean'],
  ];
  const show = (v: number | null) => (v === null ? '—' : String(v));
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(labelA.length, 8);
  const w2 = Math.max(labelB.length, 8);
  const lines = [`${''.padEnd(w0)}  ${labelA.padStart(w1)}  ${labelB.padStart(w2)}  ${'B − A'.padStart(8)}`];
  for (const [name, key] of rows) {
    const x = a[key];
    const y = b[key];
    const d = x === null || y === null ? '—' : String(Math.round((y - x) * 1000) / 1000);
    lines.push(`${name.padEnd(w0)}  ${show(x).padStart(w1)}  ${show(y).padStart(w2)}  ${d.padStart(8)}`);
  }
  return lines.join('\n');
}
