import { replay, UsageError } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossesRedLine,
  type DecisionRule,
  negotiationEvents,
  runNegotiation,
  STRATEGY_NAMES,
  type Strategy,
  singleTextProtocol,
  strategyByName,
  visibleTo,
} from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';
import { randomAgenda } from './support/random-agenda.js';

const names = [
  'boulware',
  'boulware:0.5',
  'linear',
  'conceder',
  'conceder:3',
  'tit-for-tat',
  'hardliner',
  'mediator',
];

const smallCase = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  issues: fc.integer({ min: 1, max: 5 }),
  parties: fc.integer({ min: 2, max: 5 }),
  blocs: fc.integer({ min: 0, max: 2 }),
  rounds: fc.integer({ min: 1, max: 8 }),
  strategies: fc.array(fc.constantFrom(...names), { minLength: 5, maxLength: 5 }),
});

describe('runNegotiation', () => {
  it('negotiates the toy agenda to an agreement acceptable to every delegation', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    expect(run.outcome.status).toBe('adopted');
    for (const p of Object.values(toyPrefs)) expect(crossesRedLine(p, run.outcome.text!)).toBe(false);
    expect(run.rounds.length).toBe(run.outcome.round);
    expect(run.rounds[0]!.moves[0]).toMatchObject({ by: 'us', command: { type: 'table-draft' } });
    expect(run.strategies).toEqual({ us: 'mediator', ru: 'mediator', ir: 'linear' });
  });
  it('same seed, same records: deep-equal and the same JSON bytes; records replay to the run state', () => {
    fc.assert(
      fc.property(smallCase, (c) => {
        const { agenda, preferences } = randomAgenda(c.seed, { ...c, options: [2, 3], redLines: true });
        const strategies = Object.fromEntries(agenda.parties.map((p, i) => [p, c.strategies[i % 5]!]));
        const one = runNegotiation({ agenda, preferences, strategies, seed: c.seed });
        const two = runNegotiation({ agenda, preferences, strategies, seed: c.seed });
        expect(two).toEqual(one);
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
        for (const r of one.records) negotiationEvents.validateData(r.type, r.data);
        const state = replay(singleTextProtocol({ ...agenda, deadline: { rounds: c.rounds } }), one.records);
        expect(state.status).toBe(one.outcome.status);
        expect(state.adopted).toEqual(one.outcome.text);
      }),
      { numRuns: 60 },
    );
  });
  it('under consensus, rational strategies never adopt a text that crosses a red line or that someone objects to', () => {
    fc.assert(
      fc.property(smallCase, (c) => {
        const { agenda, preferences } = randomAgenda(c.seed, {
          ...c,
          options: [2, 3],
          redLines: true,
          rule: 'consensus',
        });
        const strategies = Object.fromEntries(agenda.parties.map((p, i) => [p, c.strategies[i % 5]!]));
        const run = runNegotiation({ agenda, preferences, strategies, seed: c.seed, roundsLimit: c.rounds });
        if (run.outcome.status !== 'adopted') return;
        for (const p of preferences) {
          expect(crossesRedLine(p, run.outcome.text!)).toBe(false);
          expect(run.rounds.at(-1)!.utilities[p.party]!).toBeGreaterThanOrEqual(p.reservation - 1e-9);
        }
        const adoptedAt = run.records.findIndex((r) => r.type === 'text-adopted');
        const before = replay(singleTextProtocol(agenda), run.records.slice(0, adoptedAt));
        expect(before.objections).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
  it('the seed matters: different seeds can take different courses', () => {
    const { agenda, preferences } = randomAgenda(3, {
      issues: 6,
      options: [3, 4],
      parties: 6,
      blocs: 2,
      rounds: 8,
    });
    const bytes = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(runNegotiation({ agenda, preferences, seed }).records)),
    );
    expect(bytes.size).toBeGreaterThan(1);
  });
  it('a hardliner under consensus blocks everything but its ideal; under a qualified majority it is outvoted', () => {
    // Iran's ideal text adds to the list, across the US red line: consensus cannot be reached.
    const consensus = runNegotiation({
      agenda: toy,
      preferences: toyPrefs,
      seed: 1,
      strategies: { ir: 'hardliner' },
    });
    expect(consensus.outcome).toEqual({ status: 'failed', text: null, round: 3, reason: 'deadline' });
    expect(consensus.rounds.at(-1)!.objections).toContain('ir');
    const rule: DecisionRule = { qualifiedMajority: 0.6 };
    const qm = runNegotiation({
      agenda: { ...toy, decisionRule: rule },
      preferences: toyPrefs,
      seed: 1,
      strategies: { ir: 'hardliner' },
    });
    expect(qm.outcome.status).toBe('adopted');
    expect(qm.rounds.at(-1)!.objections).toEqual(['ir']);
  });
  it('agents see only what is visible to them, and only their own preferences', () => {
    const seen: string[] = [];
    const spy: Strategy = {
      name: 'spy',
      act(view) {
        for (const e of view.events) if (!visibleTo(e, view.party)) seen.push(`${view.party} saw ${e.type}`);
        if (view.preferences && view.preferences.party !== view.party) seen.push('foreign preferences');
        if (view.round === 1 && view.phase === 'open' && view.role === 'member')
          return [{ type: 'send-message', by: view.party, to: 'us', text: `a word from ${view.party}` }];
        return [];
      },
    };
    const run = runNegotiation({
      agenda: toy,
      preferences: toyPrefs,
      seed: 2,
      strategies: { ir: spy, ru: spy },
    });
    expect(run.records.some((r) => r.type === 'message-sent')).toBe(true);
    expect(seen).toEqual([]);
  });
  it('a refused command is recorded as refused, not applied', () => {
    const rogue: Strategy = {
      name: 'rogue',
      act: (v) => (v.role === 'member' ? [{ type: 'adopt-text', by: v.party }] : []),
    };
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1, strategies: { ir: rogue } });
    expect(run.rounds[0]!.moves).toContainEqual({
      by: 'ir',
      command: { type: 'adopt-text', by: 'ir' },
      refused: 'negotiation/chair-only',
    });
  });
  it('strategyByName parses NAME[:PARAM] and refuses the rest with the list of names', () => {
    expect(strategyByName('boulware:0.2').name).toBe('boulware:0.2');
    expect(strategyByName('boulware').name).toBe('boulware:0.2');
    expect(strategyByName('conceder').name).toBe('conceder:2');
    expect(strategyByName('linear').name).toBe('linear');
    expect(strategyByName('time-dependent:1').name).toBe('linear');
    for (const bad of [
      'nice',
      'boulware:x',
      'boulware:2',
      'linear:1',
      'hardliner:3',
      'boulware:0.2:1',
      'time-dependent',
    ])
      expect(() => strategyByName(bad), bad).toThrow(UsageError);
    expect(() => strategyByName('nice')).toThrow(/known strategies: boulware/);
    expect(STRATEGY_NAMES).toContain('tit-for-tat');
  });
});
