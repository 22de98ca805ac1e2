import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, survivalAccumulator, survivalAt } from '../src/index.js';

/** S(t) by the definition, recomputed from the raw data at every t (no running state). */
function bruteForce(obs: readonly { time: number; event: boolean }[], t: number): number {
  let s = 1;
  const eventTimes = [...new Set(obs.filter((o) => o.event).map((o) => o.time))].sort((a, b) => a - b);
  for (const u of eventTimes) {
    if (u > t) break;
    const atRisk = obs.filter((o) => o.time >= u).length;
    const died = obs.filter((o) => o.event && o.time === u).length;
    s *= 1 - died / atRisk;
  }
  return s;
}

const observations = fc.array(fc.record({ time: fc.integer({ min: 0, max: 30 }), event: fc.boolean() }), {
  minLength: 1,
  maxLength: 60,
});

describe('kaplanMeier', () => {
  it('matches a brute-force product-limit computation on random data', () => {
    fc.assert(
      fc.property(observations, fc.integer({ min: 0, max: 31 }), (obs, t) => {
        expect(survivalAt(kaplanMeier(obs), t)).toBeCloseTo(bruteForce(obs, t), 12);
      }),
      { numRuns: 300 },
    );
  });

  it('the streaming accumulator gives the same curve as the list form', () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const acc = survivalAccumulator(30);
        for (const o of obs) acc.add(o.time, o.event);
        expect(acc.curve()).toEqual(kaplanMeier(obs));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the textbook example and its median', () => {
    const km = kaplanMeier([
      { time: 3, event: true },
      { time: 5, event: false },
      { time: 8, event: true },
    ]);
    expect(km.times).toEqual([3, 8]);
    expect(km.survival[0]).toBeCloseTo(2 / 3);
    expect(km.survival[1]).toBe(0);
    expect(km.median).toBe(8);
  });
});
