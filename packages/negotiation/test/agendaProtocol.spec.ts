import { replay, UsageError, ValidationError } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Agenda,
  acceptable,
  alternatingOffersProtocol,
  crossesRedLine,
  idealText,
  parseAgenda,
  runNegotiation,
} from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';
import { randomAgenda } from './support/random-agenda.js';

/** The toy agenda as a bilateral negotiation that carries its protocol. */
const bilateral: Agenda = {
  ...toy,
  id: 'bilateral',
  parties: ['us', 'ru'],
  chairs: [],
  protocol: 'alternating-offers',
  deadline: { rounds: 8 },
};
const prefs = { us: toyPrefs.us!, ru: toyPrefs.ru! };
const types = (run: ReturnType<typeof runNegotiation>) => new Set(run.records.map((r) => r.type));

const OFFER_STRATEGIES = ['boulware', 'linear', 'conceder', 'tit-for-tat', 'hardliner'] as const;

describe("an agenda's protocol", () => {
  it('given an agenda that says alternating-offers, when it is run with no protocol option, then the parties exchange offers', () => {
    const run = runNegotiation({ agenda: bilateral, preferences: prefs, seed: 1 });
    expect(run.records[0]!.data).toMatchObject({ protocol: 'alternating-offers' });
    expect(types(run).has('offer-made')).toBe(true);
    expect(types(run).has('draft-tabled')).toBe(false);
    // the defaults under alternating offers: no chair, no mediator
    expect(run.strategies).toEqual({ us: 'linear', ru: 'linear' });
    // the records replay under the alternating-offers decider to the run's outcome
    const state = replay(alternatingOffersProtocol(bilateral), run.records);
    expect(state.status).toBe(run.outcome.status);
    expect(state.adopted).toEqual(run.outcome.text);
  });

  it('given the same agenda, when the protocol option says single-text, then the option wins', () => {
    const run = runNegotiation({
      agenda: bilateral,
      preferences: prefs,
      seed: 1,
      protocol: 'single-text',
    });
    expect(types(run).has('draft-tabled')).toBe(true);
    expect(types(run).has('offer-made')).toBe(false);
  });

  it('given an agenda with no protocol, when it is run, then it is a single negotiating text (the default)', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    expect(run.records[0]!.data).toMatchObject({ protocol: 'single-text' });
  });

  it.each(OFFER_STRATEGIES)(
    'given alternating offers, when both parties play %s, then every adopted text crosses no red line and is acceptable to both',
    (name) => {
      for (let seed = 1; seed <= 5; seed++) {
        const run = runNegotiation({
          agenda: bilateral,
          preferences: prefs,
          seed,
          strategies: { us: name, ru: name },
        });
        expect(run.strategies.us!.startsWith(name)).toBe(true);
        expect(types(run).has('offer-made')).toBe(true);
        if (run.outcome.status === 'adopted')
          for (const p of Object.values(prefs)) expect(acceptable(p, run.outcome.text!)).toBe(true);
      }
    },
  );

  it('given alternating offers, when a time-dependent party meets a hardliner, then the hardliner gets its ideal text', () => {
    // the US ideal (june, air drops, keep) gives Russia 0.28: above a reservation of 0.25, so a linear
    // Russia, whose target falls to 0.25 by the last round, ends by accepting it
    const ru = { ...prefs.ru, reservation: 0.25 };
    const run = runNegotiation({
      agenda: bilateral,
      preferences: { us: prefs.us, ru },
      seed: 1,
      strategies: { us: 'hardliner', ru: 'linear' },
    });
    expect(run.outcome.status).toBe('adopted');
    expect(run.outcome.text).toEqual(idealText(bilateral, prefs.us));
  });

  it('given alternating offers, when two conceders meet, then they agree sooner than two Boulwares', () => {
    const round = (s: string) =>
      runNegotiation({ agenda: bilateral, preferences: prefs, seed: 1, strategies: { us: s, ru: s } }).outcome
        .round;
    expect(round('conceder:3')).toBeLessThan(round('boulware:0.2')!);
  });

  it('given alternating offers, when a party is told to play mediator, then a usage error says that nobody holds the pen', () => {
    expect(() =>
      runNegotiation({ agenda: bilateral, preferences: prefs, seed: 1, strategies: { ru: 'mediator' } }),
    ).toThrow(UsageError);
    expect(() =>
      runNegotiation({ agenda: bilateral, preferences: prefs, seed: 1, strategies: { ru: 'mediator' } }),
    ).toThrow(/"ru" plays mediator.*alternating offers.*nobody holds the pen/);
  });

  it('property: under alternating offers, any mix of the offer strategies never adopts a red line; same seed, same bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...OFFER_STRATEGIES),
        fc.constantFrom(...OFFER_STRATEGIES),
        (seed, a, b) => {
          const { agenda, preferences } = randomAgenda(seed, {
            issues: 3,
            parties: 2,
            blocs: 0,
            rounds: 6,
            options: [2, 3],
            redLines: true,
          });
          const offers: Agenda = {
            ...agenda,
            chairs: [],
            decisionRule: 'consensus',
            protocol: 'alternating-offers',
          };
          const [p, q] = offers.parties as [string, string];
          const go = () =>
            runNegotiation({ agenda: offers, preferences, seed, strategies: { [p]: a, [q]: b } });
          const run = go();
          expect(JSON.stringify(go())).toBe(JSON.stringify(run));
          expect(types(run).has('draft-tabled')).toBe(false);
          if (run.outcome.text)
            for (const pr of Object.values(preferences))
              expect(crossesRedLine(pr, run.outcome.text)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('parseAgenda and the protocol field', () => {
  const json = (protocol: string, parties: string[]) =>
    JSON.stringify({ ...toy, chairs: [], parties, protocol, issues: toy.issues }, null, 2);

  it('given a bilateral agenda with protocol alternating-offers, when parsed, then it keeps the protocol', () => {
    expect(parseAgenda(json('alternating-offers', ['us', 'ru'])).protocol).toBe('alternating-offers');
  });

  it('given three parties under alternating offers, when parsed, then the protocol line is named', () => {
    const text = json('alternating-offers', ['us', 'ru', 'ir']);
    try {
      parseAgenda(text, 'three.json');
      expect.unreachable('parseAgenda accepted three parties under alternating offers');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const line = text.split('\n').findIndex((l) => l.includes('"protocol"')) + 1;
      expect((e as Error).message).toContain(
        `three.json:${line}: protocol: alternating offers is a protocol for two`,
      );
    }
  });

  it('given an unknown protocol, when parsed, then it is refused', () => {
    expect(() => parseAgenda(json('auction', ['us', 'ru']))).toThrow(ValidationError);
  });
});
