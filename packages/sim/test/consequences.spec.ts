import { issgAgenda, realOutcome } from '@parley/issg';
import type { Text } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { issgConsequences, type NegotiationRunResult, negotiationSummaryAccumulator } from '../src/index.js';

const VIENNA = 'vienna-2016-05-17';
const agenda = issgAgenda(VIENNA);
const real = realOutcome(VIENNA);
/** The real text without its two enforcement provisions: no air-drop trigger, no non-compliance rule. */
const toothless: Text = { ...real, 'air-drops': 'silent', 'non-compliance': 'silent' };

/** Days the arrangement held within the horizon, run by run (the restricted mean's terms). */
function heldDays(text: Text | null, days: number, runs: number, seed = 1): number[] {
  return Array.from({ length: runs }, (_, run) => {
    const r = issgConsequences(VIENNA, text, days, seed, run);
    return r.collapseDay === null ? days : r.collapseDay;
  });
}

/** Mean and standard error of paired differences a − b. */
function paired(a: readonly number[], b: readonly number[]): { mean: number; se: number } {
  const d = a.map((x, i) => x - b[i]!);
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1));
  return { mean, se: sd / Math.sqrt(d.length) };
}

describe('negotiation → consequences: the ceasefire model reads the adopted provisions', () => {
  const RUNS = 160;
  const DAYS = 180;

  it('given the real Vienna text and a failed negotiation, when the Monte Carlo follows each for 180 days, then the cessation survives longer after the real text', () => {
    const acc = negotiationSummaryAccumulator(agenda, real, DAYS);
    const withText = heldDays(real, DAYS, RUNS);
    const without = heldDays(null, DAYS, RUNS);
    const result = (run: number, text: Text | null, held: number): NegotiationRunResult => ({
      run,
      status: text ? 'adopted' : 'failed',
      text,
      round: 10,
      strategies: {},
      after: { collapseDay: held < DAYS ? held : null, talksDay: null },
    });
    for (let run = 0; run < RUNS; run++) {
      acc.add(result(run, real, withText[run]!));
      acc.add(result(run, null, without[run]!));
    }
    const after = acc.summary().after!;
    const s = (outcome: string) => after.outcomes.find((o) => o.outcome === outcome)!.survival[String(DAYS)]!;
    // seeded: these numbers are the model's at seed 1, runs 0–159
    expect({ real: s('real text'), failed: s('failed') }).toMatchInlineSnapshot(`
      {
        "failed": 0.3438,
        "real": 0.475,
      }
    `);
    // not noise: the same runs (common random numbers) hold on average longer after the real text, by
    // more than three standard errors of the paired difference
    const d = paired(withText, without);
    expect(d.mean).toBeGreaterThan(3 * d.se);
    expect(s('real text') - s('failed')).toBeGreaterThan(0.05);
  }, 240_000);

  it('given the air-drop trigger of 1 June, when access stays incomplete after it, then air drops raise access above the same text without the trigger', () => {
    const DAY = 45; // 1 July 2016: a month after the trigger
    const series = (text: Text) =>
      Array.from({ length: 60 }, (_, run) => issgConsequences(VIENNA, text, DAY, 2, run).indicators.access!);
    const withDrops = series(real);
    const withoutDrops = series({ ...real, 'air-drops': 'silent' });
    // before the trigger nothing differs, day by day (no sortie, no draw); a month after it access is
    // higher with the trigger than without, by more than three standard errors of the paired difference
    for (let run = 0; run < 60; run++)
      expect(withDrops[run]!.slice(0, 10)).toEqual(withoutDrops[run]!.slice(0, 10));
    const d = paired(
      withDrops.map((a) => a[DAY - 1]!),
      withoutDrops.map((a) => a[DAY - 1]!),
    );
    expect(d.mean).toBeGreaterThan(0.02);
    expect(d.mean).toBeGreaterThan(3 * d.se);
  }, 240_000);

  it('given a non-compliance rule adopted in the statement, when the model runs, then the parties strike less than without it', () => {
    const violence = (text: Text) =>
      Array.from({ length: 120 }, (_, run) => {
        const v = issgConsequences(VIENNA, text, 90, 3, run).indicators.violence!;
        return v.reduce((a, b) => a + b, 0) / v.length;
      });
    const d = paired(violence({ ...real, 'air-drops': 'silent' }), violence(toothless));
    expect(d.mean).toBeLessThan(0);
    expect(-d.mean).toBeGreaterThan(3 * d.se);
  }, 240_000);
});
