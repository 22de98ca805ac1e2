import { ACCESS_SHOCK_WEIGHTS } from '../evolve/shocks.js';
import type { IssgState } from '../state/types.js';
import { ACCESS_DISRUPTION_HALF_LIFE_DAYS, decayedLevel } from './decay.js';
import { lastObservation } from './observed.js';
import { type IndicatorReading, known, unknown } from './reading.js';

/** Decayed disruption at which access is halved (about one attack on a convoy and one denial). */
export const DISRUPTION_HALF_SATURATION = 4;
/** Factor on access while the UN's convoys are suspended (20 Sep 2016, S50). */
export const SUSPENDED_CONVOYS_FACTOR = 0.5;

/**
 * Humanitarian access with its reason when unknown. The base is the share of besieged locations reached
 * (UN counts: 12 of 18 on 17 May 2016 → 0.67, S40), averaged with the share of the people targeted who
 * were reached when a plan's target is known (May 2016: 160,000 of 1 m by land, S41). Every count stands
 * until the next one. Before the UN's first count of locations reached (30 Mar 2016, S61), the named
 * besieged locations that delivered aid reached in the record stand in for it, as a lower bound (3 of 18
 * after the convoys of 17 Feb 2016, S14, S19). The base is then lowered by the shocks of the record —
 * `× (1 − D / (D + 4))`, D the decayed disruption (denials, attacks on convoys, suspensions; half-life
 * 30 days) plus 2 for every besieged place that stays cut off since a denial (eastern Aleppo from 7 July
 * 2016: a siege that stands does not fade) — and halved while convoys are suspended. `null` before the UN
 * counted the besieged locations.
 *
 * @example
 * ```ts
 * humanitarianAccessReading(stateAt(issgRecord, '2015-11-01')).value; // null: nothing counted yet
 * ```
 */
export function humanitarianAccessReading(state: IssgState, at: string | null = state.at): IndicatorReading {
  const besieged = lastObservation(state, 'besieged-locations')?.value;
  const reachedLoc = lastObservation(state, 'besieged-locations-reached')?.value;
  const parts: number[] = [];
  if (besieged !== undefined && besieged > 0) {
    const named = state.humanitarian.besiegedReached.length;
    if (reachedLoc !== undefined) parts.push(reachedLoc / besieged);
    else parts.push(Math.min(named, besieged) / besieged);
  }
  const target = lastObservation(state, 'people-target')?.value;
  const people = lastObservation(state, 'people-reached')?.value;
  if (target !== undefined && target > 0 && people !== undefined) parts.push(people / target);
  if (parts.length === 0) return unknown('no UN count of besieged locations or of people reached yet');
  const base = parts.reduce((a, b) => a + b, 0) / parts.length;
  const d =
    decayedLevel(state.humanitarian.disruption, at, ACCESS_DISRUPTION_HALF_LIFE_DAYS) +
    ACCESS_SHOCK_WEIGHTS.deniedBesieged * state.humanitarian.cutOff.length;
  const shock = 1 - d / (d + DISRUPTION_HALF_SATURATION);
  const suspended = state.humanitarian.convoysSuspended ? SUSPENDED_CONVOYS_FACTOR : 1;
  return known(base * shock * suspended);
}

/**
 * Humanitarian access in [0, 1], or `null` when unknown ({@link humanitarianAccessReading}).
 *
 * @example
 * ```ts
 * humanitarianAccess(stateAt(issgRecord, '2016-05-17')); // 0.34: 12 of 18, lowered while Darayya stays cut off (12 May)
 * ```
 */
export function humanitarianAccess(state: IssgState, at: string | null = state.at): number | null {
  return humanitarianAccessReading(state, at).value;
}
