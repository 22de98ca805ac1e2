import { daysBetween } from '@parley/core';
import type { DecayedLevel } from '../state/types.js';

/** Half-life, in days, of the violence level: a violation weighs half as much two weeks later. */
export const VIOLENCE_HALF_LIFE_DAYS = 14;
/** Half-life, in days, of the progress and setback levels of momentum. */
export const MOMENTUM_HALF_LIFE_DAYS = 30;
/** Half-life, in days, of the disruption of humanitarian access (denials, attacks on convoys, suspensions). */
export const ACCESS_DISRUPTION_HALF_LIFE_DAYS = 30;

/**
 * The value at world time `at` of a level that decays with a half-life in days:
 * `level × 0.5^(days since lastAt / halfLife)`. Never grows back; 0 before the first update.
 *
 * @example
 * ```ts
 * decayedLevel({ level: 4, lastAt: '2016-02-27' }, '2016-03-12', 14); // 2
 * ```
 */
export function decayedLevel(d: DecayedLevel, at: string | null, halfLifeDays: number): number {
  if (d.lastAt === null || at === null || d.lastAt === at || d.level === 0) return d.level;
  const days = Math.max(0, daysBetween(d.lastAt, at));
  return d.level * 0.5 ** (days / halfLifeDays);
}

/**
 * Add `weight` to a decayed level at world time `at`, in place (an immer draft or a plain object):
 * the old level is first decayed to `at`. A negative weight takes weight away; the level never goes
 * below 0. O(1), so the state stays bounded for any number of events.
 *
 * @example
 * ```ts
 * const d = { level: 0, lastAt: null };
 * bump(d, '2016-04-27', 5, 14); // d.level === 5
 * ```
 */
export function bump(d: DecayedLevel, at: string, weight: number, halfLifeDays: number): void {
  d.level = Math.max(0, decayedLevel(d, at, halfLifeDays) + weight);
  d.lastAt = at;
}
