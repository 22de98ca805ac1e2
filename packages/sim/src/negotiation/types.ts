import type { Agenda, Preferences, Text, UncertainPreferences } from '@parley/negotiation';
import type { RunResult } from '../engine/types.js';

/**
 * A negotiation the Monte Carlo can run: the agenda, each delegation's preferences (point values and
 * ranges), the real outcome if there is one, and — optionally — what an outcome leads to (a run of a
 * stochastic model after the adopted text, or after the failure).
 */
export interface NegotiationModel {
  readonly agenda: Agenda;
  /** The role cards' preferences, one per party, in the agenda's party order. */
  readonly preferences: readonly Preferences[];
  /** The same preferences with ranges, one per party, in the agenda's party order. */
  readonly uncertain: readonly UncertainPreferences[];
  /** The strategies drawn for a party the sweep does not assign (e.g. `['boulware:0.2', 'linear']`). */
  readonly mix: readonly string[];
  /** Strategies fixed by the model (e.g. the chairs' mediator), overridden by the sweep's `strategies`. */
  readonly fixed: Readonly<Record<string, string>>;
  readonly realOutcome?: Text;
  /** Run `run` of the model that follows the outcome (`null`: no text adopted), for `days` days. */
  consequences?(text: Text | null, days: number, seed: number, run: number): RunResult;
}

/** What defines a negotiation sweep's output, byte for byte (plain JSON: it crosses to worker threads). */
export interface NegotiationSweepSpec {
  /** A built-in agenda id (`vienna-2016-05-17`). */
  readonly agenda: string;
  readonly runs: number;
  readonly seed: number;
  /** Strategies assigned to parties (`{ ru: 'hardliner' }`); the others draw from the mix each run. */
  readonly strategies: Readonly<Record<string, string>>;
  /** The strategies drawn from (default: the model's mix). */
  readonly mix: readonly string[] | null;
  /** Draw preferences inside their ranges (default) or keep the role cards' numbers. */
  readonly uncertain: boolean;
  /** Days of the model that follows each outcome, or null for the negotiation alone. */
  readonly thenDays: number | null;
}

/** One run of a negotiation sweep: small, JSON-safe, the same for the same (seed, run) on any machine. */
export interface NegotiationRunResult {
  readonly run: number;
  readonly status: 'adopted' | 'failed';
  /** The adopted text, or null. */
  readonly text: Text | null;
  /** The round the text was adopted in, or the round the negotiation failed in. */
  readonly round: number;
  /** The strategy each party played. */
  readonly strategies: Readonly<Record<string, string>>;
  /** With `thenDays`: the day the arrangement collapsed (null: it held), and when talks resumed. */
  readonly after: { readonly collapseDay: number | null; readonly talksDay: number | null } | null;
}
