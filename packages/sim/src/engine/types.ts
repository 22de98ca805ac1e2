import type { Decider, DomainEvent, RecordedEvent } from '@parley/core';
import type { Rng } from '../rng/rng.js';

/**
 * A policy: what a party does on a simulated day, given what it can see and its own random stream.
 * Must be pure apart from drawing from `rng` (no `Math.random()`, no clock, no shared mutable state).
 *
 * @example
 * ```ts
 * const quiet: Policy<{ day: number }, never> = () => [];
 * ```
 */
export type Policy<V, C> = (view: V, rng: Rng) => readonly C[];

/** An agent of a simulation: a party (or an institution) with a kind and a policy. */
export interface Agent<V, C> {
  /** Stable id; also names the agent's random stream (see `deriveSeed`). */
  readonly id: string;
  /** What sort of party it is, e.g. `government`, `opposition`, `spoiler`, `co-chair`, `humanitarian`. */
  readonly kind: string;
  readonly policy: Policy<V, C>;
}

/** What the engine hands a model on each day. */
export interface DayContext<S, W> {
  /** 1-based simulated day (day 1 is the day after the start date). */
  readonly day: number;
  /** World time of the day (ISO date). */
  readonly at: string;
  /** The decider's working state: read it, never keep it or mutate it. */
  readonly state: S;
  /** The model's latent world for this run (what the event log does not hold). */
  readonly world: W;
}

/** One day's numbers: indicators in [0, 1] (or ≥ 0), and flags the statistics need. */
export interface DayObservation {
  readonly indicators: Readonly<Record<string, number>>;
  /** The arrangement has collapsed (absorbing). */
  readonly collapsed: boolean;
  /** Talks are in session or scheduled again. */
  readonly talks: boolean;
  /** Parties excluded so far in this run. */
  readonly exclusions: number;
}

/**
 * A stochastic model over a decider. The engine owns the loop, the random streams and the decider's working
 * state; the model supplies the latent world, nature's moves, the agents and their views, and observations.
 * Every command (from nature or an agent) goes through `decider.decide`, and its events through `evolve`.
 * Agents emit actions `A` (by default the decider's commands); `translate` maps the others to commands.
 */
export interface SimModel<S, C, E extends DomainEvent, W, V, A = C> {
  readonly id: string;
  readonly decider: Decider<S, C, E>;
  /** Names of the indicators `observe` returns, in output order. */
  readonly indicators: readonly string[];
  /** The agents of a run, given the state at the start. */
  agents(state: S): readonly Agent<V, A>[];
  /** The latent world of one run. */
  createWorld(state: S, rng: Rng, start: string): W;
  /** Nature's move at the start of a day: mutate the world, return commands (e.g. violation reports). */
  nature(ctx: DayContext<S, W>, rng: Rng): readonly C[];
  /** What an agent can know today. */
  view(agent: Agent<V, A>, ctx: DayContext<S, W>): V;
  /**
   * Turn an agent's action into the decider's commands (e.g. a `strike` into the world's damage and a
   * violation report whose culprit is drawn with noise). Without it, actions are commands.
   */
  translate?(ctx: DayContext<S, W>, action: A, actor: string, rng: Rng): readonly C[];
  /** Called for every event the decider accepted, after `evolve`, so the world can react. */
  onEvent?(ctx: DayContext<S, W>, event: RecordedEvent<E>, actor: string): void;
  /** Called when `decide` refused a command (an invariant said no). */
  onRefused?(ctx: DayContext<S, W>, command: C, actor: string, rule: string): void;
  /** The day's numbers, after everyone has moved. */
  observe(ctx: DayContext<S, W>): DayObservation;
}

/** The outcome of one run: small, JSON-safe, and identical for the same (seed, run) on any machine. */
export interface RunResult {
  /** 0-based run index within the sweep. */
  readonly run: number;
  /** The run's nature seed (agents' seeds derive from the sweep seed, the run and their ids). */
  readonly seed: number;
  /** Day of collapse (1-based), or null when the arrangement lasted the horizon (censored). */
  readonly collapseDay: number | null;
  /** First day talks were resumed (in session or scheduled), or null. */
  readonly talksDay: number | null;
  readonly exclusions: number;
  /** Events accepted by the decider; commands it refused. */
  readonly events: number;
  readonly refused: number;
  /** Daily indicator values (index 0 = day 1), rounded to 4 decimals. */
  readonly indicators: Readonly<Record<string, readonly number[]>>;
}
