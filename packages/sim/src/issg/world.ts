import type { IssgState } from '@parley/issg';
import type { Rng } from '../rng/rng.js';
import type { IssgParams } from './params.js';

/** A violation report against a party today, and whether the party knows it was its own doing. */
export interface Blame {
  readonly violation: string;
  readonly mine: boolean;
}

/**
 * The latent world of one ISSG run: what the event log does not hold. Places along the front lines (each
 * shared by the government and one opposition party), the parties' grudges, who was blamed today,
 * humanitarian reach, the deterrent effect of exclusions. Mutable, private to the run.
 */
export interface IssgWorld {
  readonly params: IssgParams;
  /** Government id (one side of every place). */
  readonly government: string;
  /** Opposition parties signed on at the start; place i belongs to `opposition[front[i]]`. */
  readonly opposition: readonly string[];
  readonly spoilers: readonly string[];
  /** 1 when place i holds, 0 when fighting there. */
  readonly places: Uint8Array;
  readonly front: Uint16Array;
  /** Places of each opposition party's front, by index. */
  readonly frontPlaces: readonly (readonly number[])[];
  /** Holding places per opposition front, and in all. */
  readonly frontHolding: Int32Array;
  holding: number;
  /** Party id → decayed count of strikes it suffered (tit-for-tat). */
  readonly grudge: Map<string, number>;
  /** Party id → reports against it today (for disputes). */
  readonly blamed: Map<string, Blame[]>;
  /** Violation id → who was blamed, who did it, whether verified and disputed. */
  readonly reports: Map<
    string,
    { perpetrator: string; culprit: string; verified: boolean; disputed: boolean }
  >;
  /** Party id → verified, undisputed violations (for referral). */
  readonly verified: Map<string, number>;
  readonly besieged: readonly string[];
  readonly reached: Set<string>;
  /** Deterrent effect of recent exclusions (0 … 1, decaying). */
  deterrence: number;
  exclusions: number;
  /**
   * The non-compliance rule was in force when the run started (adopted by the ministers in a statement,
   * not by the co-chairs under pressure during the run): a standing threat (`exclusion.standingRule`).
   */
  readonly standingRule: boolean;
  /** Consecutive days below the collapse threshold. */
  lowDays: number;
  /** Months of arrangement, with the holdout pressure's relief while talks are in session. */
  pressureMonths: number;
  nextViolation: number;
}

const BESIEGED_COUNT = 18;

/**
 * A fresh world for one run, from the state at the fork date.
 *
 * @example
 * ```ts
 * const world = createIssgWorld(state, rng, resolveIssgParams(), ['madaya', 'foua']);
 * ```
 */
export function createIssgWorld(
  state: IssgState,
  rng: Rng,
  params: IssgParams,
  namedBesieged: readonly string[],
): IssgWorld {
  const b = params.baseline;
  const parties = state.hostilities.parties.filter((p) => !state.designated.includes(p));
  const government = parties.includes('syria-gov') || parties.length === 0 ? 'syria-gov' : parties[0]!;
  let opposition = parties.filter((p) => p !== government);
  if (opposition.length === 0) opposition = ['hnc'];
  const n = Math.max(1, Math.round(b.places));
  const places = new Uint8Array(n);
  const front = new Uint16Array(n);
  const frontPlaces: number[][] = opposition.map(() => []);
  const frontHolding = new Int32Array(opposition.length);
  const active = state.hostilities.status === 'cessation' || state.hostilities.status === 'ceasefire';
  let holding = 0;
  for (let i = 0; i < n; i++) {
    const f = i % opposition.length;
    front[i] = f;
    frontPlaces[f]!.push(i);
    const h = active && rng.chance(b.initialHolding) ? 1 : 0;
    places[i] = h;
    frontHolding[f]! += h;
    holding += h;
  }
  const besieged = [...namedBesieged];
  for (let i = besieged.length + 1; besieged.length < BESIEGED_COUNT; i++) besieged.push(`besieged-${i}`);
  const reachedBefore = Math.min(
    BESIEGED_COUNT,
    state.observations['besieged-locations-reached']?.value ?? 0,
  );
  return {
    params,
    government,
    opposition,
    spoilers: [...state.designated],
    places,
    front,
    frontPlaces,
    frontHolding,
    holding,
    grudge: new Map(),
    blamed: new Map(),
    reports: new Map(),
    verified: new Map(),
    besieged,
    reached: new Set(besieged.slice(0, reachedBefore)),
    deterrence: 0,
    exclusions: 0,
    standingRule: state.hostilities.nonComplianceRule,
    lowDays: 0,
    pressureMonths: 0,
    nextViolation: 1,
  };
}

/**
 * Break place `i` (no-op when already broken); true when it was holding.
 *
 * @example
 * ```ts
 * breakPlace(world, 3);
 * ```
 */
export function breakPlace(w: IssgWorld, i: number): boolean {
  if (w.places[i] !== 1) return false;
  w.places[i] = 0;
  w.frontHolding[w.front[i]!]!--;
  w.holding--;
  return true;
}

/**
 * Calm place `i` again (no-op when holding).
 *
 * @example
 * ```ts
 * restorePlace(world, 3);
 * ```
 */
export function restorePlace(w: IssgWorld, i: number): void {
  if (w.places[i] !== 0) return;
  w.places[i] = 1;
  w.frontHolding[w.front[i]!]!++;
  w.holding++;
}

/**
 * Share of places holding: of all places, or of one party's front (the government's front is all places).
 *
 * @example
 * ```ts
 * holdingShare(world); // e.g. 0.82
 * holdingShare(world, 'hnc');
 * ```
 */
export function holdingShare(w: IssgWorld, party?: string): number {
  if (party === undefined || party === w.government) return w.holding / w.places.length;
  const f = w.opposition.indexOf(party);
  if (f < 0) return w.holding / w.places.length;
  return w.frontHolding[f]! / Math.max(1, w.frontPlaces[f]!.length);
}

/**
 * Forget the reports that can no longer be disputed: the decider accepts a dispute only for a violation
 * among the state's recent ones, and a violation leaves that list for good. Reports are kept in the order
 * they were made, so the oldest go first; stops at the first report still recent. Keeps the world's
 * memory bounded over long runs without changing any outcome.
 *
 * @example
 * ```ts
 * pruneReports(world, state.violations.recent);
 * ```
 */
export function pruneReports(w: IssgWorld, recent: readonly { readonly violation: string }[]): void {
  for (const id of w.reports.keys()) {
    for (let i = 0; i < recent.length; i++) if (recent[i]!.violation === id) return;
    w.reports.delete(id);
  }
}
