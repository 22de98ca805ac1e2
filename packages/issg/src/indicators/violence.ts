import type { IssgState } from '../state/types.js';
import { decayedLevel, VIOLENCE_HALF_LIFE_DAYS } from './decay.js';
import { freshObservation, unit } from './observed.js';

/** Deaths per day at which the observed part of violence is 0.5 (SOHR: 120/day in Feb 2016 → 0.71). */
export const DEATHS_HALF_SATURATION = 50;
/** Decayed severity at which the reported part of violence is 0.5 (about two severe violations a week). */
export const SEVERITY_HALF_SATURATION = 10;

/**
 * Violence in [0, 1]: the combination of two signals, `1 − (1 − observed)(1 − reported)`:
 * - observed = d / (d + 50), d the last reported deaths per day (fresh within 60 days) — what monitors
 *   such as SOHR counted;
 * - reported = L / (L + 10), L the severity-weighted violations by parties to the arrangement (plus attacks
 *   on convoys and announced offensives), decayed with a half-life of 14 days — what the CTF heard.
 * Strikes on UN-designated groups never count (they are not violations).
 *
 * @example
 * ```ts
 * violence(stateAt(issgRecord, '2016-02-26')); // ≈ 0.71 (120 deaths a day)
 * ```
 */
export function violence(state: IssgState, at: string | null = state.at): number {
  const d = freshObservation(state, 'deaths-per-day', at);
  const observed = d === undefined ? 0 : d / (d + DEATHS_HALF_SATURATION);
  const l = decayedLevel(state.violence, at, VIOLENCE_HALF_LIFE_DAYS);
  const reported = l / (l + SEVERITY_HALF_SATURATION);
  return unit(1 - (1 - observed) * (1 - reported));
}
