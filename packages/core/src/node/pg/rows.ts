import { UsageError } from '../../errors.js';

/**
 * A bigint/integer column as a JS number: node-postgres returns `bigint` as a string, PGlite as a number.
 *
 * @example
 * ```ts
 * toInt('42', 'position'); // 42
 * ```
 */
export function toInt(value: unknown, what: string): number {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new UsageError(`pgStore: expected an integer for ${what} from the database, got ${String(value)}`);
  return n;
}

/**
 * A text column (or null) as a string or undefined.
 *
 * @example
 * ```ts
 * optText(null); // undefined
 * ```
 */
export function optText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
