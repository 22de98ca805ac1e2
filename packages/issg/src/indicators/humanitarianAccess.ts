import type { IssgState } from '../state/types.js';
import { freshObservation, unit } from './observed.js';

/**
 * Humanitarian access in [0, 1]: the share of besieged locations reached (UN counts: 12 of 18 on
 * 17 May 2016 → 0.67, S40), averaged with the share of the people targeted who were reached when a plan's
 * target is known (May 2016: 160,000 of 1 m by land, S41). The last location count stands until the next;
 * people counts are used while fresh (60 days). Before the UN's first count of locations reached
 * (30 Mar 2016, S61), the named besieged locations that delivered aid reached in the record stand in for
 * it, as a lower bound (Madaya, Foua, Moadamiyeh: 3 of 18 after the convoys of 17 Feb 2016, S14, S19).
 * 0 while nothing is known.
 *
 * @example
 * ```ts
 * humanitarianAccess(stateAt(issgRecord, '2016-05-17')); // 0.67
 * ```
 */
export function humanitarianAccess(state: IssgState, at: string | null = state.at): number {
  // Location counts are slow-moving: the last UN count stands until the next one.
  const besieged = state.observations['besieged-locations']?.value;
  const reachedLoc = state.observations['besieged-locations-reached']?.value;
  const parts: number[] = [];
  if (besieged !== undefined && besieged > 0) {
    const named = state.humanitarian.besiegedReached.length;
    if (reachedLoc !== undefined) parts.push(reachedLoc / besieged);
    else if (named > 0) parts.push(Math.min(named, besieged) / besieged);
  }
  const target = freshObservation(state, 'people-target', at);
  const people = freshObservation(state, 'people-reached', at);
  if (target !== undefined && target > 0 && people !== undefined) parts.push(people / target);
  if (parts.length === 0) return 0;
  return unit(parts.reduce((a, b) => a + b, 0) / parts.length);
}
