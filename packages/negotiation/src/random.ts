/**
 * A seeded random stream: uniform floats in [0, 1). Parley never calls `Math.random()`; every strategy
 * and every sampled analysis takes one of these (or a generator of your own with the same shape).
 */
export type Random = () => number;

/** SplitMix32-style avalanche of a 32-bit integer. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded random stream (xoshiro128**, seeded through SplitMix32): same seed, same numbers, on any
 * platform. Each consumer (a delegation's strategy, the analysis' sampler) gets its own stream, so the
 * draws of one never shift another's.
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random(); // the same value every time for seed 42
 * ```
 */
export function seededRandom(seed: number): Random {
  let a = mix32(seed);
  let b = mix32(a);
  let c = mix32(b);
  let d = mix32(c);
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The seed of one named stream of a run: a hash of the run's seed and the stream's name (a party id,
 * `sampler`), so that adding a delegation does not change the others' draws.
 *
 * @example
 * ```ts
 * const random = seededRandom(streamSeed(1, 'ru'));
 * ```
 */
export function streamSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ mix32(seed | 0);
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}
