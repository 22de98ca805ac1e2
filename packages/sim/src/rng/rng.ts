import { UsageError } from '@parley/core';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { deriveSeed } from './seed.js';

/**
 * A seeded random stream (xoroshiro128+ from `pure-rand`). Mutable: each draw advances it. One stream
 * belongs to one consumer (an agent, or the model's nature), so draws by one never shift another's.
 */
export interface Rng {
  /** The 32-bit seed the stream started from (recorded in logs' meta). */
  readonly seed: number;
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [from, to], both included. */
  int(from: number, to: number): number;
  /** True with probability `p` (clamped to [0, 1]). */
  chance(p: number): boolean;
  /** A Poisson count with mean `lambda` (Knuth's method; for the small means a day has). */
  poisson(lambda: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An independent child stream, e.g. for a sub-component; deterministic in the parent's seed and name. */
  split(name: string): Rng;
}

/**
 * Create a seeded random stream.
 *
 * @param seed a 32-bit integer seed (see {@link deriveSeed} for per-run, per-agent seeds)
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.float(); // same value every time for seed 42
 * rng.int(1, 6);
 * ```
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new UsageError(`createRng: seed must be an integer, got ${seed}`);
  const s = seed >>> 0;
  const g = xoroshiro128plus(s | 0);
  // Warm up: xoroshiro's first outputs from a sparse seed are poorly mixed.
  for (let i = 0; i < 8; i++) g.next();
  const rng: Rng = {
    seed: s,
    float: () => uniformFloat64(g),
    int: (from, to) => uniformInt(g, from, to),
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : uniformFloat64(g) < p),
    poisson(lambda) {
      if (!(lambda > 0)) return 0;
      if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = uniformFloat64(g);
      while (p > limit) {
        k++;
        p *= uniformFloat64(g);
      }
      return k;
    },
    normal() {
      const u = 1 - uniformFloat64(g);
      const v = uniformFloat64(g);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick(items) {
      if (items.length === 0) throw new UsageError('Rng.pick: the array is empty');
      return items[uniformInt(g, 0, items.length - 1)]!;
    },
    split: (name) => createRng(deriveSeed(s, 0, name)),
  };
  return rng;
}
