import { UsageError } from '../errors.js';
import type { ReadOptions } from './types.js';

/**
 * The seqs a read covers, checked: `from` an integer ≥ 1 (default 1), `to` an integer ≥ 0 (default
 * `Infinity`). An empty range (`to < from`) is allowed and reads nothing.
 *
 * @example
 * ```ts
 * readRange('s', { from: 3 }); // { from: 3, to: Infinity }
 * ```
 */
export function readRange(stream: string, options: ReadOptions = {}): { from: number; to: number } {
  const from = options.from ?? 1;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(from) || from < 1)
    throw new UsageError(
      `read("${stream}"): from must be an integer ≥ 1 (the first seq to read), got ${from}`,
    );
  if (to !== Number.POSITIVE_INFINITY && (!Number.isInteger(to) || to < 0))
    throw new UsageError(`read("${stream}"): to must be an integer ≥ 0 (the last seq to read), got ${to}`);
  return { from, to };
}
