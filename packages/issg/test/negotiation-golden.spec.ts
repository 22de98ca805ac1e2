import { createHash } from 'node:crypto';
import { analyse, runNegotiation } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { issgAgenda, issgRoleCards } from '../src/index.js';

/**
 * Golden hashes of seeded negotiations and analyses of the ISSG agendas, computed on the code before the
 * speed work of issue 10 (main at 8739279, after the pen fix of negfix): the optimised strategies, run loop and analysis must give the
 * same records, rounds, outcomes and analyses, byte for byte. When a change of behaviour is intended (a
 * strategy's logic, an agenda's data), recompute them and say so in the commit.
 */
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

const MIXES: readonly (Readonly<Record<string, string>> | undefined)[] = [
  undefined,
  { ru: 'boulware:0.2', ir: 'hardliner', sa: 'conceder:2', tr: 'tit-for-tat' },
  { fr: 'tit-for-tat', gb: 'boulware:0.5', un: 'hardliner', de: 'conceder:3' },
];

function runsHash(agendaId: string, seeds: number, mixes: typeof MIXES): string {
  const agenda = issgAgenda(agendaId);
  const preferences = issgRoleCards(agenda.id).map((c) => c.preferences);
  const h = createHash('sha256');
  for (const strategies of mixes)
    for (let seed = 1; seed <= seeds; seed++) {
      const known = strategies
        ? Object.fromEntries(
            Object.entries(strategies).filter(
              ([p]) => agenda.parties.includes(p) || agenda.chairs.includes(p),
            ),
          )
        : undefined;
      const r = runNegotiation({ agenda, preferences, seed, ...(known ? { strategies: known } : {}) });
      h.update(JSON.stringify([r.outcome, r.strategies, r.rounds, r.records]));
    }
  return h.digest('hex').slice(0, 16);
}

describe('seeded negotiations give the same bytes as before the speed work', () => {
  it('Vienna, default strategies and two mixes, 12 seeds each', () => {
    expect(runsHash('vienna-2016-05-17', 12, MIXES)).toBe('41c2753b1bc8bb41');
  });
  it('Munich, default strategies and two mixes, 8 seeds each', () => {
    expect(runsHash('munich-2016-02-11', 8, MIXES)).toBe('e02d6e2fdfe05355');
  });
  it('Geneva (alternating offers), default strategies and two mixes', () => {
    expect(
      runsHash('geneva-2016-09-09', 6, [
        undefined,
        { us: 'boulware:0.2', ru: 'tit-for-tat' },
        { us: 'conceder:2', ru: 'hardliner' },
      ]),
    ).toBe('034797fea8d2f189');
  });
  it('analyses of the three agendas, exact and sampled', () => {
    const out = ['munich-2016-02-11', 'vienna-2016-05-17', 'geneva-2016-09-09'].map((id) => {
      const agenda = issgAgenda(id);
      const preferences = issgRoleCards(id).map((c) => c.preferences);
      return [
        analyse(agenda, preferences),
        analyse(agenda, preferences, { maxTexts: 100, samples: 300, seed: 5 }),
        analyse({ ...agenda, decisionRule: 'co-chairs' }, preferences),
        analyse({ ...agenda, decisionRule: { qualifiedMajority: 0.7 } }, preferences),
      ];
    });
    expect(sha(out)).toBe('2596fe84e8d24a76');
  });
});
