import type { IssgState } from '../state/types.js';
import { decayedLevel, MOMENTUM_HALF_LIFE_DAYS } from './decay.js';
import { type IndicatorReading, known, unknown } from './reading.js';

/**
 * Momentum with its reason when unknown: `P / (P + S + 1)`, where P is the weighted sum of recent steps
 * forward (statements, agreements, rounds opened, a cessation in force …) and S of setbacks (lapsed
 * deadlines, pauses, postponements, collapse …), each decayed with a half-life of 30 days (weights:
 * `PROGRESS_WEIGHTS`, `SETBACK_WEIGHTS`). It falls towards 0 as time passes without a step — de Mistura's
 * "we cannot wait too long, we want to keep the momentum" (17 May 2016). `null` only before any event.
 *
 * @example
 * ```ts
 * momentumReading(initialIssgState()); // { value: null, reason: 'no event yet' }
 * ```
 */
export function momentumReading(state: IssgState, at: string | null = state.at): IndicatorReading {
  if (state.at === null) return unknown('no event yet');
  const p = decayedLevel(state.momentum.progress, at, MOMENTUM_HALF_LIFE_DAYS);
  const s = decayedLevel(state.momentum.setbacks, at, MOMENTUM_HALF_LIFE_DAYS);
  return known(p / (p + s + 1));
}

/**
 * Momentum in [0, 1], or `null` before any event ({@link momentumReading}).
 *
 * @example
 * ```ts
 * momentum(stateAt(issgRecord, '2016-05-17'));
 * ```
 */
export function momentum(state: IssgState, at: string | null = state.at): number | null {
  return momentumReading(state, at).value;
}
