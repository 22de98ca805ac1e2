import type { IndicatorName } from '../indicators/reading.js';

export type { IndicatorName } from '../indicators/reading.js';

/** Each indicator with a label and what it means, in the words a class reads beside a chart. */
export const INDICATORS: readonly {
  readonly name: IndicatorName;
  readonly label: string;
  readonly means: string;
}[] = [
  {
    name: 'violence',
    label: 'Violence',
    means:
      "observed deaths a day (the monitors' counts) and recent violations, weighted by severity and by how well the blame is established (0 calm, 1 worst)",
  },
  {
    name: 'humanitarianAccess',
    label: 'Humanitarian access',
    means:
      'besieged places reached against the UN count and people reached against the plan, lowered by denials, attacks on convoys, suspensions and sieges that stand',
  },
  {
    name: 'momentum',
    label: 'Momentum',
    means: 'recent progress against setbacks, fading with the time since the last step',
  },
  {
    name: 'credibility',
    label: 'Credibility',
    means:
      "de Mistura's test: a credible cessation and credible aid together; 0 when no arrangement is in force",
  },
];

/**
 * The value of an indicator as a chart draws it: a finite number, or `null` where there is no data (a
 * gap, never a 0). Reads a plain number, or an object with a `value` (a number or `null`, with a reason).
 *
 * @example
 * ```ts
 * indicatorValue(0.42);                                // 0.42
 * indicatorValue({ value: null, reason: 'no count' }); // null
 * ```
 */
export function indicatorValue(raw: unknown): number | null {
  const v = typeof raw === 'object' && raw !== null && 'value' in raw ? raw.value : raw;
  return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1e4) / 1e4 : null;
}
