import { CorruptLogError, UsageError } from '../../errors.js';
import type { EventCatalog } from '../../events/catalog.js';
import type { AnyRecordedEvent, DomainEvent, EventInput, RecordedEvent } from '../../events/envelope.js';
import { hashLine } from '../../hashChain.js';
import { type IdGenerator, streamSeqIds } from '../../ids.js';
import { decodeRecord } from '../../ndjson/decode.js';
import { encodeRecord } from '../../ndjson/encode.js';
import { deepFreeze } from '../../ndjson/jsonValue.js';
import { type ListenerErrorHandler, listenerHub } from '../../store/listeners.js';
import { prepareAppend } from '../../store/prepare.js';
import { readRange } from '../../store/readRange.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadOptions,
  StoreListener,
} from '../../store/types.js';
import type { PgDriver } from './driver.js';
import { nodePgDriver } from './nodePg.js';
import { optText, toInt } from './rows.js';
import { checkSchemaName, ensureSchema, type PgTables, pgTables } from './schema.js';
import { type Head, insertRecords, lockHead } from './sql.js';

export interface PgStoreOptions {
  /** Validate (and upcast) appended events, and upcast records on read, with these event types. */
  readonly catalog?: EventCatalog<any>;
  /** Makes record ids; default `streamSeqIds` (`stream:seq`). */
  readonly ids?: IdGenerator;
  /** PostgreSQL schema holding the tables (default `parley`); one schema is one log. */
  readonly schema?: string;
  /**
   * Keep a hash chain over the log in position order (see `chainRecords`). Default: follow the log
   * (its first append decides; a new log is unchained). A value the log contradicts is a `UsageError`.
   */
  readonly hashChain?: boolean;
  /** Connections in the pool when opened from a URL (default 10, one of them for `LISTEN`). */
  readonly max?: number;
  /** Receives connection problems that were worked around; default `process.emitWarning`. */
  readonly onWarning?: (message: string) => void;
  /** Called when a listener throws (the append stands); default: rethrown asynchronously. */
  readonly onListenerError?: ListenerErrorHandler;
}

const PAGE = 500;

const defaultWarn = (message: string) =>
  process.emitWarning(message, { type: 'ParleyWarning', code: 'PARLEY_PG' });

/**
 * An event store in PostgreSQL (≥ 13), shared by any number of processes on one database.
 *
 * - **Ordered by commit**: every append locks the one `head` row of its schema, so appends commit one
 *   after another and each gets the next gapless global positions, in commit order; per-stream seqs are
 *   checked against the expected version under the same lock (`ConcurrencyError` as the other stores).
 * - **Exact records**: each record is stored as its canonical NDJSON line in a `json` column (not
 *   `jsonb`), so it reads back byte for byte and the optional hash chain (over position order) holds.
 * - **Woken, not fed**: an append sends an empty `NOTIFY`; every store `LISTEN`s and, when woken, reads
 *   the records after the last position it delivered, so listeners of every process see every record
 *   once, in position order (a wake-up lost to a reconnection is made up by re-reading after `LISTEN`).
 * - The schema is created on first use (idempotent, versioned); `close` waits for appends in flight,
 *   stops listening and, when the store opened the pool from a URL, ends it.
 *
 * `target` is a `postgres://` URL (uses the optional peer dependency `pg`) or a `PgDriver`, such as
 * `pgliteDriver(new PGlite())`; a driver passed in is the caller's to end.
 *
 * @example
 * ```ts
 * import { pgStore } from '@parley/core/node';
 * const store = await pgStore(process.env.PARLEY_PG_URL!, { catalog: issgEvents });
 * await store.append('vienna', events, { expectedVersion: await store.version('vienna') });
 * await store.close();
 * ```
 */
export async function pgStore(target: string | PgDriver, options: PgStoreOptions = {}): Promise<EventStore> {
  const tables = pgTables(checkSchemaName(options.schema ?? 'parley'));
  const warn = options.onWarning ?? defaultWarn;
  let driver: PgDriver;
  let owned = false;
  if (options.max !== undefined && (!Number.isInteger(options.max) || options.max < 2))
    throw new UsageError(
      `pgStore: max must be an integer ≥ 2 (one connection listens, the others append and read), got ${options.max}`,
    );
  if (typeof target === 'string') {
    if (!/^postgres(ql)?:\/\//.test(target))
      throw new UsageError(
        `pgStore: expected a postgres:// or postgresql:// URL, got ${JSON.stringify(target.replace(/:[^:@/]*@/, ':***@'))}`,
      );
    driver = await nodePgDriver(target, { max: options.max }, warn);
    owned = true;
  } else if (typeof target === 'object' && target !== null && typeof target.transaction === 'function') {
    driver = target;
  } else throw new UsageError('pgStore: give a postgres:// URL or a PgDriver');
  try {
    await ensureSchema(driver, tables);
    return await openStore(driver, owned, tables, options, warn);
  } catch (e) {
    if (owned) await driver.end().catch(() => undefined);
    throw e;
  }
}

async function openStore(
  driver: PgDriver,
  owned: boolean,
  t: PgTables,
  options: PgStoreOptions,
  warn: (message: string) => void,
): Promise<EventStore> {
  const ctx = { catalog: options.catalog, ids: options.ids ?? streamSeqIds };
  const hub = listenerHub(options.onListenerError);
  const where = (position: number) => ({ file: `postgres ${t.schema}.events position ${position}` });
  const decode = (text: string, position: number): AnyRecordedEvent => {
    const r = decodeRecord(text, where(position));
    return ctx.catalog ? deepFreeze(ctx.catalog.upcast(r)) : r;
  };
  let closed = false;
  let closing: Promise<void> | undefined;
  const inflight = new Set<Promise<unknown>>();
  const guard = (what: string) => {
    if (closed)
      throw new UsageError(`pgStore.${what}: the store of schema "${t.schema}" is closed; open a new store`);
  };

  // Delivery to listeners: one chain, in position order. `seen` is the last position delivered.
  let seen = 0;
  let chain: Promise<void> = Promise.resolve();
  const deliver = (own?: { first: number; records: readonly AnyRecordedEvent[] }): Promise<void> => {
    const run = chain.then(async () => {
      if (closed && !own) return;
      const last = own ? own.first + own.records.length - 1 : Number.POSITIVE_INFINITY;
      if (own && last <= seen) return;
      if (!own || own.first > seen + 1) await catchUp(own ? own.first - 1 : last);
      if (own && own.first === seen + 1) {
        hub.publish(own.records);
        seen = last;
      }
    });
    chain = run.catch((e: Error) =>
      warn(`pgStore: catching up on schema "${t.schema}" failed (${e.message})`),
    );
    return chain;
  };
  async function catchUp(upTo: number): Promise<void> {
    for (;;) {
      const { rows } = await driver.query(
        `SELECT position, record::text AS record FROM ${t.events}
         WHERE position > $1 AND position <= $2 ORDER BY position LIMIT ${PAGE}`,
        [seen, Number.isFinite(upTo) ? upTo : Number.MAX_SAFE_INTEGER],
      );
      for (const row of rows) {
        const position = toInt(row.position, 'position');
        const record = decode(String(row.record), position);
        seen = position;
        hub.publish([record]);
      }
      if (rows.length < PAGE) return;
    }
  }

  // Wake-ups before the head is read are about records committed before the store opened (nobody can
  // have subscribed yet); once it is read, one catch-up covers any commit that raced with that read.
  let ready = false;
  const unlisten = await driver.listen(t.channel, () => {
    if (ready) void deliver();
  });
  try {
    const h = (await driver.query(`SELECT chained, position FROM ${t.head} WHERE id = 1`)).rows[0];
    seen = toInt(h?.position, 'position');
    if (options.hashChain !== undefined && typeof h?.chained === 'boolean' && h.chained !== options.hashChain)
      throw chainMismatch(t.schema, h.chained);
    ready = true;
    void deliver();
  } catch (e) {
    await unlisten();
    throw e;
  }

  async function doAppend<E extends DomainEvent>(
    stream: string,
    events: readonly EventInput<E>[],
    opts: AppendOptions | undefined,
  ): Promise<AppendResult<E>> {
    const done = await driver.transaction(async (tx) => {
      const head: Head = await lockHead(tx, t);
      const info = (await tx.query(`SELECT version, last_at FROM ${t.streams} WHERE stream = $1`, [stream]))
        .rows[0];
      const version = info ? toInt(info.version, 'version') : 0;
      const prepared = prepareAppend(stream, events, opts, { version, lastAt: optText(info?.last_at) }, ctx);
      let records = prepared.records;
      if (records.length === 0) return { records, version: prepared.head.version, first: 0 };
      const chained = head.chained ?? options.hashChain ?? false;
      if (options.hashChain !== undefined && options.hashChain !== chained)
        throw chainMismatch(t.schema, chained);
      const lines: string[] = [];
      let prev = head.head;
      if (chained)
        records = records.map((r) => {
          const linked = Object.freeze({ ...r, prev });
          const line = encodeRecord(linked);
          prev = hashLine(line);
          lines.push(line);
          return linked;
        });
      else for (const r of records) lines.push(encodeRecord(r));
      const first = head.position + 1;
      await insertRecords(tx, t, first, records, lines);
      await tx.query(
        `INSERT INTO ${t.streams} (stream, version, last_at, first_position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (stream) DO UPDATE SET version = EXCLUDED.version, last_at = EXCLUDED.last_at`,
        [stream, prepared.head.version, prepared.head.lastAt ?? null, first],
      );
      await tx.query(`UPDATE ${t.head} SET position = $1, head = $2, chained = $3 WHERE id = 1`, [
        head.position + records.length,
        prev,
        chained,
      ]);
      await tx.query('SELECT pg_notify($1, $2)', [t.channel, '']);
      return { records, version: prepared.head.version, first };
    });
    if (done.records.length > 0) await deliver({ first: done.first, records: done.records });
    return { records: done.records as readonly RecordedEvent<E>[], version: done.version };
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
      const run = doAppend(stream, events, opts);
      const tracked = run.catch(() => undefined);
      inflight.add(tracked);
      void tracked.then(() => inflight.delete(tracked));
      return run;
    },

    async *read(stream: string, opts?: ReadOptions): AsyncGenerator<AnyRecordedEvent, void, undefined> {
      guard('read');
      const { from, to } = readRange(stream, opts);
      const last = Number.isFinite(to) ? to : Number.MAX_SAFE_INTEGER;
      let next = from;
      while (next <= last) {
        const { rows } = await driver.query(
          `SELECT position, seq, record::text AS record FROM ${t.events}
           WHERE stream = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT ${PAGE}`,
          [stream, next, last],
        );
        for (const row of rows) {
          const r = decode(String(row.record), toInt(row.position, 'position'));
          if (r.stream !== stream || r.seq !== toInt(row.seq, 'seq'))
            throw new CorruptLogError(
              `postgres:${t.schema}.events`,
              toInt(row.position, 'position'),
              `the record says stream "${r.stream}" seq ${r.seq}, its row says "${stream}" seq ${String(row.seq)}; the table was edited by hand`,
            );
          yield r;
          next = r.seq + 1;
        }
        if (rows.length < PAGE) return;
      }
    },

    async version(stream: string) {
      guard('version');
      const row = (await driver.query(`SELECT version FROM ${t.streams} WHERE stream = $1`, [stream]))
        .rows[0];
      return row ? toInt(row.version, 'version') : 0;
    },

    async streams() {
      guard('streams');
      const { rows } = await driver.query(`SELECT stream FROM ${t.streams} ORDER BY first_position`);
      return rows.map((r) => String(r.stream));
    },

    subscribe(listener: StoreListener, opts?: { stream?: string }) {
      guard('subscribe');
      if (typeof listener !== 'function') throw new UsageError('subscribe: the listener must be a function');
      return hub.subscribe(listener, opts);
    },

    close() {
      if (!closing) {
        closed = true;
        closing = (async () => {
          await Promise.all(inflight);
          hub.clear();
          await chain;
          await unlisten();
          if (owned) await driver.end();
        })();
      }
      return closing;
    },
  };
}

function chainMismatch(schema: string, chained: boolean): UsageError {
  return new UsageError(
    chained
      ? `pgStore: hashChain: false, but the log in schema "${schema}" is hash-chained; omit the option so appends keep the chain`
      : `pgStore: hashChain: true, but the log in schema "${schema}" is not hash-chained; omit the option, or copy the log into a new schema with hashChain: true`,
  );
}
