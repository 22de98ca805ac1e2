import type { Observable } from 'rxjs';
import type { Clock } from '../clock.js';
import type { Decider } from '../decider.js';
import type { DomainEvent, EventMeta, RecordedEvent } from '../events/envelope.js';
import type { IdGenerator } from '../ids.js';
import type { EventStore } from '../store/types.js';
import type { SnapshotStore } from '../timeline/snapshots.js';
import type { Position } from '../timeline/timeline.js';

export interface SessionOptions {
  /** Where events are appended (default a fresh `memoryStore()`, closed with the session). */
  readonly store?: EventStore;
  /** The stream of this session (default the decider's name). */
  readonly stream?: string;
  /** World time of events that give none (default `fixedClock()`, `1970-01-01`). */
  readonly clock?: Clock;
  /** Ids of new records (default `streamSeqIds`: `stream:seq`). */
  readonly ids?: IdGenerator;
  /** Snapshot distance for `stateAt` and `fork` (default 1000 events). */
  readonly snapshotEvery?: number;
  /**
   * Where time-travel snapshots are kept (default a private `memorySnapshots()`). A shared store also
   * speeds up hydration; share it only between sessions of the same stream history.
   */
  readonly snapshots?: SnapshotStore;
  /** How many times a dispatch decides again after another writer appended first (default 5). */
  readonly retries?: number;
}

export interface DispatchOptions {
  /** Metadata every event of this command carries (source, cause, actor…); an event's own meta wins. */
  readonly meta?: EventMeta;
  /** World time of the events, unless an event gives its own `at`. */
  readonly at?: string;
}

export interface ForkOptions {
  /** Stream of the fork (default the parent's stream, in the fork's own store). */
  readonly stream?: string;
  /** Clock of the fork (default a fixed clock at the world time of the branch point). */
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly snapshotEvery?: number;
  /**
   * The fork's snapshots (default a private `memorySnapshots()`). Never the parent's store under the same
   * stream name: after the branch point the two histories differ.
   */
  readonly snapshots?: SnapshotStore;
}

/** Where a fork branched from. */
export interface ParentRef {
  readonly stream: string;
  /** The last seq copied from the parent. */
  readonly seq: number;
}

/**
 * A live negotiation: commands in, events appended to a store, frozen states out.
 * Created by `createSession`.
 */
export interface Session<S, C, E extends DomainEvent = DomainEvent> {
  readonly decider: Decider<S, C, E>;
  readonly stream: string;
  readonly store: EventStore;
  /** Resolves once the session has read its stream from the store (dispatches wait for it anyway). */
  readonly ready: Promise<void>;
  /** The current state: deeply frozen, sharing unchanged subtrees with the previous state. */
  readonly state: S;
  /** The stream's version: the seq of the last record folded into `state` (0 when empty). */
  readonly version: number;
  /** Every record of the stream, in seq order (`records[seq - 1]`). */
  readonly records: readonly RecordedEvent<E>[];
  /** The branch point when this session is a fork, else undefined. */
  readonly parent: ParentRef | undefined;
  /** The current state on subscribe, then every new state (one per dispatch). */
  readonly state$: Observable<S>;
  /** Each record as it is folded into the state, after `ready` (history is in `records`). */
  readonly events$: Observable<RecordedEvent<E>>;
  /**
   * Decide, validate, append (with the expected version), evolve and emit. Dispatches are queued: they
   * run one at a time in call order, even when a subscriber dispatches while being notified. Resolves
   * with the recorded events; rejects with the decider's `InvariantError`, a `ValidationError` for an
   * invalid event, a `TerminalStateError` once the negotiation is over, or a `ConcurrencyError` when
   * other writers keep winning.
   */
  dispatch(command: C, options?: DispatchOptions): Promise<readonly RecordedEvent<E>[]>;
  /** A slice of the state that emits only when it changes (`distinctUntilChanged`, `===` by default). */
  select<T>(selector: (state: S) => T, compare?: (a: T, b: T) => boolean): Observable<T>;
  /** The state after the event at a seq, or after every event dated on or before a world time. */
  stateAt(position: Position): S;
  /** The seq of the last event dated on or before a world time (0 when none is). */
  seqAt(at: string): number;
  /** A new in-memory session branched at a position; dispatching on it never touches this one. */
  fork(position: Position, options?: ForkOptions): Session<S, C, E>;
  /** Finish queued dispatches, complete the observables; further dispatches reject. */
  close(): Promise<void>;
}
