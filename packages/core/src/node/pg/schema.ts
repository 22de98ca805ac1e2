import { UsageError } from '../../errors.js';
import { GENESIS_PREV } from '../../hashChain.js';
import type { PgDriver } from './driver.js';

/** The version of the tables this code reads and writes; stored in `<schema>.head.schema_version`. */
export const PG_SCHEMA_VERSION = 1;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,39}$/;

/**
 * Check a PostgreSQL schema name given to `pgStore`: lower-case letters, digits and `_`, at most 40.
 *
 * @example
 * ```ts
 * checkSchemaName('parley'); // 'parley'
 * ```
 */
export function checkSchemaName(name: string): string {
  if (typeof name !== 'string' || !SCHEMA_NAME.test(name))
    throw new UsageError(
      `pgStore: schema must be a lower-case SQL name (letters, digits, _; at most 40 characters, not starting with a digit), got ${JSON.stringify(name)}`,
    );
  return name;
}

/** The tables of one store, and the notification channel its appends wake readers on. */
export interface PgTables {
  readonly schema: string;
  readonly events: string;
  readonly streams: string;
  readonly head: string;
  readonly channel: string;
}

/**
 * Table names for a schema (already checked by {@link checkSchemaName}).
 *
 * @example
 * ```ts
 * pgTables('parley').events; // '"parley".events'
 * ```
 */
export function pgTables(schema: string): PgTables {
  const q = `"${schema}"`;
  return {
    schema,
    events: `${q}.events`,
    streams: `${q}.streams`,
    head: `${q}.head`,
    channel: `${schema}_events`,
  };
}

/**
 * Create the store's schema and tables when absent, idempotently and safely from several processes at
 * once (under a transaction-scoped advisory lock), and check the stored schema version.
 *
 * - `events`: one row per record, `position` the gapless global order (commit order), and `record` the
 *   record's canonical NDJSON line as `json` (not `jsonb`: the exact text, key order included, is what the
 *   hash chain hashes).
 * - `streams`: each stream's version and last world time, and the position of its first record.
 * - `head`: one row, locked by every append: the last position, the hash chain's head, whether the log
 *   is chained, and the schema version.
 *
 * @example
 * ```ts
 * await ensureSchema(driver, pgTables('parley'));
 * ```
 */
export async function ensureSchema(driver: PgDriver, t: PgTables): Promise<void> {
  const encoding = (await driver.query('SHOW server_encoding')).rows[0]?.server_encoding;
  if (encoding !== 'UTF8')
    throw new UsageError(
      `pgStore: the database's encoding is ${String(encoding)}; Parley stores UTF-8 text: create the database with ENCODING 'UTF8'`,
    );
  await driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley-schema:${t.schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS "${t.schema}"`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${t.head} (
        id smallint PRIMARY KEY CHECK (id = 1),
        schema_version integer NOT NULL,
        position bigint NOT NULL,
        head text NOT NULL,
        chained boolean
      )`,
    );
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${t.events} (
        position bigint PRIMARY KEY,
        stream text NOT NULL,
        seq bigint NOT NULL,
        record json NOT NULL,
        UNIQUE (stream, seq)
      )`,
    );
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${t.streams} (
        stream text PRIMARY KEY,
        version bigint NOT NULL,
        last_at text,
        first_position bigint NOT NULL
      )`,
    );
    await tx.query(
      `INSERT INTO ${t.head} (id, schema_version, position, head, chained)
       VALUES (1, $1, 0, $2, NULL) ON CONFLICT (id) DO NOTHING`,
      [PG_SCHEMA_VERSION, GENESIS_PREV],
    );
    const stored = Number(
      (await tx.query(`SELECT schema_version FROM ${t.head} WHERE id = 1`)).rows[0]?.schema_version,
    );
    if (stored !== PG_SCHEMA_VERSION)
      throw new UsageError(
        `pgStore: the tables in schema "${t.schema}" are at version ${stored}, this Parley reads version ${PG_SCHEMA_VERSION}; ${stored > PG_SCHEMA_VERSION ? 'upgrade Parley' : 'migrate them first'}`,
      );
  });
}
