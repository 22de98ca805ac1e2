/** The `replay` of core before the benchmarks (commit ff3d0ce), kept to measure what changed: `replay.ab.ts`. */

import type { Decider, DomainEvent, RecordedEvent } from '@parley/core';
import type { Draft } from 'immer';
import { freeze } from 'immer';

/** A state at a position of a stream, to continue a replay from. */
export interface StateAtSeq<S> {
  readonly state: S;
  /** The seq of the last event folded into `state` (0 for the initial state). */
  readonly seq: number;
}

/**
 * A private mutable working copy of a decider's state: `apply` runs `evolve` straight on plain objects,
 * with no immer proxies; `result()` freezes once and hands the state out. Used by `replay` and by
 * simulators that step a state many times. After `result()` the folder must not be used again.
 *
 * @example
 * ```ts
 * const f = createFolder(decider);
 * for (const e of events) f.apply(e);
 * const state = f.result(); // deeply frozen
 * ```
 */
export interface Folder<S, E extends DomainEvent> {
  /** The working state. Read it (e.g. to `decide`), never keep it after `result()`. */
  readonly state: S;
  /** Seq of the last applied event. */
  readonly seq: number;
  apply(event: RecordedEvent<E>): void;
  /** Freeze the working copy deeply and return it. */
  result(): S;
}

/** Start a {@link Folder} from the decider's initial state or from a (frozen) state at a seq. */
export function createFolder<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  from?: StateAtSeq<S>,
): Folder<S, E> {
  const working: S = from ? structuredClone(from.state) : decider.initial();
  const draft = working as Draft<S>;
  const evolve = decider.evolve;
  let seq = from?.seq ?? 0;
  let done = false;
  return {
    get state() {
      return working;
    },
    get seq() {
      return seq;
    },
    apply(event) {
      if (done) throw new Error('createFolder: apply() after result(); start a new folder');
      evolve(draft, event);
      seq = event.seq;
    },
    result() {
      done = true;
      return freeze(working, true);
    },
  };
}

/**
 * Fold recorded events into a state, fast: the decider's `evolve` recipes are applied to a private mutable
 * copy (no immer proxies) and the result is deeply frozen once at the end. Equal, for every event
 * sequence, to the state a live session reaches through immer (a property test holds them together).
 *
 * @param from continue from a state at a seq (e.g. a snapshot) instead of `initial()`.
 * @example
 * ```ts
 * const state = replay(decider, records);
 * const later = replay(decider, tail, { from: { state, seq: 100 } });
 * ```
 */
export function replay<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  events: Iterable<RecordedEvent<E>>,
  options: { from?: StateAtSeq<S> } = {},
): S {
  const f = createFolder(decider, options.from);
  for (const e of events) f.apply(e);
  return f.result();
}

/** {@link replay} over an async iterable, e.g. `store.read(stream)`; memory stays flat for any log size. */
export async function replayAsync<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  events: AsyncIterable<RecordedEvent<E>>,
  options: { from?: StateAtSeq<S> } = {},
): Promise<S> {
  const f = createFolder(decider, options.from);
  for await (const e of events) f.apply(e);
  return f.result();
}
