import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/index.js';
import { runMonteCarlo } from '../src/node.js';

/**
 * The calibration against the record (docs/simulation.md), at a fixed seed and fewer runs than the doc's
 * 1,000. The bounds are honest: they are the targets of the issue (≥ 70% fall in week 1; about half of the
 * places holding in mid-May), widened only by what 300 runs can resolve — the order-statistic 99% interval
 * of each median is computed and printed, and must sit inside the bounds.
 */
const RUNS = 300;

function medianWithCi(xs: number[]): { median: number; lo: number; hi: number } {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  // 99% distribution-free interval for the median: ranks n/2 ± 2.576·√n/2
  const half = Math.ceil(2.576 * Math.sqrt(n) * 0.5);
  const mid = Math.floor(n / 2);
  return { median: s[mid]!, lo: s[Math.max(0, mid - half)]!, hi: s[Math.min(n - 1, mid + half)]! };
}

describe('calibration against the record (seed 2016, 300 runs from 2016-02-27)', () => {
  it('violence falls ≥ 70% in week 1 and about half the places hold around 17 May', async () => {
    const runs: RunResult[] = [];
    for await (const r of runMonteCarlo({
      scenario: 'issg-2015-2016',
      runs: RUNS,
      seed: 2016,
      days: 90,
      workers: 0,
    }))
      runs.push(r);
    const week1 = runs.map((r) => r.indicators.violence!.slice(0, 7).reduce((a, b) => a + b, 0) / 7);
    const mid = runs.map((r) => r.indicators.holding![79]!); // day 80 = 2016-05-17
    const v = medianWithCi(week1);
    const h = medianWithCi(mid);
    console.log(
      'week-1 violence (1 = before the cessation): median %s, 99%% CI [%s, %s]',
      v.median,
      v.lo,
      v.hi,
    );
    console.log('places holding on 17 May: median %s, 99%% CI [%s, %s]', h.median, h.lo, h.hi);
    // SOHR: about −83%; the issue asks for at least −70% (violence ≤ 0.30)
    expect(v.hi).toBeLessThanOrEqual(0.3);
    expect(v.lo).toBeGreaterThanOrEqual(0.05);
    // de Mistura, 17 May: "from 80% to 50%"; "roughly half": the whole 99% interval within 0.40–0.60
    expect(h.lo).toBeGreaterThanOrEqual(0.4);
    expect(h.hi).toBeLessThanOrEqual(0.6);
    // and early on about 80% held
    const early = medianWithCi(runs.map((r) => r.indicators.holding![6]!));
    expect(early.median).toBeGreaterThanOrEqual(0.75);
    expect(early.median).toBeLessThanOrEqual(0.9);
  });
});
