import { daysBetween } from '@parley/core';
import type { IssgState, ObservedIndicator } from '../state/types.js';

/** How long, in days, an observed number is taken to describe the present. */
export const OBSERVATION_FRESH_DAYS = 60;

/**
 * The latest observed value of an indicator if it was reported within {@link OBSERVATION_FRESH_DAYS} of
 * `at`, else undefined.
 *
 * @example
 * ```ts
 * freshObservation(state, 'compliance', '2016-05-17'); // 0.5
 * ```
 */
export function freshObservation(
  state: IssgState,
  which: ObservedIndicator,
  at: string | null,
): number | undefined {
  const o = state.observations[which];
  if (!o) return undefined;
  if (at !== null && Math.abs(daysBetween(o.at, at)) > OBSERVATION_FRESH_DAYS) return undefined;
  return o.value;
}

/** Clamp to [0, 1] and round to 2 decimals (indicators are read by people and compared in tests). */
export function unit(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
