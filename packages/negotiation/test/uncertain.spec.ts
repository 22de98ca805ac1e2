import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawPreferences,
  seededRandom,
  type UncertainPreferences,
  validatePreferences,
} from '../src/index.js';
import { toy } from './fixtures.js';

const uncertain: UncertainPreferences = {
  party: 'ir',
  weights: { talks: [0.2, 0.6], aid: 0.4, list: [0, 0.4] },
  values: {
    talks: { june: 0, july: [0.3, 0.7], none: 1 },
    aid: { 'air-drops': 0, convoys: 1 },
    list: { add: [0.8, 1], keep: 0.5 },
  },
  redLines: { aid: ['air-drops'] },
  reservation: [0.3, 0.4],
};

describe('drawPreferences', () => {
  it('draws inside every range, renormalises the weights, and fits the agenda', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = drawPreferences(uncertain, seededRandom(seed));
        validatePreferences(toy, p);
        expect(p.values.talks!.july).toBeGreaterThanOrEqual(0.3);
        expect(p.values.talks!.july).toBeLessThanOrEqual(0.7);
        expect(p.reservation).toBeGreaterThanOrEqual(0.3);
        expect(p.reservation).toBeLessThanOrEqual(0.4);
        expect(p.redLines).toEqual(uncertain.redLines);
      }),
    );
  });
  it('same stream, same draw', () => {
    expect(drawPreferences(uncertain, seededRandom(5))).toEqual(drawPreferences(uncertain, seededRandom(5)));
    expect(drawPreferences(uncertain, seededRandom(5))).not.toEqual(
      drawPreferences(uncertain, seededRandom(6)),
    );
  });
});
