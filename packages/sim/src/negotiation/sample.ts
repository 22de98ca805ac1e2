import type { Preferences, UncertainPreferences } from '@parley/negotiation';
import type { Rng } from '../rng/rng.js';

const draw = (x: number | readonly [number, number], rng: Rng): number =>
  typeof x === 'number' ? x : x[0] + (x[1] - x[0]) * rng.float();

/**
 * Draw one delegation's preferences from its uncertain preferences: each weight, value and the
 * reservation uniformly inside its range (a number stays as it is), then the weights renormalised to sum
 * to 1. Red lines are kept. The draws come in the agenda's order of the ranges given, so the same `rng`
 * gives the same preferences.
 *
 * @example
 * ```ts
 * const prefs = samplePreferences(card.uncertain, createRng(deriveSeed(1, 0, 'prefs:us')));
 * ```
 */
export function samplePreferences(u: UncertainPreferences, rng: Rng): Preferences {
  const weights: Record<string, number> = {};
  let total = 0;
  for (const [issue, w] of Object.entries(u.weights)) {
    const x = draw(w, rng);
    weights[issue] = x;
    total += x;
  }
  if (total > 0) for (const issue of Object.keys(weights)) weights[issue] = weights[issue]! / total;
  const values: Record<string, Record<string, number>> = {};
  for (const [issue, options] of Object.entries(u.values)) {
    const v: Record<string, number> = {};
    for (const [option, x] of Object.entries(options)) v[option] = Math.min(1, Math.max(0, draw(x, rng)));
    values[issue] = v;
  }
  const reservation = Math.min(1, Math.max(0, draw(u.reservation, rng)));
  return { party: u.party, weights, values, redLines: u.redLines, reservation };
}
