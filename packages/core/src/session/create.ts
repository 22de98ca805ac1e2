import { BehaviorSubject, type Observable, Subject } from 'rxjs';
import { freeze } from '../_internals/immer.js';
import { fixedClock } from '../clock.js';
import type { Decider } from '../decider.js';
import { ConcurrencyError, UsageError } from '../errors.js';
import type { DomainEvent, EventInput, RecordedEvent } from '../events/envelope.js';
import { streamSeqIds } from '../ids.js';
import { memoryStore } from '../store/memory.js';
import { createTimeline, type Position } from '../timeline/timeline.js';
import { TerminalStateError } from './errors.js';
import { selectState } from './select.js';
import { createSharedFold } from './share.js';
import { stampEvents } from './stamp.js';
import type { DispatchOptions, ForkOptions, ParentRef, Session, SessionOptions } from './types.js';

/** A branch to start from: records already known (copied into the new store) and their state. */
interface Seed<S, E extends DomainEvent> {
  readonly records: readonly RecordedEvent<E>[];
  readonly state: S;
  readonly parent: ParentRef;
}

/**
 * Open a live session on a decider: `dispatch(command)` decides on the current state, validates the
 * events with the decider's catalog, appends them with the expected version, evolves the state (one
 * structurally shared, frozen state per dispatch, as immer's `produce` gives) and emits. An existing stream in the store is read first (`ready`).
 *
 * @example
 * ```ts
 * const session = createSession(decider, { clock: simulatedClock('2016-02-11') });
 * session.select((s) => s.status).subscribe((status) => console.log(status));
 * const records = await session.dispatch({ type: 'convene', at: '2016-02-11' });
 * session.stateAt('2016-02-11'); // time travel
 * const whatIf = session.fork(records[0]!.seq);
 * ```
 */
export function createSession<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  options: SessionOptions = {},
): Session<S, C, E> {
  return openSession(decider, options, undefined);
}

function openSession<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  options: SessionOptions,
  seed: Seed<S, E> | undefined,
): Session<S, C, E> {
  const ownsStore = options.store === undefined;
  const store = options.store ?? memoryStore();
  const stream = options.stream ?? decider.name;
  const clock = options.clock ?? fixedClock();
  const ids = options.ids ?? streamSeqIds;
  const retries = options.retries ?? 5;
  if (typeof stream !== 'string' || stream === '')
    throw new UsageError('createSession: stream must be a non-empty string (default: the decider name)');
  if (
    options.snapshotEvery !== undefined &&
    (!Number.isInteger(options.snapshotEvery) || options.snapshotEvery < 1)
  )
    throw new UsageError(
      `createSession: snapshotEvery must be an integer ≥ 1 (events between snapshots), got ${options.snapshotEvery}`,
    );
  if (!Number.isInteger(retries) || retries < 0)
    throw new UsageError(`createSession: retries must be an integer ≥ 0, got ${retries}`);

  const records: RecordedEvent<E>[] = seed ? [...seed.records] : [];
  let state: S = seed ? seed.state : freeze(decider.initial(), true);
  const timeline = createTimeline(decider, records, {
    stream,
    ...(options.snapshotEvery !== undefined ? { every: options.snapshotEvery } : {}),
    ...(options.snapshots !== undefined ? { snapshots: options.snapshots } : {}),
  });
  const stateSubject = new BehaviorSubject<S>(state);
  const eventSubject = new Subject<RecordedEvent<E>>();
  const fold = createSharedFold<S, RecordedEvent<E>>(decider.evolve);
  let closed = false;

  const upcast = (r: RecordedEvent<E>): RecordedEvent<E> =>
    freeze((decider.events ? decider.events.upcast(r) : r) as RecordedEvent<E>, true);

  /** Fold records that the store now holds into the state: one produce, then emit. */
  const apply = (batch: readonly RecordedEvent<E>[], emit: boolean): void => {
    if (batch.length === 0) return;
    for (let i = 0; i < batch.length; i++) {
      const expected = records.length + i + 1;
      if (batch[i]!.seq !== expected)
        throw new UsageError(
          `session "${stream}": the store returned seq ${batch[i]!.seq} where ${expected} was expected; the store breaks the EventStore contract (gapless seqs), check it with storeConformance`,
        );
    }
    state = fold.next(state, batch);
    for (const r of batch) records.push(r);
    if (!emit) return;
    for (const r of batch) eventSubject.next(r);
    stateSubject.next(state);
  };

  const readFrom = async (from: number): Promise<RecordedEvent<E>[]> => {
    const out: RecordedEvent<E>[] = [];
    for await (const r of store.read(stream, { from })) out.push(upcast(r as RecordedEvent<E>));
    return out;
  };

  const hydrate = async (): Promise<void> => {
    if (seed) {
      const inputs = seed.records.map(
        (r) =>
          ({
            type: r.type,
            data: r.data,
            at: r.at,
            id: r.id,
            v: r.v,
            ...(r.meta ? { meta: r.meta } : {}),
          }) as EventInput<E>,
      );
      if (inputs.length > 0) await store.append(stream, inputs, { expectedVersion: 'no-stream' });
      return;
    }
    const history = await readFrom(1);
    if (history.length === 0) return;
    for (let i = 0; i < history.length; i++) {
      if (history[i]!.seq !== i + 1)
        throw new UsageError(
          `session "${stream}": the store's stream starts or jumps at seq ${history[i]!.seq} (expected ${i + 1}); stores must keep seqs gapless from 1`,
        );
      records.push(history[i]!);
    }
    // through the timeline: a shared snapshot store saves folding the whole stream again
    state = timeline.stateAt(history.length);
    stateSubject.next(state);
  };

  const ready = hydrate();
  ready.catch(() => {}); // surfaced through every dispatch and to whoever awaits `ready`
  // Dispatches run one at a time, in call order. When none is pending (the usual case: each dispatch
  // awaited before the next) the next one starts at once, without a hop through the queue and without a
  // promise to track its end (it counts itself out when it ends); a dispatch made while another is pending
  // (e.g. by a subscriber while it is notified) waits for it.
  let queue: Promise<unknown> = ready; // settles once every queued dispatch has
  let last: Promise<unknown> | undefined; // the last dispatch started at once, if none was queued after it
  let pending = 0;
  let isReady = false;
  ready.then(
    () => {
      isReady = true;
    },
    () => {},
  );
  const settled = (): void => {};
  const enqueue = (command: C, opts: DispatchOptions): Promise<readonly RecordedEvent<E>[]> => {
    pending++;
    if (isReady && pending === 1) {
      const run = decideAndAppend(command, opts);
      last = run;
      return run;
    }
    const before = last !== undefined ? last.then(settled, settled) : queue;
    last = undefined;
    const run = before.then(() => decideAndAppend(command, opts));
    queue = run.then(settled, settled);
    return run;
  };

  /** One dispatch; counts itself out of `pending` when it ends. */
  const decideAndAppend = async (command: C, opts: DispatchOptions): Promise<readonly RecordedEvent<E>[]> => {
    try {
      let lastConflict: ConcurrencyError | undefined;
      for (let attempt = 0; attempt <= retries; attempt++) {
        if (decider.isTerminal?.(state)) throw new TerminalStateError(decider.name, stream, records.length);
        const decided = decider.decide(command, state);
        const inputs = stampEvents(decider, decided, command, {
          stream,
          version: records.length,
          clock,
          ids,
          at: opts.at,
          meta: opts.meta,
        });
        if (inputs.length === 0) return [];
        try {
          const result = await store.append(stream, inputs, { expectedVersion: records.length });
          const batch = result.records.map((r) => freeze(r, true) as RecordedEvent<E>);
          apply(batch, true);
          return batch;
        } catch (e) {
          if (!(e instanceof ConcurrencyError)) throw e;
          lastConflict = e;
          apply(await readFrom(records.length + 1), true);
        }
      }
      throw lastConflict!;
    } finally {
      pending--;
    }
  };

  const session: Session<S, C, E> = {
    decider,
    stream,
    store,
    ready,
    get state() {
      return state;
    },
    get version() {
      return records.length;
    },
    records,
    parent: seed?.parent,
    state$: stateSubject.asObservable(),
    events$: eventSubject.asObservable(),
    dispatch(command, opts = {}) {
      if (closed)
        return Promise.reject(
          new UsageError(`session "${stream}" is closed; create a new session to dispatch`),
        );
      return enqueue(command, opts);
    },
    select<T>(selector: (s: S) => T, compare?: (a: T, b: T) => boolean): Observable<T> {
      return stateSubject.pipe(selectState(selector, compare));
    },
    stateAt(position: Position): S {
      if (position === records.length) return state;
      const seq = typeof position === 'string' ? timeline.seqAt(position) : position;
      return seq === records.length ? state : timeline.stateAt(seq);
    },
    seqAt: (at) => timeline.seqAt(at),
    fork(position: Position, forkOptions: ForkOptions = {}): Session<S, C, E> {
      const seq = typeof position === 'string' ? timeline.seqAt(position) : position;
      const branchState = session.stateAt(seq); // validates seq
      const copied = records.slice(0, seq);
      const branchAt = copied[copied.length - 1]?.at ?? clock.now();
      return openSession(
        decider,
        {
          stream: forkOptions.stream ?? stream,
          clock: forkOptions.clock ?? fixedClock(branchAt),
          ids: forkOptions.ids ?? ids,
          retries,
          ...(forkOptions.snapshotEvery !== undefined ? { snapshotEvery: forkOptions.snapshotEvery } : {}),
          ...(forkOptions.snapshots !== undefined ? { snapshots: forkOptions.snapshots } : {}),
        },
        {
          records:
            forkOptions.stream === undefined
              ? copied
              : copied.map((r) => freeze({ ...r, stream: forkOptions.stream! }) as RecordedEvent<E>),
          state: branchState,
          parent: { stream, seq },
        },
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await (last !== undefined ? last.then(settled, settled) : queue);
      stateSubject.complete();
      eventSubject.complete();
      if (ownsStore) await store.close();
    },
  };
  return session;
}
