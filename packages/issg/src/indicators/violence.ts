import type { IssgState } from '../state/types.js';
import { decayedLevel, VIOLENCE_HALF_LIFE_DAYS } from './decay.js';
import { arrangementInForce, deathCount } from './observed.js';
import { type IndicatorReading, known, unknown } from './reading.js';

/** Deaths per day at which the observed part of violence is 0.5 (SOHR: 120/day in Feb 2016 → 0.71). */
export const DEATHS_HALF_SATURATION = 50;
/** Decayed severity at which the reported part of violence is 0.5 (about two severe violations a week). */
export const SEVERITY_HALF_SATURATION = 10;

/**
 * Violence with its reason when unknown: the combination of two signals, `1 − (1 − observed)(1 − reported)`:
 * - observed = d / (d + 50), d the death count per day that stands ({@link deathCount}) — what monitors
 *   such as SOHR counted;
 * - reported = L / (L + 10), L the violations reported (weighted by severity and attribution: verified 1,
 *   contested 0.6, alleged 0.3; a disputed blame loses half), attacks on convoys and announced offensives,
 *   decayed with a half-life of 14 days — what the CTF heard.
 * `null` while no death count stands: reports alone do not measure a level of violence.
 *
 * @example
 * ```ts
 * violenceReading(stateAt(issgRecord, '2016-02-27')); // { value: null, reason: 'no death count since …' }
 * ```
 */
export function violenceReading(state: IssgState, at: string | null = state.at): IndicatorReading {
  const count = deathCount(state);
  if (!count) {
    if (arrangementInForce(state))
      return unknown(
        `no death count since the ${state.hostilities.status} began on ${state.hostilities.since}: earlier counts describe another period`,
      );
    return unknown('no nationwide death count (SOHR) reported yet');
  }
  const observed = count.value / (count.value + DEATHS_HALF_SATURATION);
  const l = decayedLevel(state.violence, at, VIOLENCE_HALF_LIFE_DAYS);
  const reported = l / (l + SEVERITY_HALF_SATURATION);
  return known(1 - (1 - observed) * (1 - reported));
}

/**
 * Violence in [0, 1], or `null` when unknown ({@link violenceReading}).
 *
 * @example
 * ```ts
 * violence(stateAt(issgRecord, '2016-02-26')); // ≈ 0.71 (120 deaths a day)
 * ```
 */
export function violence(state: IssgState, at: string | null = state.at): number | null {
  return violenceReading(state, at).value;
}
