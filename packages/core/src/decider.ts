import type { Draft } from 'immer';
import type { EventCatalog } from './events/catalog.js';
import type { DomainEvent, EventInput, RecordedEvent } from './events/envelope.js';

/**
 * A decider (Chassaing's pattern, as in Emmett): the whole behaviour of a negotiation as three pure pieces.
 *
 * - `initial()` returns a fresh initial state (a new object on every call);
 * - `decide(command, state)` returns the events the command causes, or throws an `InvariantError` naming
 *   the broken rule; it must not mutate `state`;
 * - `evolve(draft, event)` is an immer recipe: it mutates `draft` and returns nothing. The same recipe runs
 *   through immer in a live session and straight on a private mutable copy in `replay`, so it must only
 *   read and write the draft (no `original()`/`current()`, no returning a new state, no keeping references
 *   to the draft).
 *
 * State must be plain data (objects, arrays, strings, numbers, booleans, null): it is cloned with
 * `structuredClone` and frozen deeply.
 *
 * @example
 * ```ts
 * const counter: Decider<{ n: number }, { type: 'add'; by: number }, DomainEvent<'added', { by: number }>> = {
 *   name: 'counter', version: '1',
 *   initial: () => ({ n: 0 }),
 *   decide: (c) => [{ type: 'added', data: { by: c.by } }],
 *   evolve: (s, e) => { s.n += e.data.by; },
 * };
 * ```
 */
export interface Decider<S, C, E extends DomainEvent = DomainEvent> {
  /** Name of the decider (used in snapshot keys and messages). */
  readonly name: string;
  /**
   * Version of the decider's `evolve`: change it whenever a change to `evolve` or the state shape would
   * make old snapshots wrong. Snapshots taken under another version are never used.
   */
  readonly version: string;
  /** The runtime schemas of the events; when present, every event entering a session is validated. */
  readonly events?: EventCatalog<E>;
  initial(): S;
  decide(command: C, state: S): readonly EventInput<E>[];
  evolve(draft: Draft<S>, event: RecordedEvent<E>): void;
  /** True when the negotiation is over and accepts no more commands. */
  isTerminal?(state: S): boolean;
}

/** The state type of a decider. */
export type StateOf<D> = D extends Decider<infer S, any, any> ? S : never;
/** The command type of a decider. */
export type CommandOf<D> = D extends Decider<any, infer C, any> ? C : never;
/** The domain event type of a decider. */
export type EventOf<D> = D extends Decider<any, any, infer E> ? E : never;

/**
 * A decider whose state, command and event types are not known where it is held: a registry of
 * scenarios, a front end that reads any domain's logs. `Decider` is invariant in its types (`decide`
 * reads the state, `evolve` writes it), so a concrete decider is not a `Decider<unknown, unknown>`; this
 * existential type accepts any of them without a cast, and gives them back as `any` — narrow with the
 * domain's own types (`issgDecider`) before deciding.
 *
 * @example
 * ```ts
 * const registry: readonly AnyDecider[] = [issgDecider, bargaining];
 * ```
 */
export type AnyDecider = Decider<any, any, any>;

/**
 * An event catalog of any domain (see {@link AnyDecider}): what a log reader validates records against.
 *
 * @example
 * ```ts
 * const catalogs: readonly AnyEventCatalog[] = [issgEvents];
 * ```
 */
export type AnyEventCatalog = EventCatalog<any>;
