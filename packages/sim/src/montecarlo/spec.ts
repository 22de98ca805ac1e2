import { UsageError } from '@parley/core';
/**
 * The serialisable description of a sweep: everything a worker thread (or another machine running one
 * shard) needs to rebuild the model and run any run of the sweep.
 */

/** Mechanism parameter overrides: `{ monitoring: { enabled: false } }`. */
export type ParamOverrides = Readonly<Record<string, Readonly<Record<string, number | boolean>>>>;

/** A command injected on a date (a what-if's alternative event), as JSON. */
export interface InjectionSpec {
  readonly at: string;
  readonly command: unknown;
  readonly actor?: string;
}

/** What defines a sweep's output, byte for byte. */
export interface SweepSpec {
  /** Built-in scenario id (`issg-2015-2016`) or path of a scenario module. */
  readonly scenario: string;
  /** The model: `issg` (built in) or the path of a module exporting `createModel`. */
  readonly model: string;
  readonly seed: number;
  readonly runs: number;
  /** Days to simulate after `from`. */
  readonly days: number;
  /** Fork date: the record is replayed up to and including this date. */
  readonly from: string;
  readonly params: ParamOverrides;
  readonly inject: readonly InjectionSpec[];
}

/** One shard of a sweep: `k` of `n`, 1-based (as in `--shard 2/4`). */
export interface Shard {
  readonly k: number;
  readonly n: number;
}

/**
 * Parse `K/N` (as given to `--shard`).
 *
 * @example
 * ```ts
 * parseShard('2/4'); // { k: 2, n: 4 }
 * ```
 */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n)
    throw new UsageError(`parseShard: expected K/N with 1 ≤ K ≤ N (e.g. 2/4), got "${text}"`);
  return { k, n };
}

/**
 * The run indices `[start, end)` of shard `k/n` of `runs` runs: contiguous blocks, so merged shards are the
 * runs in order.
 *
 * @example
 * ```ts
 * shardRange(10, { k: 2, n: 3 }); // { start: 3, end: 6 }
 * ```
 */
export function shardRange(runs: number, shard?: Shard): { start: number; end: number } {
  if (!shard) return { start: 0, end: runs };
  return { start: Math.floor(((shard.k - 1) * runs) / shard.n), end: Math.floor((shard.k * runs) / shard.n) };
}
