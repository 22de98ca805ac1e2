import type { Draft } from 'immer';
import { freeze } from './_internals/immer.js';
import type { Decider } from './decider.js';
import type { DomainEvent, RecordedEvent } from './events/envelope.js';

/** A state at a position of a stream, to continue a replay from. */
export interface StateAtSeq<S> {
  readonly state: S;
  /** The seq of the last event folded into `state` (0 for the initial state). */
  readonly seq: number;
}

/**
 * A deep, unfrozen copy of a state. States are plain data (see `Decider`): plain objects and arrays are
 * copied by hand, which is several times faster than `structuredClone` (no serialisation); anything else
 * (a `Date`, a `Map`, a class instance) falls back to `structuredClone` for that value.
 */
export function cloneState<T>(value: T): T {
  return copy(value) as T;
}

function copy(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const n = v.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = copy(v[i]);
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return structuredClone(v);
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const x = copy((v as Record<string, unknown>)[k]);
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
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

/**
 * Start a {@link Folder} from the decider's initial state or from a (frozen) state at a seq.
 *
 * @example
 * ```ts
 * const folder = createFolder(decider, snapshot); // from initial() when no snapshot
 * for (const command of commands) {
 *   for (const e of decider.decide(command, folder.state)) folder.apply(stamp(e));
 * }
 * const state = folder.result();
 * ```
 */
export function createFolder<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  from?: StateAtSeq<S>,
): Folder<S, E> {
  const working: S = from ? cloneState(from.state) : decider.initial();
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
 * @param options - `from`: continue from a state at a seq (e.g. a snapshot) instead of `initial()`.
 *
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
  const working: S = options.from ? cloneState(options.from.state) : decider.initial();
  const draft = working as Draft<S>;
  const evolve = decider.evolve;
  // The hot loop: one call per event, no wrapper; arrays (the common case) without an iterator.
  if (Array.isArray(events)) {
    const list = events as readonly RecordedEvent<E>[];
    for (let i = 0, n = list.length; i < n; i++) evolve(draft, list[i]!);
  } else for (const e of events) evolve(draft, e);
  return freeze(working, true);
}

/**
 * {@link replay} over an async iterable, e.g. `store.read(stream)`; memory stays flat for any log size.
 *
 * @example
 * ```ts
 * const store = await fileStore('negotiation.ndjson');
 * const state = await replayAsync(decider, store.read('negotiation'));
 * ```
 */
export async function replayAsync<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  events: AsyncIterable<RecordedEvent<E>>,
  options: { from?: StateAtSeq<S> } = {},
): Promise<S> {
  const working: S = options.from ? cloneState(options.from.state) : decider.initial();
  const draft = working as Draft<S>;
  const evolve = decider.evolve;
  for await (const e of events) evolve(draft, e);
  return freeze(working, true);
}
