import { UsageError } from '@parley/core';

/**
 * Seed derivation: one 32-bit seed per (sweep seed, run index, stream name), by hashing — so any run of any
 * sweep can be replayed alone, on any worker, in any shard.
 */

/** Murmur3's 32-bit finaliser: a bijective avalanche mix of a 32-bit integer. */
function fmix32(h: number): number {
  let x = h | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string (stable across platforms). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of one stream of one run: a hash of the sweep seed, the run index and the stream's name
 * (an agent id, or `nature` for the model's own draws). Pure and platform-independent.
 *
 * @param seed the sweep seed (any integer; taken modulo 2³²)
 * @param run the 0-based run index
 * @param stream the stream name: an agent id, or `nature`
 * @returns an unsigned 32-bit seed
 * @example
 * ```ts
 * deriveSeed(1, 0, 'syria-gov'); // always the same number
 * deriveSeed(1, 1, 'syria-gov') !== deriveSeed(1, 0, 'syria-gov'); // true
 * ```
 */
export function deriveSeed(seed: number, run: number, stream = 'run'): number {
  if (!Number.isInteger(seed)) throw new UsageError(`deriveSeed: seed must be an integer, got ${seed}`);
  if (!Number.isInteger(run) || run < 0)
    throw new UsageError(`deriveSeed: run must be an integer ≥ 0, got ${run}`);
  let h = fmix32((seed >>> 0) ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(run + 1, 0x27d4eb2d));
  h = fmix32(h ^ Math.floor(run / 0x100000000));
  return fmix32(h ^ fnv1a(stream));
}
