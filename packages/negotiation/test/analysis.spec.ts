import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Agenda,
  acceptable,
  analyse,
  crossesRedLine,
  type DecisionRule,
  meetsDecisionRule,
  type Preferences,
  type Text,
  utility,
  vetoPlayers,
} from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';

// Small random agendas on a grid (values in eighths, weights in eighths summing to 1), so that every
// utility is exact in floating point and the brute force below compares without tolerance.

const grid = (max: number) => fc.integer({ min: 0, max }).map((k) => k / 8);

function weightsArb(k: number): fc.Arbitrary<number[]> {
  // a composition of 8 eighths into k parts
  return fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: 8, maxLength: 8 }).map((cuts) => {
    const w = new Array<number>(k).fill(0);
    for (const c of cuts) w[c]! += 1 / 8;
    return w;
  });
}

const ruleArb: fc.Arbitrary<DecisionRule> = fc.oneof(
  fc.constant('consensus' as const),
  fc.constant('co-chairs' as const),
  fc.constantFrom(0.5, 0.66, 1).map((q) => ({ qualifiedMajority: q })),
);

const caseArb = fc
  .record({
    optionCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
    parties: fc.integer({ min: 1, max: 4 }),
    rule: ruleArb,
  })
  .chain(({ optionCounts, parties, rule }) => {
    const issues = optionCounts.map((m, j) => ({
      id: `i${j}`,
      label: `i${j}`,
      options: Array.from({ length: m }, (_, o) => ({ id: `o${o}`, label: `o${o}` })),
    }));
    const names = Array.from({ length: parties }, (_, i) => `p${i}`);
    const prefArb = (party: string) =>
      fc
        .record({
          weights: weightsArb(issues.length),
          values: fc.tuple(
            ...issues.map((iss) =>
              fc.array(grid(8), { minLength: iss.options.length, maxLength: iss.options.length }),
            ),
          ),
          red: fc.tuple(
            ...issues.map((iss) =>
              fc.array(
                fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
                { minLength: iss.options.length, maxLength: iss.options.length },
              ),
            ),
          ),
          reservation: grid(5),
        })
        .map(
          ({ weights, values, red, reservation }): Preferences => ({
            party,
            weights: Object.fromEntries(issues.map((iss, j) => [iss.id, weights[j]!])),
            values: Object.fromEntries(
              issues.map((iss, j) => [
                iss.id,
                Object.fromEntries(iss.options.map((o, k) => [o.id, values[j]![k]!])),
              ]),
            ),
            redLines: Object.fromEntries(
              issues
                .map((iss, j) => [iss.id, iss.options.filter((_, k) => red[j]![k]).map((o) => o.id)] as const)
                .filter(([, l]) => l.length > 0),
            ),
            reservation,
          }),
        );
    const agenda: Agenda = {
      id: 'random',
      title: 'random',
      parties: names,
      chairs: names.slice(0, 2),
      decisionRule: rule,
      deadline: { rounds: 5 },
      issues,
    };
    return fc.tuple(fc.constant(agenda), fc.tuple(...names.map(prefArb)));
  });

function allTexts(agenda: Agenda): Text[] {
  let texts: Record<string, string>[] = [{}];
  for (const issue of agenda.issues)
    texts = texts.flatMap((t) => issue.options.map((o) => ({ ...t, [issue.id]: o.id })));
  return texts;
}

const key = (t: Text) => JSON.stringify(t);
/** Red lines crossed, then utility: the order analysis compares delegations' outcomes in. */
const redCount = (p: Preferences, t: Text) =>
  Object.entries(p.redLines).filter(([issue, opts]) => opts.includes(t[issue]!)).length;
function dominates(prefs: readonly Preferences[], y: Text, x: Text): boolean {
  let strict = false;
  for (const p of prefs) {
    const a = utility(p, y) - 4 * redCount(p, y);
    const b = utility(p, x) - 4 * redCount(p, x);
    if (a < b) return false;
    if (a > b) strict = true;
  }
  return strict;
}

describe('analyse against brute force on small random agendas', () => {
  it('Pareto frontier, ZOPA, solutions, veto and pivotal players equal their definitions', () => {
    fc.assert(
      fc.property(caseArb, ([agenda, prefs]) => {
        const a = analyse(agenda, prefs);
        const texts = allTexts(agenda);
        expect(a.exact).toBe(true);
        expect(a.spaceSize).toBe(texts.length);
        const pareto = texts.filter((x) => !texts.some((y) => dominates(prefs, y, x)));
        expect(new Set(a.pareto.map(key))).toEqual(new Set(pareto.map(key)));
        expect(a.paretoSize).toBe(pareto.length);
        const supports = (t: Text) => prefs.filter((p) => acceptable(p, t)).map((p) => p.party);
        const adopts = (supporters: string[]) =>
          meetsDecisionRule(agenda.decisionRule, {
            present: agenda.parties,
            coChairs: agenda.chairs,
            supporters,
            objectors: agenda.parties.filter((p) => !supporters.includes(p)),
          });
        const zopa = texts.filter((t) => adopts(supports(t)));
        expect(a.zopa.map(key)).toEqual(zopa.map(key));
        expect(a.zopaSize).toBe(zopa.length);
        const rational = texts.filter((t) => prefs.every((p) => acceptable(p, t)));
        expect(a.rationalSize).toBe(rational.length);
        const vetoes = agenda.parties.filter((p) => !adopts(agenda.parties.filter((q) => q !== p)));
        expect(vetoPlayers(agenda)).toEqual(vetoes);
        const blockedAlone = Object.fromEntries(
          agenda.parties.map((p) => [
            p,
            texts.filter((t) => !adopts(supports(t)) && adopts([...supports(t), p])).length,
          ]),
        );
        expect(a.blockedAlone).toEqual(blockedAlone);
        expect(a.pivotal).toEqual(vetoes.filter((p) => blockedAlone[p]! > 0));
        // Solutions: the best value over the IR texts, and Pareto-optimal.
        const nashValue = (t: Text) => prefs.reduce((x, p) => x * (utility(p, t) - p.reservation), 1);
        const minGain = (t: Text) => Math.min(...prefs.map((p) => utility(p, t) - p.reservation));
        const sum = (t: Text) => prefs.reduce((x, p) => x + utility(p, t), 0);
        if (rational.length === 0) {
          expect(a.nash).toBeNull();
          expect(a.kalaiSmorodinsky).toBeNull();
          expect(a.utilitarian).toBeNull();
          expect(a.egalitarian).toBeNull();
          expect(a.gains).toEqual({});
          return;
        }
        const paretoKeys = new Set(pareto.map(key));
        for (const sol of [a.nash, a.kalaiSmorodinsky, a.utilitarian, a.egalitarian]) {
          expect(sol).not.toBeNull();
          expect(paretoKeys.has(key(sol!.text))).toBe(true);
          expect(prefs.every((p) => acceptable(p, sol!.text))).toBe(true);
          for (const p of prefs) expect(sol!.utilities[p.party]).toBeCloseTo(utility(p, sol!.text), 12);
        }
        expect(nashValue(a.nash!.text)).toBeCloseTo(Math.max(...rational.map(nashValue)), 12);
        expect(sum(a.utilitarian!.text)).toBeCloseTo(Math.max(...rational.map(sum)), 12);
        expect(minGain(a.egalitarian!.text)).toBeCloseTo(Math.max(...rational.map(minGain)), 12);
        const ideal = prefs.map((p) => Math.max(...rational.map((t) => utility(p, t))));
        const ks = (t: Text) =>
          Math.min(
            ...prefs.map((p, i) =>
              ideal[i]! > p.reservation ? (utility(p, t) - p.reservation) / (ideal[i]! - p.reservation) : 1,
            ),
          );
        expect(ks(a.kalaiSmorodinsky!.text)).toBeCloseTo(Math.max(...rational.map(ks)), 12);
        // The Nash text is in the ZOPA (it is acceptable to everyone).
        expect(zopa.map(key)).toContain(key(a.nash!.text));
        for (const p of prefs)
          expect(a.gains[p.party]).toBeCloseTo(utility(p, a.nash!.text) - p.reservation, 12);
      }),
      { numRuns: 300 },
    );
  });
  it('under consensus, a non-empty ZOPA has a Nash text in it, Pareto-optimal', () => {
    fc.assert(
      fc.property(caseArb, ([agenda, prefs]) => {
        const a = analyse({ ...agenda, decisionRule: 'consensus' }, prefs);
        if (a.zopaSize === 0) return;
        expect(a.nash).not.toBeNull();
        expect(a.zopa.map(key)).toContain(key(a.nash!.text));
        expect(a.pareto.map(key)).toContain(key(a.nash!.text));
        expect(prefs.some((p) => crossesRedLine(p, a.nash!.text))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
  it('symmetric delegations get symmetric results: relabelling the parties permutes the gains only', () => {
    fc.assert(
      fc.property(caseArb, ([agenda, prefs]) => {
        const a = analyse(agenda, prefs);
        const reversed: Agenda = {
          ...agenda,
          parties: [...agenda.parties].reverse(),
          decisionRule: 'consensus',
        };
        const b = analyse(reversed, [...prefs].reverse());
        const c = analyse({ ...agenda, decisionRule: 'consensus' }, prefs);
        expect(b.paretoSize).toBe(a.paretoSize);
        expect(b.nash?.text).toEqual(c.nash?.text);
        expect(b.gains).toEqual(c.gains);
        expect(b.zopaSize).toBe(c.zopaSize);
        expect(new Set(b.pivotal)).toEqual(new Set(c.pivotal));
        // two delegations with the same preferences gain the same
        const twin: Preferences = { ...prefs[0]!, party: 'twin' };
        const d = analyse({ ...agenda, parties: [...agenda.parties, 'twin'] }, [...prefs, twin]);
        if (d.nash) expect(d.gains.twin).toBe(d.gains[prefs[0]!.party]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('analyse on the toy agenda', () => {
  it('finds the Nash text, the ZOPA and the pivotal players', () => {
    const a = analyse(toy, toyPrefs);
    expect(a.exact).toBe(true);
    expect(a.spaceSize).toBe(12);
    expect(a.vetoPlayers).toEqual(['us', 'ru', 'ir']);
    for (const t of a.zopa) for (const p of Object.values(toyPrefs)) expect(acceptable(p, t)).toBe(true);
    expect(a.nash).not.toBeNull();
    expect(a.zopa).toContainEqual(a.nash!.text);
  });
  it('samples beyond the bound, seeded, and says so', () => {
    const one = analyse(toy, toyPrefs, { maxTexts: 5, samples: 8, seed: 3 });
    const two = analyse(toy, toyPrefs, { maxTexts: 5, samples: 8, seed: 3 });
    expect(one.exact).toBe(false);
    expect(one.sampled).toBe(8);
    expect(one.bound).toBe(5);
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
  });
});
