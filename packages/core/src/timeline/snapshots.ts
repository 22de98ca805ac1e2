import { UsageError } from '../errors.js';

/** A state remembered at a position of a stream. `state` is deeply frozen. */
export interface Snapshot<S = unknown> {
  /** The seq of the last event folded into `state`. */
  readonly seq: number;
  readonly state: S;
}

/**
 * Where snapshots live. Keys come from {@link snapshotKey}: the decider's name and version and the stream,
 * so a snapshot taken under another decider version is never found, let alone used.
 *
 * The interface is synchronous on purpose: time travel is interactive (a viewer scrubbing a timeline) and
 * must not wait on I/O per call. A persistent adapter loads its snapshots up front and writes behind.
 */
export interface SnapshotStore {
  /** The snapshot under `key` with the greatest seq ≤ `seq`, or undefined. */
  load<S>(key: string, seq: number): Snapshot<S> | undefined;
  /** Remember `state` at `seq` under `key` (replacing any snapshot at the same seq). */
  save<S>(key: string, snapshot: Snapshot<S>): void;
}

/**
 * The key of a decider's snapshots of one stream: `name@version/stream`.
 *
 * @example
 * ```ts
 * snapshotKey({ name: 'issg', version: '3' }, 'issg-2015-2016'); // 'issg@3/issg-2015-2016'
 * ```
 */
export function snapshotKey(
  decider: { readonly name: string; readonly version: string },
  stream: string,
): string {
  return `${decider.name}@${decider.version}/${stream}`;
}

/**
 * An in-memory {@link SnapshotStore}: per key, snapshots sorted by seq; `load` is a binary search.
 *
 * @example
 * ```ts
 * const snapshots = memorySnapshots();
 * const timeline = createTimeline(decider, records, { every: 500, snapshots });
 * ```
 */
export function memorySnapshots(): SnapshotStore & { keys(): readonly string[]; size(key: string): number } {
  const byKey = new Map<string, Snapshot<unknown>[]>();
  return {
    load<S>(key: string, seq: number): Snapshot<S> | undefined {
      const list = byKey.get(key);
      if (!list) return undefined;
      const i = lastAtOrBefore(list, seq);
      return i < 0 ? undefined : (list[i] as Snapshot<S>);
    },
    save<S>(key: string, snapshot: Snapshot<S>): void {
      if (!Number.isInteger(snapshot.seq) || snapshot.seq < 0)
        throw new UsageError(`memorySnapshots.save: seq must be an integer ≥ 0, got ${String(snapshot.seq)}`);
      let list = byKey.get(key);
      if (!list) {
        list = [];
        byKey.set(key, list);
      }
      const last = list[list.length - 1];
      if (!last || last.seq < snapshot.seq) {
        list.push(snapshot);
        return;
      }
      const i = lastAtOrBefore(list, snapshot.seq);
      if (i >= 0 && list[i]!.seq === snapshot.seq) list[i] = snapshot;
      else list.splice(i + 1, 0, snapshot);
    },
    keys: () => [...byKey.keys()],
    size: (key) => byKey.get(key)?.length ?? 0,
  };
}

/** Index of the last snapshot with seq ≤ `seq` in a list sorted by seq, or -1. */
function lastAtOrBefore(list: readonly Snapshot<unknown>[], seq: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.seq <= seq) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
