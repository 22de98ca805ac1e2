import { isParleyError, UsageError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  deriveSeed,
  kaplanMeier,
  parseParamAssignments,
  parseShard,
  resolveIssgParams,
} from '../src/index.js';
import { mergeShards, runMonteCarlo } from '../src/node.js';

// What a user of the simulation can get wrong — a --set, a --shard, a run count, a seed, shard files —
// is a kernel error with a stable code: `usage` for arguments, `validation` (with file and line) for inputs.
describe('errors a user of @parley/sim can cause', () => {
  it('are UsageErrors (code "usage") for wrong arguments', () => {
    const wrong: (() => unknown)[] = [
      () => parseShard('3/2'),
      () => parseParamAssignments(['monitoring']),
      () => parseParamAssignments(['monitoring.enabled=maybe']),
      () => resolveIssgParams({ nope: { enabled: false } }),
      () => resolveIssgParams({ monitoring: { enabled: 1 } }),
      () => createRng(1.5),
      () => deriveSeed(1, -1),
      () => kaplanMeier([{ time: Number.NaN, event: true }]),
      () => runMonteCarlo({ scenario: 'issg-2015-2016', runs: 0, seed: 1 }),
    ];
    for (const f of wrong) {
      expect(f).toThrow(UsageError);
      try {
        f();
      } catch (e) {
        expect(isParleyError(e) && e.code).toBe('usage');
      }
    }
  });

  it('name the shard file and line that is not a shard (code "validation")', async () => {
    const merged = mergeShards([['{"kind":"sweep"', 'x']], { names: ['s1.ndjson'] });
    await expect(merged.next()).rejects.toMatchObject({ code: 'validation', file: 's1.ndjson', line: 1 });
    const empty = mergeShards([['', '']], { names: ['s2.ndjson'] });
    await expect(empty.next()).rejects.toMatchObject({ code: 'validation', file: 's2.ndjson' });
  });
});
