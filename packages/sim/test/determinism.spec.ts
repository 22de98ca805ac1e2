import { describe, expect, it } from 'vitest';
import { mergeShards, runMonteCarlo, sweepLines } from '../src/node.js';

const base = { scenario: 'issg-2015-2016', runs: 24, seed: 11, days: 60 } as const;

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const l of lines) out += `${l}\n`;
  return out;
}

describe('Monte Carlo determinism', () => {
  it('same seed → identical bytes; another seed → different bytes', async () => {
    const a = await collect(sweepLines({ ...base, workers: 0 }));
    const b = await collect(sweepLines({ ...base, workers: 0 }));
    expect(b).toBe(a);
    expect(await collect(sweepLines({ ...base, seed: 12, workers: 0 }))).not.toBe(a);
    expect(a.split('\n').filter(Boolean)).toHaveLength(24 + 2);
  });

  it('1 worker and 2 worker threads give the same bytes as in-process', async () => {
    const inProcess = await collect(sweepLines({ ...base, workers: 0 }));
    const one = await collect(sweepLines({ ...base, workers: 1, chunkSize: 5 }));
    const two = await collect(sweepLines({ ...base, workers: 2, chunkSize: 3 }));
    expect(one).toBe(inProcess);
    expect(two).toBe(inProcess);
  });

  it('shards merged back give the whole sweep, whatever their order', async () => {
    const whole = await collect(sweepLines({ ...base, workers: 0 }));
    const shards = await Promise.all(
      ['1/3', '2/3', '3/3'].map(async (shard) =>
        (await collect(sweepLines({ ...base, workers: 0, shard }))).split('\n').filter(Boolean),
      ),
    );
    expect(await collect(mergeShards([shards[2]!, shards[0]!, shards[1]!]))).toBe(whole);
    await expect(collect(mergeShards([shards[0]!, shards[2]!]))).rejects.toThrow(/missing or repeated/);
  });

  it('streams results in run order and reports progress', async () => {
    const seen: number[] = [];
    let last = 0;
    for await (const r of runMonteCarlo({
      ...base,
      workers: 0,
      chunkSize: 5,
      onProgress: (p) => {
        last = p.done;
      },
    }))
      seen.push(r.run);
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(last).toBe(24);
  });
});
