import type { PgDriver, PgQueryable, PgRows } from './driver.js';

/** The parts of an `@electric-sql/pglite` database the adapter uses (structural: no import of PGlite). */
export interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(
    fn: (tx: { query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>,
  ): Promise<T>;
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const run = async (
  db: { query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> },
  sql: string,
  params: readonly unknown[] | undefined,
): Promise<PgRows> => db.query<Record<string, unknown>>(sql, params ? [...params] : undefined);

/**
 * A `PgDriver` over an in-process PGlite database (PostgreSQL compiled to WebAssembly): for tests and
 * single-process demos. PGlite is one connection, so transactions run one at a time; its `LISTEN/NOTIFY`
 * works within the process. `end()` closes the database.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * import { pgStore, pgliteDriver } from '@parley/core/node';
 * const store = await pgStore(pgliteDriver(new PGlite()));
 * ```
 */
export function pgliteDriver(db: PgliteLike): PgDriver {
  return {
    query: (sql, params) => run(db, sql, params),
    transaction: <T>(fn: (tx: PgQueryable) => Promise<T>) =>
      db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, () => onNotify());
      onNotify();
      return async () => {
        await stop();
      };
    },
    end: () => db.close(),
  };
}
