import { CorruptLogError } from '../../errors.js';
import type { AnyRecordedEvent } from '../../events/envelope.js';
import type { PgQueryable } from './driver.js';
import { toInt } from './rows.js';
import type { PgTables } from './schema.js';

/** The locked head row of a log: last position, hash chain head, whether the log is chained. */
export interface Head {
  readonly position: number;
  readonly head: string;
  /** `undefined` until the first record decides. */
  readonly chained: boolean | undefined;
}

/**
 * Lock the log's head row for the rest of the transaction (`SELECT … FOR UPDATE`): appends to one schema
 * commit one at a time, so positions follow commit order and stay gapless.
 *
 * @example
 * ```ts
 * const head = await lockHead(tx, pgTables('parley')); // { position: 41, head: '…', chained: false }
 * ```
 */
export async function lockHead(tx: PgQueryable, t: PgTables): Promise<Head> {
  const row = (await tx.query(`SELECT position, head, chained FROM ${t.head} WHERE id = 1 FOR UPDATE`))
    .rows[0];
  if (!row)
    throw new CorruptLogError(
      `postgres:${t.schema}.head`,
      1,
      'the head row is missing; the table was edited by hand (restore it from a backup)',
    );
  return {
    position: toInt(row.position, 'position'),
    head: String(row.head),
    chained: typeof row.chained === 'boolean' ? row.chained : undefined,
  };
}

const ROWS_PER_INSERT = 1000;

/**
 * Insert records at positions `first`, `first + 1`, … with their encoded lines, in statements of at most
 * 1000 rows (PostgreSQL allows 65535 parameters a statement).
 *
 * @example
 * ```ts
 * await insertRecords(tx, tables, 42, records, records.map(encodeRecord));
 * ```
 */
export async function insertRecords(
  tx: PgQueryable,
  t: PgTables,
  first: number,
  records: readonly AnyRecordedEvent[],
  lines: readonly string[],
): Promise<void> {
  for (let start = 0; start < records.length; start += ROWS_PER_INSERT) {
    const values: string[] = [];
    const params: unknown[] = [];
    for (let i = start; i < Math.min(records.length, start + ROWS_PER_INSERT); i++) {
      const r = records[i]!;
      const n = params.length;
      values.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::json)`);
      params.push(first + i, r.stream, r.seq, lines[i]);
    }
    await tx.query(
      `INSERT INTO ${t.events} (position, stream, seq, record) VALUES ${values.join(', ')}`,
      params,
    );
  }
}
