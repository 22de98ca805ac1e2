import { describe, expect, it } from 'vitest';
import { survivalAt } from '../src/index.js';
import { compareBranches, runSweep } from '../src/node.js';

const base = { scenario: 'issg-2015-2016', runs: 150, seed: 7, days: 120, workers: 0 } as const;

describe('what-ifs move outcomes in the documented direction (same seeds on both sides)', () => {
  it('switching monitoring off (Fortna) shortens the survival of the cessation', async () => {
    const cmp = await compareBranches(
      base,
      { label: 'as modelled' },
      { label: 'no monitoring', params: { monitoring: { enabled: false } } },
    );
    expect(cmp.b.outcomes.survival60!).toBeLessThan(cmp.a.outcomes.survival60! - 0.3);
    expect(cmp.b.summary.survival.median ?? 121).toBeLessThan(cmp.a.summary.survival.median ?? 121);
    expect(cmp.a.spec.seed).toBe(cmp.b.spec.seed);
  });

  it('a third veto player signing on (Cunningham) shortens it too', async () => {
    const at = '2016-02-27T12:00+02:00';
    const cmp = await compareBranches(
      base,
      { label: 'as modelled' },
      { label: 'pyd signs on', inject: [{ at, command: { type: 'sign-on', at, party: 'pyd' } }] },
    );
    expect(survivalAt(cmp.b.summary.survival, 90)).toBeLessThan(survivalAt(cmp.a.summary.survival, 90));
  });

  it('an injected command the decider refuses is an error, not a silent no-op', async () => {
    await expect(
      runSweep({
        ...base,
        runs: 2,
        inject: [{ at: '2016-03-01', command: { type: 'exclude-party', at: '2016-03-01', party: 'hnc' } }],
      }),
    ).rejects.toThrow(/injected command .* was refused/);
  });
});
