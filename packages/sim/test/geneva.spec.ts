import { issgAgenda, issgRoleCards, realOutcome } from '@parley/issg';
import { acceptable, runNegotiation } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { issgNegotiationModel, negotiationRun } from '../src/index.js';
import { negotiationRuns, runNegotiationSweep } from '../src/node.js';

const GENEVA = 'geneva-2016-09-09';

describe('Geneva, 9 September 2016: a bilateral negotiation by alternating offers', () => {
  const agenda = issgAgenda(GENEVA);
  const prefs = issgRoleCards(GENEVA).map((c) => c.preferences);

  it('given the Geneva agenda, when negotiated with its defaults, then the US and Russia exchange offers (no draft, no chair)', () => {
    expect(agenda.protocol).toBe('alternating-offers');
    const run = runNegotiation({ agenda, preferences: prefs, seed: 1 });
    const types = new Set(run.records.map((r) => r.type));
    expect(types.has('offer-made')).toBe(true);
    expect(types.has('draft-tabled')).toBe(false);
    expect(run.records[0]!.data).toMatchObject({ protocol: 'alternating-offers', parties: ['us', 'ru'] });
    // the offers alternate: the US in odd rounds, Russia in even ones
    for (const r of run.records)
      if (r.type === 'offer-made')
        expect((r.data as { by: string }).by).toBe(
          (r.data as { round: number }).round % 2 === 1 ? 'us' : 'ru',
        );
    expect(run.strategies).toEqual({ us: 'linear', ru: 'linear' });
    // seed 1: two linear concessions meet on the real text in round 10
    expect(run.outcome).toEqual({ status: 'adopted', text: realOutcome(GENEVA), round: 10 });
  });

  it.each(['boulware:0.2', 'linear', 'conceder:2', 'tit-for-tat', 'hardliner'])(
    'given Russia plays %s, when the US plays linear, then any adopted text is acceptable to both',
    (name) => {
      for (let seed = 1; seed <= 3; seed++) {
        const run = runNegotiation({ agenda, preferences: prefs, seed, strategies: { ru: name } });
        expect(run.strategies.ru).toBe(name);
        if (run.outcome.text) for (const p of prefs) expect(acceptable(p, run.outcome.text)).toBe(true);
      }
    },
  );

  it('given two hardliners whose ideals cross a red line, when they negotiate, then the deadline fails it', () => {
    const run = runNegotiation({
      agenda,
      preferences: prefs,
      seed: 1,
      strategies: { us: 'hardliner', ru: 'hardliner' },
    });
    expect(run.outcome).toMatchObject({
      status: 'failed',
      reason: 'deadline',
      round: agenda.deadline.rounds,
    });
  });

  it('given the Geneva model, when swept, then both parties draw from the mix and nobody is a mediator', () => {
    const model = issgNegotiationModel(GENEVA);
    expect(model.fixed).toEqual({});
    const spec = {
      agenda: GENEVA,
      runs: 20,
      seed: 5,
      strategies: {},
      mix: null,
      uncertain: true,
      thenDays: null,
    };
    for (let run = 0; run < 20; run++) {
      const r = negotiationRun(model, spec, run);
      expect(Object.keys(r.strategies)).toEqual(['us', 'ru']);
      expect(Object.values(r.strategies)).not.toContain('mediator');
    }
  });

  it('given a Monte Carlo of Geneva, then it agrees in most runs and gives the same bytes for any worker count', async () => {
    const collect = async (workers: number) => {
      const lines: string[] = [];
      for await (const r of negotiationRuns({ agenda: GENEVA, runs: 40, seed: 2, workers, chunkSize: 7 }))
        lines.push(JSON.stringify(r));
      return lines.join('\n');
    };
    const inProcess = await collect(0);
    expect(await collect(2)).toBe(inProcess);
    const { summary } = await runNegotiationSweep({ agenda: GENEVA, runs: 40, seed: 2, workers: 0 });
    expect(summary.runs).toBe(40);
    expect(summary.agreement).toBeGreaterThan(0.5);
  }, 240_000);

  it('given a mediator assigned or in the mix, when Geneva is swept, then a usage error says there is no pen', async () => {
    await expect(
      runNegotiationSweep({ agenda: GENEVA, runs: 1, seed: 1, workers: 0, strategies: { us: 'mediator' } }),
    ).rejects.toThrow(/alternating offers, where nobody holds the pen/);
    await expect(
      runNegotiationSweep({ agenda: GENEVA, runs: 1, seed: 1, workers: 0, mix: ['linear', 'mediator'] }),
    ).rejects.toThrow(/mediator is a chair's strategy/);
    expect(() =>
      runNegotiation({ agenda, preferences: prefs, seed: 1, strategies: { us: 'mediator' } }),
    ).toThrow(/"us" plays mediator/);
  });
});
