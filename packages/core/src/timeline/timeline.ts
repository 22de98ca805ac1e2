import { freeze } from '../_internals/immer.js';
import type { Decider } from '../decider.js';
import { UsageError } from '../errors.js';
import type { DomainEvent, RecordedEvent } from '../events/envelope.js';
import { createFolder, replay } from '../replay.js';
import { seqAt } from './position.js';
import { shareCopy } from './share.js';
import { memorySnapshots, type Snapshot, type SnapshotStore, snapshotKey } from './snapshots.js';

/** A position in a stream: a seq (0 = before the first event), or a world time (after every event dated on or before it). */
export type Position = number | string;

/** Default distance between two snapshots, in events. */
export const DEFAULT_SNAPSHOT_EVERY = 1000;

export interface TimelineOptions {
  /** Take a snapshot every `every` events (default {@link DEFAULT_SNAPSHOT_EVERY}). */
  readonly every?: number;
  /** Where snapshots are kept (default a private {@link memorySnapshots}). */
  readonly snapshots?: SnapshotStore;
  /** Stream name used in the snapshot key (default the stream of the first record). */
  readonly stream?: string;
}

/**
 * Random access to the states of one stream. Answers in O(K) for a snapshot distance K, never O(n): the
 * nearest snapshot at or before the position, then the tail folded with the mutable fast path of `replay`.
 */
export interface Timeline<S, E extends DomainEvent = DomainEvent> {
  /** The last seq (the number of records). */
  readonly length: number;
  /** The snapshot distance in events. */
  readonly every: number;
  /** The key under which this timeline's snapshots are stored. */
  readonly key: string;
  /** The state after the event at `seq`, or after every event dated on or before a world time. Frozen. */
  stateAt(position: Position): S;
  /** The seq of the last event dated on or before `at` (0 when none is). Binary search. */
  seqAt(at: string): number;
  /** The records, 1-based: `records[seq - 1]`. */
  readonly records: readonly RecordedEvent<E>[];
}

/**
 * Index a stream's records for time travel. Snapshots are taken lazily, every `every` events, the first
 * time a position past them is asked for; they are folded with the mutable fast path of `replay` and
 * copied so that consecutive snapshots share every subtree that did not change (memory grows with what
 * changed, not with the number of snapshots). Snapshots are keyed by the decider's name
 * and version ({@link snapshotKey}): a snapshot saved under another version is never used.
 *
 * `records` must be the records of one stream from seq 1, gapless, with non-decreasing world time (as
 * every store guarantees). The array may grow afterwards (append-only); the timeline follows it.
 *
 * @example
 * ```ts
 * const timeline = createTimeline(decider, records, { every: 500 });
 * timeline.stateAt(42);            // after event 42
 * timeline.stateAt('2016-02-27');  // after every event dated on or before 27 February 2016
 * timeline.seqAt('2016-02-27');    // the seq of the last such event
 * ```
 */
export function createTimeline<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  records: readonly RecordedEvent<E>[],
  options: TimelineOptions = {},
): Timeline<S, E> {
  const every = options.every ?? DEFAULT_SNAPSHOT_EVERY;
  if (!Number.isInteger(every) || every < 1)
    throw new UsageError(
      `createTimeline: every must be an integer ≥ 1 (events between snapshots), got ${every}`,
    );
  const snapshots = options.snapshots ?? memorySnapshots();
  let key: string | undefined;
  const keyOf = (): string => {
    if (key === undefined) {
      const stream = options.stream ?? records[0]?.stream;
      if (stream === undefined) return snapshotKey(decider, '');
      key = snapshotKey(decider, stream);
    }
    return key;
  };
  let initial: S | undefined;
  const initialState = (): S => {
    if (initial === undefined) initial = freeze(decider.initial(), true);
    return initial;
  };
  /** Every multiple of `every` up to `builtUpTo` has a snapshot. */
  let builtUpTo = 0;

  const check = (i: number): RecordedEvent<E> => {
    const r = records[i]!;
    if (r.seq !== i + 1)
      throw new UsageError(
        `createTimeline: records must start at seq 1 and be gapless, but records[${i}] has seq ${r.seq}; pass the whole stream`,
      );
    return r;
  };

  const build = (target: number): void => {
    const upTo = Math.floor(target / every) * every;
    if (upTo <= builtUpTo) return;
    const k = keyOf();
    let base: Snapshot<S> | undefined = builtUpTo > 0 ? snapshots.load<S>(k, builtUpTo) : undefined;
    const stored = snapshots.load<S>(k, upTo);
    if (stored && stored.seq >= (base?.seq ?? 0)) base = stored;
    // fold on a private mutable copy (the fast path of `replay`); at each multiple of `every`, keep a
    // frozen copy that shares every unchanged subtree with the previous snapshot
    const folder = createFolder(decider, base);
    let previous: unknown = base?.state;
    for (let i = folder.seq; i < upTo; i++) {
      folder.apply(check(i));
      if ((i + 1) % every === 0) {
        previous = shareCopy(folder.state, previous);
        snapshots.save<S>(k, { seq: i + 1, state: previous as S });
      }
    }
    builtUpTo = upTo;
  };

  const resolve = (position: Position, fn: string): number => {
    if (typeof position === 'string') return seqAt(records, position, `${fn}`);
    if (!Number.isInteger(position) || position < 0 || position > records.length)
      throw new UsageError(
        `${fn}: seq must be an integer between 0 and ${records.length} (the stream's version), got ${position}; or pass a world time`,
      );
    return position;
  };

  return {
    get length() {
      return records.length;
    },
    every,
    get key() {
      return keyOf();
    },
    records,
    seqAt: (at) => seqAt(records, at, 'timeline.seqAt'),
    stateAt(position) {
      const seq = resolve(position, 'timeline.stateAt');
      if (seq === 0) return initialState();
      build(seq);
      const snap = snapshots.load<S>(keyOf(), seq);
      if (snap && snap.seq === seq) return snap.state;
      const from = snap?.seq ?? 0;
      if (from === 0) return replay(decider, records.slice(0, seq));
      check(from);
      check(seq - 1);
      return replay(decider, records.slice(from, seq), { from: snap! });
    },
  };
}
