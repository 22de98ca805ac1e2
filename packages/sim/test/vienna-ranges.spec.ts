import { issgAgenda, realOutcome } from '@parley/issg';
import { acceptable, analyse, idealUtility, runNegotiation } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { issgNegotiationModel, preferencesOfRun, strategiesOfRun } from '../src/index.js';
import { deriveSeed } from '../src/rng/seed.js';

// docs/negotiation.md, "Why Vienna agrees in about half of the runs": the role cards' ranges are not
// what fails the negotiations — every draw leaves a ZOPA — the deadline and the pen's learning are.
const VIENNA = 'vienna-2016-05-17';
const agenda = issgAgenda(VIENNA);
const model = issgNegotiationModel(VIENNA);
const spec = {
  agenda: VIENNA,
  runs: 30,
  seed: 1,
  strategies: {},
  mix: null,
  uncertain: true,
  thenDays: null,
};
const RUNS = 30;

describe("Vienna under the role cards' ranges", () => {
  it('given 30 draws of the ranges, then every draw leaves a ZOPA and no reservation lies above what any text can give', () => {
    let realIn = 0;
    for (let run = 0; run < RUNS; run++) {
      const prefs = preferencesOfRun(model, spec, run);
      for (const p of prefs) expect(idealUtility(agenda, p)).toBeGreaterThan(p.reservation);
      expect(analyse(agenda, prefs).zopaSize).toBeGreaterThan(0);
      if (prefs.every((p) => acceptable(p, realOutcome(VIENNA)))) realIn++;
    }
    // the real text stays in the ZOPA in most draws (Iran's margin, 0.105, is the one a draw can close)
    expect(realIn).toBeGreaterThanOrEqual(24);
  }, 240_000);

  it('given the same draws and strategies, when the meeting lasts 20 rounds instead of 10, then more negotiations agree', () => {
    const agreed = (rounds: number) => {
      let n = 0;
      for (let run = 0; run < RUNS; run++) {
        const r = runNegotiation({
          agenda,
          preferences: preferencesOfRun(model, spec, run),
          strategies: strategiesOfRun(model, spec, run),
          seed: deriveSeed(spec.seed, run, 'negotiation'),
          roundsLimit: rounds,
        });
        if (r.outcome.status === 'adopted') n++;
      }
      return n;
    };
    const ten = agreed(10);
    const twenty = agreed(20);
    expect({ ten, twenty }).toMatchInlineSnapshot(`
      {
        "ten": 13,
        "twenty": 22,
      }
    `);
    expect(twenty).toBeGreaterThan(ten + 3);
  }, 240_000);
});
