import { replay } from '@parley/core';
import { issgDecider } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, simulateLog } from '../src/node.js';

describe('simulateLog', () => {
  it('writes one run as a valid log of the record’s stream, with the seeds in meta, matching the sweep', async () => {
    const options = { scenario: 'issg-2015-2016', runs: 6, seed: 5, days: 45 } as const;
    const { records, result } = await simulateLog({ ...options, run: 4 });
    const sweep: unknown[] = [];
    for await (const r of runMonteCarlo({ ...options, workers: 0 })) sweep.push(r);
    expect(result).toEqual(sweep[4]);
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
    expect(new Set(records.map((r) => r.stream))).toEqual(new Set(['issg']));
    const simulated = records.filter((r) => (r.meta as { sim?: unknown } | undefined)?.sim !== undefined);
    expect(simulated.length).toBe(result.events);
    expect(simulated[0]!.meta).toMatchObject({ sim: { seed: 5, run: 4 } });
    const state = replay(issgDecider, records as never);
    expect(state.seq).toBe(records.length);
  });
});
