import { UsageError } from '@parley/core';
import type { Preferences, UncertainPreferences } from './preferences.js';
import type { Random } from './random.js';

function draw(x: number | readonly [number, number], random: Random, what: string): number {
  if (typeof x === 'number') return x;
  const [lo, hi] = x;
  if (!(lo <= hi))
    throw new UsageError(
      `drawPreferences: ${what} is the range [${lo}, ${hi}]; give [low, high] with low ≤ high`,
    );
  return lo + (hi - lo) * random();
}

/**
 * One draw of uncertain preferences (for Monte Carlo): each range `[low, high]` of a weight, a value or
 * the reservation is drawn uniformly from the given stream, in a fixed order (issues, then options, in
 * the order of the record's keys); the weights are then divided by their sum so that they sum to 1.
 * Red lines are certain.
 *
 * @example
 * ```ts
 * const prefs = drawPreferences(uncertainIran, seededRandom(streamSeed(run, 'ir')));
 * ```
 */
export function drawPreferences(u: UncertainPreferences, random: Random): Preferences {
  const raw = Object.entries(u.weights).map(
    ([issue, w]) => [issue, draw(w, random, `weights.${issue}`)] as const,
  );
  const total = raw.reduce((s, [, w]) => s + w, 0);
  if (!(total > 0))
    throw new UsageError(
      `drawPreferences: the weights of "${u.party}" drew a sum of ${total}; at least one must be above 0`,
    );
  const values: Record<string, Record<string, number>> = {};
  for (const [issue, options] of Object.entries(u.values)) {
    values[issue] = {};
    for (const [option, v] of Object.entries(options))
      values[issue]![option] = draw(v, random, `values.${issue}.${option}`);
  }
  return {
    party: u.party,
    weights: Object.fromEntries(raw.map(([issue, w]) => [issue, w / total])),
    values,
    redLines: u.redLines,
    reservation: draw(u.reservation, random, 'reservation'),
  };
}
