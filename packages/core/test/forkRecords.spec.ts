import { describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock.js';
import { InvariantError, UsageError, ValidationError } from '../src/errors.js';
import { forkRecords } from '../src/forkRecords.js';
import { replay } from '../src/replay.js';
import { createSession } from '../src/session/create.js';
import { type TalksCommand, talks } from './fixtures/talks.js';

const story: readonly [string, TalksCommand][] = [
  ['2016-02-11', { type: 'join', party: 'us' }],
  ['2016-02-12', { type: 'join', party: 'ru' }],
  ['2016-02-13', { type: 'offer', by: 'us', amount: 5, items: ['aid'] }],
  ['2016-02-14', { type: 'withdraw', by: 'us', offer: 1 }],
];

async function parent() {
  const session = createSession(talks, { clock: fixedClock('2016-02-10') });
  for (const [at, command] of story) await session.dispatch(command, { at });
  return session;
}

describe('forkRecords', () => {
  it('copies the records up to the branch point, links its parent, and never changes the parent', async () => {
    const { records } = await parent();
    const before = JSON.stringify(records);
    const f = forkRecords(talks, records, 2);
    expect(f.parent).toEqual({ stream: 'talks', seq: 2 });
    expect(f.records).toEqual(records.slice(0, 2));
    expect(f.at).toBe('2016-02-12');
    expect(f.state).toEqual(replay(talks, records.slice(0, 2)));
    f.decide({ type: 'offer', by: 'ru', amount: 3, items: [] });
    expect(JSON.stringify(records)).toBe(before);
  });

  it('decides as a forked session dispatches, record for record', async () => {
    const session = await parent();
    const forked = session.fork(3);
    const pure = forkRecords(talks, session.records, 3);
    const command: TalksCommand = { type: 'accept', by: 'ru', offer: 1 };
    await forked.dispatch(command, { meta: { actor: 'ru' } });
    pure.decide(command, { meta: { actor: 'ru' } });
    expect(pure.records).toEqual(forked.records);
    expect(pure.state).toEqual(forked.state);
    expect(pure.parent).toEqual(forked.parent);
  });

  it('appends nothing when the rules refuse a command, and refuses time going backwards', async () => {
    const { records } = await parent();
    const f = forkRecords(talks, records, 4);
    expect(() => f.decide({ type: 'join', party: 'us' })).toThrow(InvariantError);
    expect(() => f.append([{ type: 'party-joined', data: { party: 'cn' }, at: '2016-01-01' }])).toThrow(
      ValidationError,
    );
    expect(f.records).toHaveLength(4);
    f.append([{ type: 'party-joined', data: { party: 'cn' } }]);
    expect(f.records.at(-1)).toMatchObject({ seq: 5, id: 'talks:5', at: '2016-02-14', type: 'party-joined' });
  });

  it('renames the copied records into another stream, and refuses a branch point outside the list', async () => {
    const { records } = await parent();
    const f = forkRecords(talks, records, 3, { stream: 'what-if' });
    expect(f.records.map((r) => r.stream)).toEqual(['what-if', 'what-if', 'what-if']);
    expect(f.parent.stream).toBe('talks');
    expect(() => forkRecords(talks, records, 5)).toThrow(UsageError);
  });
});
