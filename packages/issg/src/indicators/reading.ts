/**
 * An indicator's value on a date: a number in [0, 1], or `null` with the reason it is unknown. Unknown is
 * not zero: an indicator without data is never reported as 0.
 */
export type IndicatorReading =
  | { readonly value: number; readonly reason: null }
  | { readonly value: null; readonly reason: string };

/** The indicators of the state summary, in the order they are shown. */
export const INDICATOR_NAMES = ['violence', 'humanitarianAccess', 'momentum', 'credibility'] as const;
/** The name of an indicator of the state summary. */
export type IndicatorName = (typeof INDICATOR_NAMES)[number];

/** Clamp to [0, 1] and round to 2 decimals (indicators are read by people and compared in tests). */
export function unit(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/**
 * A known reading (clamped to [0, 1] and rounded by {@link unit}).
 *
 * @example
 * ```ts
 * known(0.714); // { value: 0.71, reason: null }
 * ```
 */
export function known(value: number): IndicatorReading {
  return { value: unit(value), reason: null };
}

/**
 * An unknown reading, with its reason.
 *
 * @example
 * ```ts
 * unknown('no death count yet'); // { value: null, reason: 'no death count yet' }
 * ```
 */
export function unknown(reason: string): IndicatorReading {
  return { value: null, reason };
}
