import type { FileHandle } from 'node:fs/promises';
import { UsageError, ValidationError } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent, DomainEvent, EventInput, RecordedEvent } from '../events/envelope.js';
import { hashLine } from '../hashChain.js';
import { type IdGenerator, streamSeqIds } from '../ids.js';
import { decodeRecord, locate } from '../ndjson/decode.js';
import { canonicalJson, encodeRecord } from '../ndjson/encode.js';
import { deepFreeze } from '../ndjson/jsonValue.js';
import { parseNdjson } from '../ndjson/lines.js';
import { type ListenerErrorHandler, listenerHub } from '../store/listeners.js';
import { prepareAppend } from '../store/prepare.js';
import { readRange } from '../store/readRange.js';
import type { AppendOptions, AppendResult, EventStore, ReadOptions, StoreListener } from '../store/types.js';
import { CONTINUED, type LineRecord } from './batches.js';
import { fileChunks } from './chunks.js';
import { acquireLock } from './lock.js';
import { CHECKPOINT_EVERY } from './logState.js';
import { openLog } from './open.js';
import { type Scanned, scanLog } from './scan.js';
import { emitWarning, type FileStoreWarning } from './warnings.js';

export interface FileStoreOptions {
  /** Validate (and upcast) appended events, and upcast records on read, with these event types. */
  readonly catalog?: EventCatalog<any>;
  /** Makes record ids; default `streamSeqIds` (`stream:seq`). */
  readonly ids?: IdGenerator;
  /**
   * Keep a hash chain (see `chainRecords`): every appended record carries the hash of the line before it,
   * and opening the log checks every link. Default: follow the log (chained if its first record has a
   * `prev`; a new log is unchained). Giving a value the log contradicts is a `UsageError`.
   */
  readonly hashChain?: boolean;
  /** Receives repairs and takeovers (torn last line, unfinished batch, stale lock); default `process.emitWarning`. */
  readonly onWarning?: (warning: FileStoreWarning) => void;
  /** Called when a listener throws (the append stands); default: rethrown asynchronously. */
  readonly onListenerError?: ListenerErrorHandler;
}

/**
 * An event store kept in an NDJSON file, one record a line, append-only, for Node.
 *
 * - **Durable**: `append` resolves only after its lines are written and `fdatasync`ed.
 * - **All-or-nothing after a crash**: a batch is written with one `write`; every line but its last ends
 *   with a space, so the last line is the batch's commit marker (see `CONTINUED`). Opening a log drops a
 *   torn last line and the lines of an unfinished batch (appends that never resolved) with a warning
 *   (`torn-line`, `uncommitted-batch`) and truncates the file; a damaged line anywhere else is a
 *   `CorruptLogError` naming the file and line, never skipped.
 * - **Checked on open**: the file is scanned as a stream: envelopes, gapless seqs, world time order and,
 *   for a chained log, every hash link. Records' data is checked against the catalog when read.
 * - **Small in memory**: only each stream's version, last world time and a read checkpoint every 1024
 *   records; `read` streams records from the file, so logs can hold millions of events.
 * - **One writer**: an exclusive lock (a claim file `<path>.lock.<pid>.<token>`, see `acquireLock`) keeps a
 *   second store (in this or another process) from opening the same log, also when several open it at
 *   once; a claim left by a crashed process is removed with a `stale-lock` warning.
 * - Appends are serialised: concurrent calls are applied one after another in call order.
 *
 * @example
 * ```ts
 * import { fileStore } from '@parley/core/node';
 * const store = await fileStore('vienna.ndjson', { catalog: issgEvents });
 * await store.append('vienna', events, { expectedVersion: await store.version('vienna') });
 * await store.close();
 * ```
 */
export async function fileStore(path: string, options: FileStoreOptions = {}): Promise<EventStore> {
  if (typeof path !== 'string' || path === '')
    throw new UsageError('fileStore: give the path of an NDJSON log');
  const warn = options.onWarning ?? emitWarning;
  const release = await acquireLock(path, warn);
  let fh: FileHandle | undefined;
  try {
    fh = await openLog(path);
    const opened = await scanLog(path, fh, options.hashChain, warn);
    return makeStore(path, fh, opened, options, release);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await release();
    throw e;
  }
}

function makeStore(
  path: string,
  fh: FileHandle,
  opened: Scanned,
  options: FileStoreOptions,
  release: () => Promise<void>,
): EventStore {
  const { state } = opened;
  const ctx = { catalog: options.catalog, ids: options.ids ?? streamSeqIds };
  const hub = listenerHub(options.onListenerError);
  let size = opened.size;
  let nextLine = opened.nextLine;
  let closed = false;
  let closing: Promise<void> | undefined;
  let broken: Error | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const guard = (what: string) => {
    if (closed)
      throw new UsageError(
        `fileStore.${what}: the store of "${path}" is closed; open it again with fileStore()`,
      );
  };

  async function write(records: readonly AnyRecordedEvent[]): Promise<{ items: LineRecord[]; end: number }> {
    const items: LineRecord[] = [];
    let text = '';
    let offset = size;
    records.forEach((r, i) => {
      const line = encodeRecord(r);
      const full = `${line}${i < records.length - 1 ? CONTINUED : ''}\n`;
      items.push({ record: r, line: nextLine + i, offset, text: line });
      offset += Buffer.byteLength(full);
      text += full;
    });
    const buf = Buffer.from(text, 'utf8');
    try {
      for (let done = 0; done < buf.length; ) {
        const { bytesWritten } = await fh.write(buf, done, buf.length - done, size + done);
        done += bytesWritten;
      }
      await fh.datasync();
    } catch (e) {
      try {
        await fh.truncate(size);
        await fh.datasync();
      } catch (undo) {
        broken = new UsageError(
          `fileStore("${path}"): an append failed (${(e as Error).message}) and could not be undone (${(undo as Error).message}); close the store and open the log again to repair it`,
        );
      }
      throw e;
    }
    return { items, end: size + buf.length };
  }

  return {
    append<E extends DomainEvent>(
      stream: string,
      events: readonly EventInput<E>[],
      opts?: AppendOptions,
    ): Promise<AppendResult<E>> {
      try {
        guard('append');
      } catch (e) {
        return Promise.reject(e);
      }
      return serial(async () => {
        if (broken) throw broken;
        const info = state.streams.get(stream);
        const prepared = prepareAppend(
          stream,
          events,
          opts,
          { version: info?.version ?? 0, lastAt: info?.lastAt },
          ctx,
        );
        let records = prepared.records;
        if (records.length === 0) return { records: [], version: prepared.head.version };
        if (state.chained) {
          let prev = state.head;
          records = records.map((r) => {
            const linked = Object.freeze({ ...r, prev });
            prev = hashLine(encodeRecord(linked));
            return linked;
          });
        }
        const { items, end } = await write(records);
        state.apply(items);
        size = end;
        nextLine += items.length;
        hub.publish(records);
        // made from these EventInput<E>s (checked against the catalog when there is one): see memoryStore
        return { records: records as unknown as readonly RecordedEvent<E>[], version: prepared.head.version };
      });
    },

    async *read(stream: string, opts?: ReadOptions): AsyncGenerator<AnyRecordedEvent, void, undefined> {
      guard('read');
      const { from, to } = readRange(stream, opts);
      const info = state.streams.get(stream);
      if (!info) return;
      const last = Math.min(to, info.version);
      if (from > last) return;
      const start = info.checkpoints[Math.floor((from - 1) / CHECKPOINT_EVERY)]!;
      const end = size;
      const prefix = `{"stream":${canonicalJson(stream)},`;
      for await (const l of parseNdjson(fileChunks(path, start.offset, end), { file: path })) {
        const text = l.text.endsWith(CONTINUED) ? l.text.slice(0, -CONTINUED.length) : l.text;
        if (text === '' || (text.startsWith('{"stream":') && !text.startsWith(prefix))) continue;
        const line = start.line + l.line - 1;
        let r = decodeRecord(text, { line, file: path });
        if (r.stream !== stream || r.seq < from) continue;
        if (ctx.catalog) {
          try {
            r = deepFreeze(ctx.catalog.upcast(r));
          } catch (e) {
            throw e instanceof ValidationError ? locate(e, { line, file: path }) : e;
          }
        }
        yield r;
        if (r.seq >= last) return;
      }
    },

    async version(stream: string) {
      guard('version');
      return state.streams.get(stream)?.version ?? 0;
    },

    async streams() {
      guard('streams');
      return [...state.streams.keys()];
    },

    subscribe(listener: StoreListener, opts?: { stream?: string }) {
      guard('subscribe');
      if (typeof listener !== 'function') throw new UsageError('subscribe: the listener must be a function');
      return hub.subscribe(listener, opts);
    },

    close() {
      if (!closing) {
        closed = true;
        hub.clear();
        closing = serial(async () => {
          await fh.close();
          await release();
        });
      }
      return closing;
    },
  };
}
