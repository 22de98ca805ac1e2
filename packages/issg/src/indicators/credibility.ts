import type { IssgState } from '../state/types.js';
import { humanitarianAccessReading } from './humanitarianAccess.js';
import { arrangementInForce, standingCompliance } from './observed.js';
import { type IndicatorReading, known, unknown } from './reading.js';
import { violenceReading } from './violence.js';

/**
 * Credibility of the talks with its reason when unknown, after de Mistura (17 May 2016): talks "will
 * become credible when there is credible cessation of hostilities and credible humanitarian aid". The
 * geometric mean `√(cessation × aid)`, so either at 0 makes the talks not credible:
 * - cessation = 0 unless a cessation or ceasefire is in force (a known 0, not an unknown); then the
 *   compliance estimate given since it began ("80% down to 50%", S40), else `1 − violence`;
 * - aid = humanitarian access.
 * `null` when an arrangement is in force but its compliance, violence or access is unknown.
 *
 * @example
 * ```ts
 * credibilityReading(stateAt(issgRecord, '2016-02-26')); // { value: 0, reason: null }: nothing in force
 * ```
 */
export function credibilityReading(state: IssgState, at: string | null = state.at): IndicatorReading {
  if (!arrangementInForce(state)) return known(0);
  let cessation = standingCompliance(state);
  if (cessation === undefined) {
    const v = violenceReading(state, at);
    if (v.value === null) return unknown(`no compliance estimate and violence unknown (${v.reason})`);
    cessation = 1 - v.value;
  }
  const aid = humanitarianAccessReading(state, at);
  if (aid.value === null) return unknown(`humanitarian access unknown (${aid.reason})`);
  return known(Math.sqrt(cessation * aid.value));
}

/**
 * Credibility in [0, 1], or `null` when unknown ({@link credibilityReading}).
 *
 * @example
 * ```ts
 * credibility(stateAt(issgRecord, '2016-05-17')); // √(0.5 × 0.34) ≈ 0.41
 * ```
 */
export function credibility(state: IssgState, at: string | null = state.at): number | null {
  return credibilityReading(state, at).value;
}
