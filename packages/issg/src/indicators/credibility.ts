import type { IssgState } from '../state/types.js';
import { humanitarianAccess } from './humanitarianAccess.js';
import { freshObservation, unit } from './observed.js';
import { violence } from './violence.js';

/**
 * Credibility of the talks in [0, 1], after de Mistura (17 May 2016): talks "will become credible when
 * there is credible cessation of hostilities and credible humanitarian aid". The geometric mean
 * `√(cessation × aid)`, so either at 0 makes the talks not credible:
 * - cessation = 0 unless a cessation or ceasefire is in force; then the last compliance estimate (fresh
 *   within 60 days; "80% down to 50%", S40), else `1 − violence`;
 * - aid = {@link humanitarianAccess}.
 *
 * @example
 * ```ts
 * credibility(stateAt(issgRecord, '2016-05-17')); // √(0.5 × 0.67) ≈ 0.58
 * ```
 */
export function credibility(state: IssgState, at: string | null = state.at): number {
  const status = state.hostilities.status;
  const inForce = status === 'cessation' || status === 'ceasefire';
  const cessation = inForce ? (freshObservation(state, 'compliance', at) ?? 1 - violence(state, at)) : 0;
  return unit(Math.sqrt(cessation * humanitarianAccess(state, at)));
}
