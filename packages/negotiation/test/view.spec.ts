import { UsageError } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  describeNegotiationEvent,
  negotiationMoves,
  negotiationRounds,
  outcomePlane,
  runNegotiation,
  utility,
} from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';
import { randomAgenda } from './support/random-agenda.js';

const NAMES: Record<string, string> = { us: 'the US', ru: 'Russia', ir: 'Iran' };
const name = (p: string) => NAMES[p] ?? p;

describe('negotiationMoves and describeNegotiationEvent', () => {
  const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
  const moves = negotiationMoves(run.records, toy, name);

  it('says who moved what, round by round, leaving out the opening and the round ends', () => {
    expect(moves[0]).toMatchObject({
      round: 1,
      by: 'us',
      what: 'tables the draft (v1)',
      type: 'draft-tabled',
    });
    expect(moves[0]!.sentence).toBe('The US tables the draft (v1).');
    expect(moves.some((m) => m.type === 'round-ended' || m.type === 'negotiation-opened')).toBe(false);
    // one move per event of the log but those two, in log order
    const kept = run.records.filter((r) => r.type !== 'round-ended' && r.type !== 'negotiation-opened');
    expect(moves.map((m) => m.seq)).toEqual(kept.map((r) => r.seq));
    const last = moves[moves.length - 1]!;
    expect(last.by).toBe('—');
    expect(last.what).toMatch(/^the text is adopted \(consensus, 3 in support\)$|^no text adopted/);
    expect(last.round).toBe(run.outcome.round);
  });

  it('names an amendment by its issue and option when it is accepted or rejected', () => {
    const proposed = run.records.find((r) => r.type === 'amendment-proposed');
    const ruled = run.records.find((r) => r.type === 'amendment-accepted' || r.type === 'amendment-rejected');
    if (!proposed || !ruled) throw new Error('the toy run has an amendment and a ruling (seed 1)');
    const data = proposed.data as { issue: string; option: string; amendment: string };
    const m = moves.find((x) => x.seq === ruled.seq)!;
    expect(m.what).toContain(`${data.issue} → ${data.option}`);
    // without the amendment in the context, the sentence falls back on its id
    const bare = describeNegotiationEvent(ruled, toy, { draft: null, amendments: new Map() });
    expect(bare.what).toContain((ruled.data as { amendment: string }).amendment);
  });

  it('describes every event of an alternating-offers run too', () => {
    const two = { ...toy, parties: ['us', 'ru'], chairs: [] };
    const r = runNegotiation({
      agenda: two,
      preferences: { us: toyPrefs.us!, ru: toyPrefs.ru! },
      seed: 3,
      protocol: 'alternating-offers',
    });
    const m = negotiationMoves(r.records, two, name);
    expect(m[0]!.what).toBe('makes an offer');
    expect(m.every((x) => x.sentence.endsWith('.') && x.sentence.length > 5)).toBe(true);
  });
});

describe('negotiationRounds', () => {
  it('gives, from the records alone, the drafts, utilities and objections runNegotiation reports', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (seed, issues, parties, rounds) => {
          const { agenda, preferences } = randomAgenda(seed, { issues, options: [2, 4], parties, rounds });
          const run = runNegotiation({ agenda, preferences, seed });
          const view = negotiationRounds(run.records, agenda, preferences);
          expect(view.map((r) => r.round)).toEqual(run.rounds.map((r) => r.round));
          view.forEach((r, i) => {
            const expected = run.rounds[i]!;
            expect(r.draft).toEqual(expected.draft);
            expect(r.objections).toEqual(expected.objections);
            expect(r.utilities).toEqual(expected.utilities);
            // the utility series is the utility of the draft, recomputed
            for (const p of preferences)
              expect(r.utilities[p.party]).toBe(r.draft === null ? null : utility(p, r.draft));
            expect(r.moves.every((m) => m.round === r.round)).toBe(true);
          });
          expect(view[view.length - 1]!.status).toBe(run.outcome.status);
          expect(view.flatMap((r) => r.moves)).toEqual(negotiationMoves(run.records, agenda));
        },
      ),
      { numRuns: 40, seed: 10 },
    );
  });

  it('marks the issues that changed in a round, and shows a log cut inside a round so far', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    const view = negotiationRounds(run.records, toy, toyPrefs);
    expect(view[0]!.changed).toEqual(toy.issues.map((i) => i.id));
    const cut = negotiationRounds(run.records.slice(0, 3), toy);
    expect(cut).toHaveLength(1);
    expect(cut[0]!.status).toBe('open');
    expect(cut[0]!.utilities).toEqual({});
  });

  it('refuses a log that does not start with the opening, or negotiates another agenda', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    expect(() => negotiationRounds(run.records.slice(1), toy)).toThrow(UsageError);
    expect(() => negotiationRounds(run.records, { ...toy, id: 'other' })).toThrow(/negotiates "toy"/);
  });
});

describe('outcomePlane', () => {
  it('the toy agenda: every text placed, the frontier, and the Nash text marked', () => {
    const a = analyse(toy, toyPrefs);
    const plane = outcomePlane(toy, toyPrefs, ['us', 'ru'], { marks: { nash: a.nash?.text, real: null } });
    expect(plane.exact).toBe(true);
    expect(plane.evaluated).toBe(12);
    expect(plane.points.reduce((n, p) => n + p.texts, 0)).toBe(12);
    expect(plane.marks.map((m) => m.name)).toEqual(['nash']);
    const nash = plane.marks[0]!;
    expect(nash.x).toBeCloseTo(a.nash!.utilities.us!, 12);
    expect(nash.y).toBeCloseTo(a.nash!.utilities.ru!, 12);
  });

  it('property: no frontier point is dominated, every other point is, and it equals brute force', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 4 }),
        (seed, issues, parties) => {
          const { agenda, preferences } = randomAgenda(seed, { issues, options: [2, 4], parties });
          const [x, y] = [agenda.parties[0]!, agenda.parties[parties - 1]!];
          const plane = outcomePlane(agenda, preferences, [x, y]);
          const dominates = (p: { x: number; y: number }, q: { x: number; y: number }) =>
            p.x >= q.x && p.y >= q.y && (p.x > q.x || p.y > q.y);
          const onFront = new Set(plane.frontier);
          for (const f of plane.frontier) expect(plane.points.some((p) => dominates(p, f))).toBe(false);
          for (const p of plane.points)
            if (!onFront.has(p)) expect(plane.frontier.some((f) => dominates(f, p))).toBe(true);
          // brute force: every text's pair of utilities
          const px = preferences.find((p) => p.party === x)!;
          const py = preferences.find((p) => p.party === y)!;
          let texts: Record<string, string>[] = [{}];
          for (const i of agenda.issues)
            texts = texts.flatMap((t) => i.options.map((o) => ({ ...t, [i.id]: o.id })));
          expect(plane.evaluated).toBe(texts.length);
          const near = (p: { x: number; y: number }, t: Record<string, string>) =>
            Math.abs(p.x - utility(px, t)) < 1e-9 && Math.abs(p.y - utility(py, t)) < 1e-9;
          for (const t of texts) expect(plane.points.some((p) => near(p, t))).toBe(true);
          for (const p of plane.points) expect(texts.some((t) => near(p, t))).toBe(true);
        },
      ),
      { numRuns: 30, seed: 11 },
    );
  });

  it('samples a space above the bound and says so', () => {
    const { agenda, preferences } = randomAgenda(5, { issues: 6, options: 4, parties: 3 });
    const plane = outcomePlane(agenda, preferences, ['p0', 'p1'], { maxTexts: 1000, samples: 500 });
    expect(plane.exact).toBe(false);
    expect(plane.spaceSize).toBe(4096);
    expect(plane.bound).toBe(1000);
    expect(plane.evaluated).toBe(500);
    expect(plane.points.reduce((n, p) => n + p.texts, 0)).toBe(500);
  });

  it('refuses a delegation not at the table, or the same one twice', () => {
    expect(() => outcomePlane(toy, toyPrefs, ['us', 'cn'])).toThrow(/"cn" is not a delegation/);
    expect(() => outcomePlane(toy, toyPrefs, ['us', 'us'])).toThrow(UsageError);
  });
});
