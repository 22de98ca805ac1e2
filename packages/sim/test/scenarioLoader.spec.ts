import { fileURLToPath } from 'node:url';
import { isParleyError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { loadIssgScenario, runMonteCarlo } from '../src/node.js';

const factory = fileURLToPath(new URL('./fixtures/factory-scenario.ts', import.meta.url));

describe('the scenario a sweep names', () => {
  it('may be a factory script ({ seed }) => Scenario, as `parley run` accepts; it is given the sweep seed', async () => {
    const s = await loadIssgScenario(factory, { seed: 7 });
    expect(s.title).toMatch(/\(seed 7\)$/);
    const runs = async (scenario: string) => {
      const out = [];
      for await (const r of runMonteCarlo({ scenario, runs: 3, seed: 5, days: 20, workers: 0 })) out.push(r);
      return out;
    };
    expect(await runs(factory)).toEqual(await runs('issg-2015-2016'));
  });

  it('refuses a module that exports no scenario, with a Parley usage error', async () => {
    const notAScenario = fileURLToPath(new URL('./fixtures/not-a-scenario.ts', import.meta.url));
    const e = await loadIssgScenario(notAScenario).catch((x: unknown) => x);
    expect(isParleyError(e) && e.code).toBe('usage');
  });
});
