import { UsageError } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent, DomainEvent, EventInput, RecordedEvent } from '../events/envelope.js';
import { type IdGenerator, streamSeqIds } from '../ids.js';
import { type ListenerErrorHandler, listenerHub } from './listeners.js';
import { prepareAppend } from './prepare.js';
import { readRange } from './readRange.js';
import type { AppendOptions, AppendResult, EventStore, ReadOptions, StoreListener } from './types.js';

export interface MemoryStoreOptions {
  /** Validate (and upcast) every appended event's data against these event types. */
  readonly catalog?: EventCatalog<any>;
  /** Makes record ids; default `streamSeqIds` (`stream:seq`). */
  readonly ids?: IdGenerator;
  /** Called when a listener throws (the append stands); default: rethrown asynchronously. */
  readonly onListenerError?: ListenerErrorHandler;
}

/**
 * The default event store: streams kept in memory, in this process only. Appends are atomic and
 * synchronous under the hood (they resolve at once), records are deeply frozen and never copied on read,
 * a read sees the stream as it was when iteration began, and listeners are called after each successful
 * append in append order. Passes `storeConformance`.
 *
 * @example
 * ```ts
 * const store = memoryStore({ catalog: issgEvents });
 * await store.append('vienna', [{ type: 'meeting-convened', data: { … }, at: '2015-10-30' }],
 *   { expectedVersion: 'no-stream' });
 * for await (const r of store.read('vienna')) console.log(r.seq, r.type);
 * ```
 */
export function memoryStore(options: MemoryStoreOptions = {}): EventStore {
  const ctx = { catalog: options.catalog, ids: options.ids ?? streamSeqIds };
  const streams = new Map<string, AnyRecordedEvent[]>();
  const hub = listenerHub(options.onListenerError);
  let closed = false;
  const guard = (what: string) => {
    if (closed) throw new UsageError(`memoryStore.${what}: the store is closed; open a new store`);
  };
  const versionOf = (stream: string) => streams.get(stream)?.length ?? 0;

  return {
    async append<E extends DomainEvent>(
      stream: string,
      events: readonly EventInput<E>[],
      opts?: AppendOptions,
    ): Promise<AppendResult<E>> {
      guard('append');
      const list = streams.get(stream);
      const last = list?.[list.length - 1];
      const { records, head } = prepareAppend(
        stream,
        events,
        opts,
        { version: list?.length ?? 0, lastAt: last?.at },
        ctx,
      );
      if (records.length > 0) {
        if (list) for (const r of records) list.push(r);
        else streams.set(stream, [...records]);
        hub.publish(records);
      }
      // made from these EventInput<E>s (checked against the catalog when there is one): RecordedEvent<E>s, which
      // TS cannot see through prepareAppend's untyped validation of untrusted input
      return { records: records as unknown as readonly RecordedEvent<E>[], version: head.version };
    },
    async *read(stream: string, opts?: ReadOptions): AsyncGenerator<AnyRecordedEvent, void, undefined> {
      guard('read');
      const { from, to } = readRange(stream, opts);
      const list = streams.get(stream);
      if (!list) return;
      const end = Math.min(to, list.length);
      for (let seq = from; seq <= end; seq++) yield list[seq - 1]!;
    },
    async version(stream: string) {
      guard('version');
      return versionOf(stream);
    },
    async streams() {
      guard('streams');
      return [...streams.keys()];
    },
    subscribe(listener: StoreListener, opts?: { stream?: string }) {
      guard('subscribe');
      if (typeof listener !== 'function') throw new UsageError('subscribe: the listener must be a function');
      return hub.subscribe(listener, opts);
    },
    async close() {
      closed = true;
      hub.clear();
    },
  };
}
