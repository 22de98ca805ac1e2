import type { IssgState } from '../state/types.js';
import { decayedLevel, MOMENTUM_HALF_LIFE_DAYS } from './decay.js';
import { unit } from './observed.js';

/**
 * Momentum in [0, 1]: `P / (P + S + 1)`, where P is the weighted sum of recent steps forward (statements,
 * agreements, rounds opened, a cessation in force …) and S of setbacks (lapsed deadlines, pauses,
 * postponements, collapse …), each decayed with a half-life of 30 days (weights: `PROGRESS_WEIGHTS`,
 * `SETBACK_WEIGHTS`). It falls towards 0 as time passes without a step — de Mistura's "we cannot wait too
 * long, we want to keep the momentum" (17 May 2016).
 *
 * @example
 * ```ts
 * momentum(stateAt(issgRecord, '2016-05-17'));
 * ```
 */
export function momentum(state: IssgState, at: string | null = state.at): number {
  const p = decayedLevel(state.momentum.progress, at, MOMENTUM_HALF_LIFE_DAYS);
  const s = decayedLevel(state.momentum.setbacks, at, MOMENTUM_HALF_LIFE_DAYS);
  return unit(p / (p + s + 1));
}
