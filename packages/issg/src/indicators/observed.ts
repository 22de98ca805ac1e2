import type { IssgState, Observation, ObservedIndicator } from '../state/types.js';

export { unit } from './reading.js';

/** True while a cessation or a comprehensive ceasefire is in force. */
export function arrangementInForce(state: IssgState): boolean {
  const status = state.hostilities.status;
  return status === 'cessation' || status === 'ceasefire';
}

/**
 * The last observation of a quantity, whatever its age: an observation stands until the next one
 * (the staleness rule, docs/state-summary.md). Quantities that describe one period of the hostilities
 * are made obsolete by events: see {@link deathCount} and {@link standingCompliance}.
 *
 * @example
 * ```ts
 * lastObservation(stateAt(issgRecord, '2016-07-01'), 'besieged-locations'); // { value: 18, at: '2016-06-20' }
 * ```
 */
export function lastObservation(state: IssgState, which: ObservedIndicator): Observation | undefined {
  return state.observations[which];
}

/** A death count standing on a date, with what it covers. */
export interface StandingDeathCount extends Observation {
  readonly covers: 'nationwide' | 'arrangement';
}

/**
 * The death count (deaths per day) that stands for the state's date, by the rule of docs/state-summary.md:
 * - while an arrangement is in force: the latest count dated since it began — a count of the arrangement's
 *   areas (`deaths-per-day-truce`) from its first day, a nationwide one (`deaths-per-day`) from the next
 *   day; a count from before it began describes another period and is obsolete;
 * - otherwise: the latest nationwide count (counts of a truce's areas never describe a time without one).
 * Undefined when none stands.
 *
 * @example
 * ```ts
 * deathCount(stateAt(issgRecord, '2016-02-27')); // undefined: the February count is obsolete
 * deathCount(stateAt(issgRecord, '2016-02-28'))?.value; // 20
 * ```
 */
export function deathCount(state: IssgState): StandingDeathCount | undefined {
  const national = state.observations['deaths-per-day'];
  if (!arrangementInForce(state)) return national && { ...national, covers: 'nationwide' };
  const since = state.hostilities.since ?? '';
  const truce = state.observations['deaths-per-day-truce'];
  const t = truce && truce.at >= since ? truce : undefined;
  const n = national && national.at > since ? national : undefined;
  if (n && (!t || n.at > t.at)) return { ...n, covers: 'nationwide' };
  return t && { ...t, covers: 'arrangement' };
}

/**
 * The compliance estimate for the arrangement in force, if one was given since it began (an estimate of
 * an earlier arrangement is obsolete); undefined otherwise.
 *
 * @example
 * ```ts
 * standingCompliance(stateAt(issgRecord, '2016-05-17')); // 0.5
 * ```
 */
export function standingCompliance(state: IssgState): number | undefined {
  const o = state.observations.compliance;
  if (!o || !arrangementInForce(state)) return undefined;
  return o.at >= (state.hostilities.since ?? '') ? o.value : undefined;
}
