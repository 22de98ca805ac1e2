import { describe, expect, it } from 'vitest';
import { InvariantError, UsageError, ValidationError } from '../src/errors.js';
import { TerminalStateError } from '../src/session/errors.js';
import { differences, SpecificationError } from '../src/testing/assert.js';
import { spec } from '../src/testing/spec.js';
import { talks } from './fixtures/talks.js';

const joined = (party: string) => ({ type: 'party-joined' as const, data: { party } });

describe('spec(decider): given / when / then', () => {
  const talk = spec(talks);

  it('a party joins', () => {
    talk.when({ type: 'join', party: 'us' }).then([joined('us')]);
  });

  it('a member makes an offer', () => {
    talk
      .given([joined('us')])
      .when({ type: 'offer', by: 'us', amount: 10, items: ['aid'] })
      .then([{ type: 'offer-made', data: { offer: 1, by: 'us', terms: { amount: 10, items: ['aid'] } } }]);
  });

  it('accepting an offer closes the talks (two events)', () => {
    talk
      .given([
        joined('us'),
        joined('ru'),
        { type: 'offer-made', data: { offer: 1, by: 'us', terms: { amount: 1, items: [] } } },
      ])
      .when({ type: 'accept', by: 'ru', offer: 1 })
      .then([
        { type: 'offer-accepted', data: { offer: 1, by: 'ru' } },
        { type: 'talks-closed', data: { reason: 'agreement' } },
      ]);
  });

  it('invariants are checked by class and rule', () => {
    talk
      .when({ type: 'offer', by: 'us', amount: 1, items: [] })
      .thenThrows(InvariantError, 'party-must-join');
    talk
      .given([joined('us')])
      .when({ type: 'join', party: 'us' })
      .thenThrows(InvariantError, 'party-joins-once');
    talk
      .given([
        joined('us'),
        { type: 'offer-made', data: { offer: 1, by: 'us', terms: { amount: 1, items: [] } } },
      ])
      .when({ type: 'accept', by: 'us', offer: 1 })
      .thenThrows(InvariantError, (e) => e.rule === 'no-self-acceptance');
  });

  it('a terminal state refuses commands, as a session would', () => {
    talk
      .given([{ type: 'talks-closed', data: { reason: 'walk-out' } }])
      .when({ type: 'noop' })
      .thenThrows(TerminalStateError);
  });

  it('given events at an old version are upcast; at is compared only when expected', () => {
    talk
      .given([
        joined('us'),
        { type: 'offer-made', v: 1, data: { offer: 1, from: 'us', amount: 3 } } as any,
        joined('ru'),
      ])
      .when({ type: 'withdraw', by: 'us', offer: 1 }, { at: '2016-02-27' })
      .then([{ type: 'offer-withdrawn', data: { offer: 1 }, at: '2016-02-27' }]);
  });

  it('thenState checks the state after the decided events', () => {
    talk
      .given([joined('us')])
      .when({ type: 'offer', by: 'us', amount: 2, items: [] })
      .thenState((s) => s.offers.length === 1 && s.parties.us!.offers === 1);
  });

  it('fails with a readable diff when the events differ', () => {
    const err = (() => {
      try {
        talk
          .given([joined('us')])
          .when({ type: 'offer', by: 'us', amount: 2, items: [] })
          .then([{ type: 'offer-made', data: { offer: 1, by: 'us', terms: { amount: 3, items: [] } } }]);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(SpecificationError);
    expect(err!.message).toContain('events[0].data.terms.amount: expected 3, got 2');
  });

  it('fails when the count differs, when decide throws, or when nothing is thrown', () => {
    expect(() => talk.when({ type: 'join', party: 'us' }).then([])).toThrow(/events\[0\]: expected nothing/);
    expect(() => talk.when({ type: 'offer', by: 'x', amount: 1, items: [] }).then([])).toThrow(
      /expected 0 event\(s\), but decide threw InvariantError: party-must-join/,
    );
    expect(() => talk.when({ type: 'join', party: 'us' }).thenThrows(InvariantError)).toThrow(
      /expected decide to throw InvariantError, but it returned 1 event/,
    );
    expect(() =>
      talk.when({ type: 'offer', by: 'x', amount: 1, items: [] }).thenThrows(InvariantError, 'another-rule'),
    ).toThrow(/for the rule "another-rule", but it named the rule "party-must-join"/);
    expect(() => talk.when({ type: 'offer', by: 'x', amount: 1, items: [] }).thenThrows(UsageError)).toThrow(
      /expected decide to throw UsageError, but it threw InvariantError/,
    );
  });

  it('an invalid decided event is a failure of the decider', () => {
    talk
      .given([joined('us')])
      .when({ type: 'offer', by: 'us', amount: -1, items: [] })
      .thenThrows(ValidationError);
  });

  it('refuses to be awaited', async () => {
    await expect(
      (async () => {
        await (talk.when({ type: 'noop' }) as unknown as Promise<unknown>);
      })(),
    ).rejects.toThrow(/is not a promise/);
  });
});

describe('differences', () => {
  it('lists every differing path, treating undefined keys as absent', () => {
    expect(differences({ a: 1, b: [1, 2], c: undefined }, { a: 1, b: [1, 3] })).toEqual([
      { path: 'b[1]', expected: 2, actual: 3 },
    ]);
    expect(differences([1], [1, 2])).toEqual([{ path: '[1]', expected: '(nothing)', actual: 2 }]);
    expect(differences({ x: { y: 1 } }, { x: null })).toEqual([
      { path: 'x', expected: { y: 1 }, actual: null },
    ]);
  });
});
