import { issgAgenda, issgRoleCards, realOutcome } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  issgConsequences,
  issgNegotiationModel,
  negotiationRun,
  negotiationSummaryAccumulator,
  samplePreferences,
} from '../src/index.js';
import { negotiationRuns, runNegotiationSweep } from '../src/node.js';

const VIENNA = 'vienna-2016-05-17';

async function collect(options: Parameters<typeof negotiationRuns>[0]): Promise<string> {
  const lines: string[] = [];
  for await (const r of negotiationRuns(options)) lines.push(JSON.stringify(r));
  return lines.join('\n');
}

describe('samplePreferences', () => {
  it('draws inside every range, renormalises the weights, keeps the red lines; same stream, same draw', () => {
    for (const card of issgRoleCards(VIENNA)) {
      const p = samplePreferences(card.uncertain, createRng(7));
      expect(Object.values(p.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      for (const [issue, options] of Object.entries(card.uncertain.values))
        for (const [o, range] of Object.entries(options)) {
          const [lo, hi] = range as readonly [number, number];
          expect(p.values[issue]![o]).toBeGreaterThanOrEqual(lo);
          expect(p.values[issue]![o]).toBeLessThanOrEqual(hi);
        }
      const [rlo, rhi] = card.uncertain.reservation as readonly [number, number];
      expect(p.reservation).toBeGreaterThanOrEqual(rlo);
      expect(p.reservation).toBeLessThanOrEqual(rhi);
      expect(p.redLines).toEqual(card.preferences.redLines);
      expect(samplePreferences(card.uncertain, createRng(7))).toEqual(p);
    }
  });
});

describe('the negotiation Monte Carlo', () => {
  const base = { agenda: VIENNA, runs: 12, seed: 3 } as const;

  it('gives the same bytes for any number of workers and any chunk size', async () => {
    const inProcess = await collect({ ...base, workers: 0 });
    expect(inProcess.split('\n')).toHaveLength(12);
    expect(await collect({ ...base, workers: 1, chunkSize: 5 })).toBe(inProcess);
    expect(await collect({ ...base, workers: 2, chunkSize: 3 })).toBe(inProcess);
    expect(await collect({ ...base, seed: 4, workers: 0 })).not.toBe(inProcess);
  }, 240_000);

  it('gives the same bytes as before the speed work of issue 10 (golden hash, drawn preferences and mixes)', async () => {
    // Computed with main's code at 8739279 (after the pen fix), before the strategies and the run loop were optimised; recompute only
    // for an intended change of behaviour.
    const { createHash } = await import('node:crypto');
    const all = await collect({ agenda: VIENNA, runs: 40, seed: 1, workers: 0 });
    expect(createHash('sha256').update(all).digest('hex').slice(0, 16)).toBe('cfe9f24d4b24ddb8');
  }, 240_000);

  it('reports progress with increasing counts that end at the number of runs, for any number of workers', async () => {
    for (const workers of [0, 2]) {
      const seen: { done: number; total: number }[] = [];
      const runs: number[] = [];
      for await (const r of negotiationRuns({
        ...base,
        runs: 9,
        workers,
        chunkSize: 2,
        onProgress: (p) => seen.push({ ...p }),
      }))
        runs.push(r.run);
      expect(runs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(seen.length).toBe(5); // one report per chunk of 2 runs
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThan(seen[i - 1]!.done);
      expect(seen.every((p) => p.total === 9)).toBe(true);
      expect(seen.at(-1)!.done).toBe(9);
    }
  }, 240_000);

  it("assigning one party a strategy does not change the others' draws", async () => {
    const model = issgNegotiationModel(VIENNA);
    const spec = {
      agenda: VIENNA,
      runs: 5,
      seed: 3,
      strategies: {},
      mix: null,
      uncertain: true,
      thenDays: null,
    };
    const a = negotiationRun(model, spec, 2);
    const b = negotiationRun(model, { ...spec, strategies: { ir: 'hardliner' } }, 2);
    expect(b.strategies.ir).toBe('hardliner');
    for (const p of ['us', 'ru', 'sa', 'tr', 'fr', 'gb', 'de', 'un'])
      expect(b.strategies[p]).toBe(a.strategies[p]);
    expect(a.strategies.us).toBe('mediator');
  });

  it('summarises agreement, adoption shares, rounds and survival after each outcome', async () => {
    const { summary, spec } = await runNegotiationSweep({ ...base, runs: 8, workers: 0, thenDays: 30 });
    expect(spec.thenDays).toBe(30);
    expect(summary.runs).toBe(8);
    expect(summary.agreement).toBeCloseTo(summary.adopted / 8, 4);
    for (const issue of summary.issues) {
      const total = issue.options.reduce((a, o) => a + o.share, 0);
      if (summary.adopted > 0) expect(total).toBeCloseTo(1, 3);
    }
    const all = summary.after!.outcomes.find((o) => o.outcome === 'all')!;
    expect(all.runs).toBe(8);
    expect(all.survival['30']).toBeGreaterThanOrEqual(0);
  }, 240_000);

  it('refuses an unknown agenda, party or strategy with a usage error', async () => {
    await expect(runNegotiationSweep({ agenda: 'yalta-1945', runs: 1, seed: 1, workers: 0 })).rejects.toThrow(
      /unknown agenda "yalta-1945"/,
    );
    await expect(runNegotiationSweep({ ...base, workers: 0, strategies: { hnc: 'linear' } })).rejects.toThrow(
      /"hnc" is not at the table/,
    );
    await expect(
      runNegotiationSweep({ ...base, workers: 0, strategies: { ru: 'stubborn' } }),
    ).rejects.toThrow();
  });
});

describe('negotiationSummaryAccumulator', () => {
  it('counts the real text, the rounds and the survival groups exactly', () => {
    const agenda = issgAgenda(VIENNA);
    const real = realOutcome(VIENNA);
    const acc = negotiationSummaryAccumulator(agenda, real, 10);
    const other = { ...real, 'talks-date': 'early-june' };
    acc.add({
      run: 0,
      status: 'adopted',
      text: real,
      round: 2,
      strategies: { ir: 'linear' },
      after: { collapseDay: 5, talksDay: null },
    });
    acc.add({
      run: 1,
      status: 'adopted',
      text: other,
      round: 4,
      strategies: { ir: 'boulware:0.2' },
      after: { collapseDay: null, talksDay: 3 },
    });
    acc.add({
      run: 2,
      status: 'failed',
      text: null,
      round: 10,
      strategies: { ir: 'linear' },
      after: { collapseDay: 2, talksDay: null },
    });
    const s = acc.summary();
    expect(s.agreement).toBe(0.6667);
    expect(s.realText).toBe(0.3333);
    expect(s.rounds).toMatchObject({ mean: 3, median: 2, max: 4 });
    expect(s.issues.find((i) => i.issue === 'talks-date')!.options).toEqual([
      { option: 'early-june', share: 0.5 },
      { option: 'no-date', share: 0.5 },
    ]);
    expect(s.byStrategy).toEqual([
      { party: 'ir', strategy: 'boulware:0.2', runs: 1, agreement: 1 },
      { party: 'ir', strategy: 'linear', runs: 2, agreement: 0.5 },
    ]);
    const g = Object.fromEntries(s.after!.outcomes.map((o) => [o.outcome, o]));
    expect(g.all).toMatchObject({ runs: 3, collapsed: 2 });
    expect(g.failed).toMatchObject({ runs: 1, collapsed: 1, survival: { '10': 0 } });
    expect(g['real text']).toMatchObject({ runs: 1, collapsed: 1 });
    expect(g['other text']).toMatchObject({ runs: 1, collapsed: 0, survival: { '10': 1 } });
  });
});

describe('issgConsequences', () => {
  it('is deterministic in (seed, run) and starts from the meeting with the negotiated text', () => {
    const a = issgConsequences(VIENNA, realOutcome(VIENNA), 20, 1, 0);
    expect(issgConsequences(VIENNA, realOutcome(VIENNA), 20, 1, 0)).toEqual(a);
    expect(a.indicators.holding).toHaveLength(20);
  });
});
