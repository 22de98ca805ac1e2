import { InvariantError, UsageError } from '@parley/core';
import { spec } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import {
  type Agenda,
  alternatingOffersProtocol,
  crossesRedLine,
  type NegotiationEvent,
  proposerOf,
  NEGOTIATION_RULES as R,
  runNegotiation,
} from '../src/index.js';
import { draft, toy, toyPrefs } from './fixtures.js';

const bilateral: Agenda = {
  ...toy,
  id: 'bilateral',
  parties: ['us', 'ru'],
  chairs: [],
  deadline: { rounds: 4 },
};
const the = spec(alternatingOffersProtocol(bilateral));
const opened: NegotiationEvent = {
  type: 'negotiation-opened',
  data: {
    agenda: 'bilateral',
    protocol: 'alternating-offers',
    parties: ['us', 'ru'],
    chairs: [],
    decisionRule: 'consensus',
    deadline: 4,
    by: 'timekeeper',
  },
};
const usOffers: NegotiationEvent = { type: 'offer-made', data: { by: 'us', text: draft, round: 1 } };
const end = (round: number): NegotiationEvent => ({ type: 'round-ended', data: { round, by: 'timekeeper' } });

describe('alternating offers', () => {
  it('is bilateral', () => {
    expect(() => alternatingOffersProtocol(toy)).toThrow(UsageError);
  });
  it('the parties take turns: the first delegation in odd rounds', () => {
    expect([1, 2, 3].map((r) => proposerOf(bilateral, r))).toEqual(['us', 'ru', 'us']);
    the.given([opened]).when({ type: 'make-offer', by: 'us', text: draft }).then([usOffers]);
    the
      .given([opened])
      .when({ type: 'make-offer', by: 'ru', text: draft })
      .thenThrows(InvariantError, R.notYourTurn);
  });
  it('the other party accepts the standing offer on its turn, which adopts it', () => {
    the
      .given([opened, usOffers, end(1)])
      .when({ type: 'accept-offer', by: 'ru' })
      .then([
        {
          type: 'text-adopted',
          data: { text: draft, round: 2, supporters: ['us', 'ru'], decisionRule: 'consensus' },
        },
      ]);
  });
  it(`${R.noOffer} and ${R.ownOffer}`, () => {
    the.given([opened]).when({ type: 'accept-offer', by: 'us' }).thenThrows(InvariantError, R.noOffer);
    the
      .given([opened, usOffers, end(1), end(2)])
      .when({ type: 'accept-offer', by: 'us' })
      .thenThrows(InvariantError, R.ownOffer);
  });
  it(`${R.invalidText}: an offer is a whole text`, () => {
    the
      .given([opened])
      .when({ type: 'make-offer', by: 'us', text: { talks: 'june' } })
      .thenThrows(InvariantError, R.invalidText);
  });
  it(`${R.wrongProtocol}: single-text commands are refused`, () => {
    the
      .given([opened])
      .when({ type: 'table-draft', by: 'us', text: draft })
      .thenThrows(InvariantError, R.wrongProtocol);
  });
  it('the deadline fails it', () => {
    the
      .given([opened, end(1), end(2), end(3)])
      .when({ type: 'end-round', by: 'timekeeper' })
      .then([end(4), { type: 'negotiation-failed', data: { round: 4, reason: 'deadline' } }]);
  });
  it('a walk-out ends it', () => {
    the
      .given([opened])
      .when({ type: 'walk-out', by: 'ru' })
      .then([
        { type: 'delegation-walked-out', data: { by: 'ru', round: 1 } },
        { type: 'negotiation-failed', data: { round: 1, reason: 'walk-out' } },
      ]);
  });
  it('concession strategies reach an agreement neither side rejects (Rubinstein: they trade offers)', () => {
    const run = runNegotiation({
      agenda: bilateral,
      preferences: toyPrefs,
      seed: 1,
      protocol: 'alternating-offers',
      roundsLimit: 6,
    });
    expect(run.outcome.status).toBe('adopted');
    for (const party of ['us', 'ru']) {
      const p = toyPrefs[party]!;
      expect(crossesRedLine(p, run.outcome.text!)).toBe(false);
    }
    const offers = run.records.filter((r) => r.type === 'offer-made').map((r) => r.meta?.actor);
    expect(offers.slice(0, 2)).toEqual(['us', 'ru']);
    const two = runNegotiation({
      agenda: bilateral,
      preferences: toyPrefs,
      seed: 1,
      protocol: 'alternating-offers',
      roundsLimit: 6,
    });
    expect(JSON.stringify(two)).toBe(JSON.stringify(run));
  });
  it('two hardliners with opposed ideals never agree', () => {
    const run = runNegotiation({
      agenda: bilateral,
      preferences: toyPrefs,
      seed: 1,
      protocol: 'alternating-offers',
      strategies: { us: 'hardliner', ru: 'hardliner' },
    });
    expect(run.outcome).toEqual({ status: 'failed', text: null, round: 4, reason: 'deadline' });
  });
});
