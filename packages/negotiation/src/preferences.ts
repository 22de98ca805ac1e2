import type { Agenda, Text } from './agenda.js';

/**
 * A delegation's private preferences — its role card's numbers (`reference/bargaining.md`,
 * "Preferences"): linear additive utility `uᵢ(x) = Σⱼ wᵢⱼ · vᵢⱼ(xⱼ)`, with weights `wᵢⱼ ≥ 0` summing to 1
 * and option values `vᵢⱼ ∈ [0, 1]`; red lines (options that make any text unacceptable); and a
 * reservation value `dᵢ ∈ [0, 1]` (the utility of no agreement). Private data: never written into a
 * public event.
 */
export interface Preferences {
  /** The delegation (party id). */
  readonly party: string;
  /** Issue id → weight (≥ 0; the weights of all issues sum to 1). */
  readonly weights: Readonly<Record<string, number>>;
  /** Issue id → option id → value in [0, 1]. */
  readonly values: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Issue id → the option ids this delegation can never accept. */
  readonly redLines: Readonly<Record<string, readonly string[]>>;
  /** Utility of no agreement, in [0, 1]. */
  readonly reservation: number;
}

/**
 * The utility of a text to a delegation: the weighted sum of its option values. A text that crosses a
 * red line still has a utility (analysis reads it); {@link crossesRedLine} says it is unacceptable.
 *
 * @example
 * ```ts
 * utility(prefs, { 'talks-date': 'no-date', 'air-drops': 'june-1' }); // 0.62
 * ```
 */
export function utility(prefs: Preferences, text: Text): number {
  let u = 0;
  // for…in, not Object.entries: the same keys in the same order (the sum is the same, bit for bit)
  // without an array per call — agents call this on every move.
  const weights = prefs.weights;
  for (const issue in weights) {
    if (!Object.hasOwn(weights, issue)) continue;
    const option = text[issue];
    if (option === undefined) continue;
    u += weights[issue]! * (prefs.values[issue]?.[option] ?? 0);
  }
  return u;
}

/**
 * True when the text picks an option on one of the delegation's red lines.
 *
 * @example
 * ```ts
 * crossesRedLine(prefs, { 'terrorist-list': 'add-ahrar-and-jai' }); // true for the US
 * ```
 */
export function crossesRedLine(prefs: Preferences, text: Text): boolean {
  const redLines = prefs.redLines;
  for (const issue in redLines) {
    if (!Object.hasOwn(redLines, issue)) continue;
    const option = text[issue];
    if (option !== undefined && redLines[issue]!.includes(option)) return true;
  }
  return false;
}

/**
 * True when the delegation prefers the text to no agreement: no red line crossed, and utility at or above
 * its reservation value.
 *
 * @example
 * ```ts
 * acceptable(prefs, draft); // false below the reservation or across a red line
 * ```
 */
export function acceptable(prefs: Preferences, text: Text): boolean {
  return !crossesRedLine(prefs, text) && utility(prefs, text) >= prefs.reservation;
}

/**
 * A role card: what one delegation is told in a role-play (its private preferences, and the briefing in
 * words). The instructor sees every card; a delegation sees only its own.
 */
export interface RoleCard {
  readonly party: string;
  /** The agenda the card is for. */
  readonly agenda: Agenda['id'];
  readonly preferences: Preferences;
  /** The briefing a team reads: interests, red lines, what the delegation said in public, with sources. */
  readonly briefing: string;
  /** Sources of the stated positions behind the numbers. */
  readonly sources: readonly { readonly title: string; readonly url?: string; readonly date?: string }[];
  /**
   * What in the numbers is a modelling assumption rather than a documented position: one line each
   * (e.g. "weight of detainees: assumed, no source states a priority").
   */
  readonly assumptions: readonly string[];
}

/**
 * Uncertain preferences for Monte Carlo: each weight, value and the reservation may be given as a range
 * `[low, high]`; a draw picks inside each range (with a seeded RNG) and renormalises the weights.
 */
export interface UncertainPreferences {
  readonly party: string;
  readonly weights: Readonly<Record<string, number | readonly [number, number]>>;
  readonly values: Readonly<Record<string, Readonly<Record<string, number | readonly [number, number]>>>>;
  readonly redLines: Readonly<Record<string, readonly string[]>>;
  readonly reservation: number | readonly [number, number];
}
