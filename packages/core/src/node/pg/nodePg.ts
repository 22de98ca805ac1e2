import type { Pool, PoolClient } from 'pg';
import { UsageError } from '../../errors.js';
import type { PgDriver, PgQueryable, PgRows } from './driver.js';

/** How the node-postgres driver reports a connection problem it worked around. */
export type PgDriverWarn = (message: string) => void;

const RETRY_MS = 500;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

const queryOn = (c: Pool | PoolClient) => async (sql: string, params?: readonly unknown[]) => {
  const result = await c.query(sql, params ? [...params] : undefined);
  const rows: PgRows = { rows: result.rows };
  return rows;
};

/**
 * Open a node-postgres pool on `url` (loaded on demand: `pg` is an optional peer dependency) and wrap
 * it as a `PgDriver`. `LISTEN` runs on a connection of its own, re-established after a failure.
 *
 * @example
 * ```ts
 * const driver = await nodePgDriver('postgres://parley@localhost/parley', { max: 10 }, console.warn);
 * ```
 */
export async function nodePgDriver(
  url: string,
  options: { readonly max?: number | undefined },
  warn: PgDriverWarn,
): Promise<PgDriver> {
  let mod: typeof import('pg');
  try {
    mod = await import('pg');
  } catch {
    throw new UsageError(
      'pgStore: the PostgreSQL driver is not installed; add it to your project with `npm install pg`',
    );
  }
  const PoolClass = (mod.default ?? mod).Pool;
  const pool = new PoolClass({ connectionString: url, max: options.max ?? 10 });
  pool.on('error', (e) =>
    warn(`pgStore: an idle PostgreSQL connection failed (${e.message}); it was dropped`),
  );
  return {
    query: queryOn(pool),
    async transaction<T>(fn: (tx: PgQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn({ query: queryOn(client) });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((undo: Error) => {
          broken = undo;
        });
        throw e;
      } finally {
        client.release(broken);
      }
    },
    async listen(channel, onNotify) {
      let client: PoolClient | undefined;
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const connect = async (): Promise<void> => {
        const c = await pool.connect();
        c.on('notification', (n) => {
          if (n.channel === channel) onNotify();
        });
        c.on('error', (e) => {
          if (client !== c) return;
          client = undefined;
          c.release(e);
          if (stopped) return;
          warn(`pgStore: the LISTEN connection failed (${e.message}); reconnecting`);
          retry();
        });
        try {
          await c.query(`LISTEN ${quoteIdent(channel)}`);
        } catch (e) {
          c.release(e instanceof Error ? e : true);
          throw e;
        }
        client = c;
        onNotify(); // catch up on what was committed before LISTEN took effect
      };
      const retry = () => {
        timer = setTimeout(() => {
          timer = undefined;
          if (stopped) return;
          connect().catch((e: Error) => {
            warn(`pgStore: reconnecting the LISTEN connection failed (${e.message}); retrying`);
            retry();
          });
        }, RETRY_MS);
      };
      await connect();
      return async () => {
        stopped = true;
        if (timer) clearTimeout(timer);
        const c = client;
        client = undefined;
        if (!c) return;
        try {
          await c.query(`UNLISTEN ${quoteIdent(channel)}`);
          c.release();
        } catch (e) {
          c.release(e instanceof Error ? e : true);
        }
      };
    },
    end: () => pool.end(),
  };
}
