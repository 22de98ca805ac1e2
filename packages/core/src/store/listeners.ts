import type { AnyRecordedEvent } from '../events/envelope.js';
import type { StoreListener } from './types.js';

/** What to do when a store listener throws: the append has already succeeded and is not undone. */
export type ListenerErrorHandler = (error: unknown, record: AnyRecordedEvent) => void;

/**
 * By default a listener's error is rethrown asynchronously, like an unhandled error in an RxJS observer.
 *
 * @example
 * ```ts
 * memoryStore({ onListenerError: rethrowAsync }); // the default
 * ```
 */
export const rethrowAsync: ListenerErrorHandler = (error) => {
  queueMicrotask(() => {
    throw error;
  });
};

/**
 * The subscription side of a store: listeners for all streams or one, notified in append order. Records
 * published while listeners are being notified (a listener that appends) are queued behind the current
 * ones, so every listener sees every record in the same, global append order.
 *
 * @example
 * ```ts
 * const hub = listenerHub();
 * const off = hub.subscribe((r) => console.log(r.seq), { stream: 's' });
 * hub.publish(records); off();
 * ```
 */
export function listenerHub(onError: ListenerErrorHandler = rethrowAsync) {
  type Entry = { readonly listener: StoreListener; readonly stream: string | undefined; active: boolean };
  let entries: Entry[] = [];
  const queue: AnyRecordedEvent[] = [];
  let draining = false;
  return {
    subscribe(listener: StoreListener, options: { stream?: string } = {}): () => void {
      const entry: Entry = { listener, stream: options.stream, active: true };
      entries = [...entries, entry];
      return () => {
        if (!entry.active) return;
        entry.active = false;
        entries = entries.filter((e) => e !== entry);
      };
    },
    publish(records: readonly AnyRecordedEvent[]): void {
      if (entries.length === 0 && !draining) return;
      for (const r of records) queue.push(r);
      if (draining) return;
      draining = true;
      try {
        for (let i = 0; i < queue.length; i++) {
          const r = queue[i]!;
          for (const e of entries) {
            if (!e.active || (e.stream !== undefined && e.stream !== r.stream)) continue;
            try {
              e.listener(r);
            } catch (err) {
              onError(err, r);
            }
          }
        }
      } finally {
        queue.length = 0;
        draining = false;
      }
    },
    clear(): void {
      for (const e of entries) e.active = false;
      entries = [];
    },
  };
}
