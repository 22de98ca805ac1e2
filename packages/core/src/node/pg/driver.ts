/** The rows of a query: column name to value (numbers of type bigint may come back as strings). */
export interface PgRows {
  readonly rows: readonly Record<string, unknown>[];
}

/** Something that runs one SQL statement with `$1`-style parameters. */
export interface PgQueryable {
  query(sql: string, params?: readonly unknown[]): Promise<PgRows>;
}

/**
 * The little a PostgreSQL store needs of a database client: statements, transactions on one connection,
 * and `LISTEN` wake-ups. `pgStore` makes one over `pg` (node-postgres) from a URL; `pgliteDriver` adapts an
 * in-process PGlite database; any other client can be adapted in a few lines.
 */
export interface PgDriver extends PgQueryable {
  /**
   * Run `fn` inside `BEGIN … COMMIT` on one connection; roll back and rethrow when it throws.
   * Statements inside must go through `tx`.
   */
  transaction<T>(fn: (tx: PgQueryable) => Promise<T>): Promise<T>;
  /**
   * `LISTEN` on `channel` and call `onNotify` for each notification, and once more after every
   * (re)connection, so a reader that catches up by position on each call never misses a wake-up.
   * Resolves with a function that stops listening.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Close the connections. */
  end(): Promise<void>;
}
