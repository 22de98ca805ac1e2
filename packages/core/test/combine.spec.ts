import { describe, expect, expectTypeOf, it } from 'vitest';
import { combine } from '../src/combine.js';
import type { Decider } from '../src/decider.js';
import { InvariantError, UsageError, ValidationError } from '../src/errors.js';
import type { DomainEvent } from '../src/events/envelope.js';
import { replay } from '../src/replay.js';
import { createSession } from '../src/session/create.js';
import { spec } from '../src/testing/spec.js';
import { type TalksCommand, talks } from './fixtures/talks.js';

type Truce = { status: 'none' | 'cessation' | 'collapsed'; violations: { at: string; by: string }[] };
type TruceCommand =
  | { type: 'declare-cessation'; at?: string }
  | { type: 'report-violation'; by: string; at?: string }
  | { type: 'collapse' };
type TruceEvent =
  | DomainEvent<'cessation-declared', Record<string, never>>
  | DomainEvent<'violation-reported', { by: string }>
  | DomainEvent<'truce-collapsed', Record<string, never>>;

const truce: Decider<Truce, TruceCommand, TruceEvent> = {
  name: 'truce',
  version: '3',
  initial: () => ({ status: 'none', violations: [] }),
  decide(c, s) {
    switch (c.type) {
      case 'declare-cessation':
        return [{ type: 'cessation-declared', data: {} }];
      case 'report-violation':
        if (s.status !== 'cessation') throw new InvariantError('no-truce', 'there is no truce to violate');
        return [{ type: 'violation-reported', data: { by: c.by } }];
      case 'collapse':
        return [{ type: 'truce-collapsed', data: {} }];
    }
  },
  evolve(d, e) {
    if (e.type === 'cessation-declared') d.status = 'cessation';
    else if (e.type === 'violation-reported') d.violations.push({ at: e.at, by: e.data.by });
    else d.status = 'collapsed';
  },
  isTerminal: (s) => s.status === 'collapsed',
};

const commands = {
  political: ['join', 'offer', 'withdraw', 'accept', 'walk-out', 'noop'],
  military: ['declare-cessation', 'report-violation', 'collapse'],
};
const events = { military: ['cessation-declared', 'violation-reported', 'truce-collapsed'] };

describe('combine', () => {
  const negotiation = combine({ political: talks, military: truce }, { commands, events });

  it('routes commands by type, evolves each event in its own track, and combines names and versions', async () => {
    expect(negotiation.name).toBe('political+military');
    expect(negotiation.version).toBe('political:1,military:3');
    const session = createSession(negotiation);
    await session.dispatch({ type: 'join', party: 'us' });
    await session.dispatch({ type: 'declare-cessation', at: '2016-02-27' });
    await session.dispatch({ type: 'report-violation', by: 'syria-gov', at: '2016-03-01' });
    expect(session.state.political.parties).toHaveProperty('us');
    expect(session.state.military).toEqual({
      status: 'cessation',
      violations: [{ at: '2016-03-01', by: 'syria-gov' }],
    });
    expect(replay(negotiation, session.records)).toEqual(session.state);
    expectTypeOf(session.state.military).toEqualTypeOf<Truce>();
    expectTypeOf(session.state.political.status).toEqualTypeOf<'open' | 'closed'>();
    expectTypeOf(session.dispatch).parameter(0).toEqualTypeOf<TruceCommand | TalksCommand>();
  });

  it('keeps each track’s invariants and refuses commands for a track that is over', () => {
    const it = spec(negotiation);
    it.when({ type: 'report-violation', by: 'x' }).thenThrows(InvariantError, 'no-truce');
    it.given([{ type: 'truce-collapsed', data: {} }])
      .when({ type: 'declare-cessation' })
      .thenThrows(InvariantError, 'terminal');
    it.given([{ type: 'truce-collapsed', data: {} }])
      .when({ type: 'join', party: 'us' })
      .then([{ type: 'party-joined', data: { party: 'us' } }]);
  });

  it('is terminal when every track is, unless told otherwise', () => {
    const both = replay(negotiation, [
      { stream: 'n', seq: 1, id: '1', at: '2016-01-01', type: 'truce-collapsed', data: {}, v: 1 },
    ] as any);
    expect(negotiation.isTerminal!(both)).toBe(false);
    const anyOver = combine(
      { political: talks, military: truce },
      {
        commands,
        events,
        isTerminal: (s) => s.military.status === 'collapsed' || s.political.status === 'closed',
      },
    );
    expect(anyOver.isTerminal!(both)).toBe(true);
  });

  it('a route function picks the track', async () => {
    const routed = combine(
      { political: talks, military: truce },
      { events, route: (c) => (c.type.includes('-') ? 'military' : 'political') },
    );
    const session = createSession(routed);
    await session.dispatch({ type: 'declare-cessation' });
    expect(session.state.military.status).toBe('cessation');
    await session.dispatch({ type: 'noop' });
  });

  it('explains what is wrong', () => {
    expect(() => combine({})).toThrow(UsageError);
    expect(() => combine({ political: talks, military: truce }, { events })).toThrow(
      /say which track takes which command/,
    );
    expect(() => combine({ political: talks, military: truce }, { commands })).toThrow(
      /track "military" has no event catalog.*options\.events\.military/,
    );
    expect(() =>
      combine(
        { political: talks, military: truce },
        { commands: { political: ['collapse'], military: ['collapse'] }, events },
      ),
    ).toThrow(/"collapse" is listed under two tracks, "political" and "military"/);
    expect(() => combine({ a: talks, b: talks }, { route: () => 'a' })).toThrow(
      /event type "party-joined" belongs to two tracks, "a" and "b"/,
    );
    expect(() => negotiation.decide({ type: 'surrender' } as any, negotiation.initial())).toThrow(
      /no track lists the command type "surrender".*options\.commands/,
    );
    expect(() => negotiation.evolve(negotiation.initial() as any, { type: 'mystery' } as any)).toThrow(
      ValidationError,
    );
  });

  it('has no combined catalog unless every track has one', () => {
    expect(negotiation.events).toBeUndefined();
  });

  it('a single track needs no routing', async () => {
    const one = combine({ talks });
    const session = createSession(one);
    await session.dispatch({ type: 'join', party: 'us' });
    expect(one.events?.types).toEqual(talks.events!.types);
    expect(session.state.talks.parties).toHaveProperty('us');
  });

  it('the combined catalog upcasts and validates by track', () => {
    const one = combine({ talks });
    const old = {
      stream: 's',
      seq: 1,
      id: 'x',
      at: '2016-01-01',
      type: 'offer-made',
      v: 1,
      data: { offer: 1, from: 'us', amount: 2 },
    };
    expect(one.events!.upcast(old).data).toEqual({ offer: 1, by: 'us', terms: { amount: 2, items: [] } });
    expect(() => one.events!.validateData('party-joined', { party: 3 })).toThrow(ValidationError);
    expect(() => one.events!.upcast({ ...old, type: 'nope' })).toThrow(/unknown event type "nope"/);
  });
});
