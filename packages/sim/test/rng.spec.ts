import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../src/index.js';

describe('createRng / deriveSeed', () => {
  it('replays the same stream for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 50 }, () => a.float());
    expect(Array.from({ length: 50 }, () => b.float())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('derives distinct, stable seeds per run and per stream', () => {
    expect(deriveSeed(1, 0, 'syria-gov')).toBe(deriveSeed(1, 0, 'syria-gov'));
    const seeds = new Set<number>();
    for (let run = 0; run < 200; run++)
      for (const s of ['nature', 'syria-gov', 'hnc']) seeds.add(deriveSeed(7, run, s));
    expect(seeds.size).toBe(600);
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
  });

  it('draws integers in range, Poisson counts with the right mean, and refuses bad input', () => {
    const r = createRng(3);
    for (let i = 0; i < 200; i++) {
      const k = r.int(2, 5);
      expect(k >= 2 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += r.poisson(1.5);
    expect(sum / 20_000).toBeGreaterThan(1.45);
    expect(sum / 20_000).toBeLessThan(1.55);
    expect(() => createRng(1.5)).toThrow(/seed must be an integer/);
    expect(() => r.pick([])).toThrow(/empty/);
  });
});
