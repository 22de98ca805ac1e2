import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { fixedClock, simulatedClock } from '../src/clock.js';
import { ConcurrencyError, InvariantError, UsageError, ValidationError } from '../src/errors.js';
import { counterIds } from '../src/ids.js';
import { replay } from '../src/replay.js';
import { createSession } from '../src/session/create.js';
import { TerminalStateError } from '../src/session/errors.js';
import { memoryStore } from '../src/store/memory.js';
import type { EventStore } from '../src/store/types.js';
import { memorySnapshots } from '../src/timeline/snapshots.js';
import { talks } from './fixtures/talks.js';

describe('createSession', () => {
  it('decides, appends, evolves and emits; dispatch resolves with the recorded events', async () => {
    const session = createSession(talks, { clock: fixedClock('2016-02-11') });
    expect(session.stream).toBe('talks');
    expect(session.version).toBe(0);
    const recs = await session.dispatch({ type: 'join', party: 'us' });
    expect(recs).toEqual([
      {
        stream: 'talks',
        seq: 1,
        id: 'talks:1',
        at: '2016-02-11',
        type: 'party-joined',
        data: { party: 'us' },
        v: 1,
      },
    ]);
    expect(session.version).toBe(1);
    expect(session.state.parties).toEqual({ us: { joinedAt: '2016-02-11', offers: 0 } });
    expect(session.records).toEqual(recs);
    const stored = [];
    for await (const r of session.store.read('talks')) stored.push(r);
    expect(stored).toEqual(recs);
  });

  it('dates events by event.at, then options.at, then command.at, then the clock', async () => {
    const clock = simulatedClock('2016-01-01');
    const session = createSession(talks, { clock });
    await session.dispatch({ type: 'join', party: 'us' });
    await session.dispatch({ type: 'join', party: 'ru', at: '2016-01-05' });
    await session.dispatch({ type: 'join', party: 'eu', at: '2016-01-06' }, { at: '2016-01-07' });
    clock.advance(30);
    await session.dispatch({ type: 'join', party: 'un' });
    expect(session.records.map((r) => r.at)).toEqual([
      '2016-01-01',
      '2016-01-05',
      '2016-01-07',
      '2016-01-31',
    ]);
  });

  it('merges the dispatch meta into every event and uses the injected ids', async () => {
    const session = createSession(talks, { ids: counterIds('e') });
    const meta = { source: { title: 'Statement of the ISSG', date: '2016-02-11' }, actor: 'us' };
    await session.dispatch({ type: 'join', party: 'us' });
    const recs = await session.dispatch({ type: 'offer', by: 'us', amount: 3, items: [] }, { meta });
    expect(recs[0]!.meta).toEqual(meta);
    expect(session.records.map((r) => r.id)).toEqual(['e1', 'e2']);
  });

  it('state$ gives the current state on subscribe; events$ every new record', async () => {
    const session = createSession(talks);
    await session.dispatch({ type: 'join', party: 'us' });
    expect(await firstValueFrom(session.state$)).toBe(session.state);
    const seen = firstValueFrom(session.events$.pipe(take(2), toArray()));
    await session.dispatch({ type: 'join', party: 'ru' });
    await session.dispatch({ type: 'join', party: 'eu' });
    expect((await seen).map((r) => r.seq)).toEqual([2, 3]);
  });

  it('emits one state per dispatch, even when it records several events', async () => {
    const session = createSession(talks);
    await session.dispatch({ type: 'join', party: 'us' });
    await session.dispatch({ type: 'join', party: 'ru' });
    await session.dispatch({ type: 'offer', by: 'us', amount: 1, items: ['aid'] });
    const states: unknown[] = [];
    session.state$.subscribe((s) => states.push(s));
    const recs = await session.dispatch({ type: 'accept', by: 'ru', offer: 1 });
    expect(recs.map((r) => r.type)).toEqual(['offer-accepted', 'talks-closed']);
    expect(states).toHaveLength(2);
  });

  it('select emits distinct slices only', async () => {
    const session = createSession(talks);
    const counts: number[] = [];
    session.select((s) => Object.keys(s.parties).length).subscribe((n) => counts.push(n));
    await session.dispatch({ type: 'join', party: 'us' });
    await session.dispatch({ type: 'offer', by: 'us', amount: 1, items: [] });
    await session.dispatch({ type: 'join', party: 'ru' });
    expect(counts).toEqual([0, 1, 2]);
  });

  it('a refused command rejects with the InvariantError, writes nothing, and the queue goes on', async () => {
    const session = createSession(talks);
    const refused = session.dispatch({ type: 'offer', by: 'us', amount: 1, items: [] });
    const next = session.dispatch({ type: 'join', party: 'us' });
    await expect(refused).rejects.toMatchObject({ name: 'InvariantError', rule: 'party-must-join' });
    await expect(next).resolves.toHaveLength(1);
    expect(session.version).toBe(1);
  });

  it('an event that fails its schema is a ValidationError and nothing is written', async () => {
    const session = createSession(talks);
    await session.dispatch({ type: 'join', party: 'us' });
    await expect(session.dispatch({ type: 'offer', by: 'us', amount: -5, items: [] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(session.dispatch({ type: 'join', party: '' })).rejects.toThrow(/party/);
    expect(session.version).toBe(1);
    expect(await session.store.version('talks')).toBe(1);
  });

  it('rejects a dispatch with a malformed world time', async () => {
    const session = createSession(talks);
    await expect(session.dispatch({ type: 'join', party: 'us' }, { at: '27/02/2016' })).rejects.toThrow(
      /not an ISO 8601 date/,
    );
  });

  it('a command that decides no events resolves with [] and emits nothing', async () => {
    const session = createSession(talks);
    const states: unknown[] = [];
    session.state$.subscribe((s) => states.push(s));
    await expect(session.dispatch({ type: 'noop' })).resolves.toEqual([]);
    expect(states).toHaveLength(1);
  });

  it('refuses every command once the state is terminal', async () => {
    const session = createSession(talks);
    await session.dispatch({ type: 'walk-out' });
    const err = await session.dispatch({ type: 'join', party: 'us' }).catch((e) => e);
    expect(err).toBeInstanceOf(TerminalStateError);
    expect(err).toBeInstanceOf(InvariantError);
    expect(err.rule).toBe('terminal');
    expect(err.message).toMatch(/is over.*fork it/);
  });

  it('hydrates from an existing stream (ready) and continues after it', async () => {
    const store = memoryStore();
    const first = createSession(talks, { store, stream: 'vienna' });
    await first.dispatch({ type: 'join', party: 'us' });
    await first.dispatch({ type: 'join', party: 'ru' });
    const second = createSession(talks, { store, stream: 'vienna' });
    await second.ready;
    expect(second.version).toBe(2);
    expect(second.state).toEqual(first.state);
    await second.dispatch({ type: 'offer', by: 'ru', amount: 2, items: [] });
    expect(await store.version('vienna')).toBe(3);
  });

  it('upcasts old records read from the store', async () => {
    const store = memoryStore();
    await store.append('talks', [
      { type: 'party-joined', data: { party: 'us' }, at: '2016-01-01' },
      { type: 'offer-made', v: 1, data: { offer: 1, from: 'us', amount: 4 }, at: '2016-01-02' } as any,
    ]);
    const session = createSession(talks, { store });
    await session.ready;
    expect(session.records[1]).toMatchObject({
      v: 2,
      data: { offer: 1, by: 'us', terms: { amount: 4, items: [] } },
    });
    expect(session.state.offers[0]!.by).toBe('us');
  });

  it('when another writer appended first, catches up and decides again', async () => {
    const store = memoryStore();
    const a = createSession(talks, { store });
    const b = createSession(talks, { store });
    await Promise.all([a.ready, b.ready]);
    await a.dispatch({ type: 'join', party: 'us' });
    // b has not seen "us" join: its first attempt appends at version 0 and conflicts
    await b.dispatch({ type: 'join', party: 'ru' });
    expect(b.version).toBe(2);
    expect(b.records.map((r) => r.data)).toEqual([{ party: 'us' }, { party: 'ru' }]);
    // deciding again on the caught-up state enforces the invariants against the other writer's events
    await expect(b.dispatch({ type: 'join', party: 'us' })).rejects.toMatchObject({
      rule: 'party-joins-once',
    });
    const all = [];
    for await (const r of store.read('talks')) all.push(r);
    expect(b.state).toEqual(replay(talks, all as any));
  });

  it('gives up with the ConcurrencyError after the bounded retries', async () => {
    const inner = memoryStore();
    let appends = 0;
    const store: EventStore = {
      ...inner,
      read: (s, o) => inner.read(s, o),
      async append() {
        appends++;
        throw new ConcurrencyError('talks', 0, 7);
      },
    };
    const session = createSession(talks, { store, retries: 2 });
    await expect(session.dispatch({ type: 'join', party: 'us' })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(appends).toBe(3);
  });

  it('close() finishes queued dispatches, completes the observables, then refuses', async () => {
    const session = createSession(talks);
    let completed = false;
    session.state$.subscribe({ complete: () => (completed = true) });
    const pending = session.dispatch({ type: 'join', party: 'us' });
    await session.close();
    await expect(pending).resolves.toHaveLength(1);
    expect(completed).toBe(true);
    await expect(session.dispatch({ type: 'join', party: 'ru' })).rejects.toBeInstanceOf(UsageError);
  });

  it('close() also waits for a dispatch that started at once, and for one queued behind it', async () => {
    const session = createSession(talks);
    await session.ready;
    const first = session.dispatch({ type: 'join', party: 'us' }); // starts at once: none pending
    const second = session.dispatch({ type: 'join', party: 'ru' }); // waits for the first
    await session.close();
    expect(session.version).toBe(2);
    await expect(first).resolves.toHaveLength(1);
    await expect(second).resolves.toHaveLength(1);
    expect(session.records.map((r) => r.data)).toEqual([{ party: 'us' }, { party: 'ru' }]);
  });

  it('a refused dispatch does not hold up the next ones', async () => {
    const session = createSession(talks);
    await session.dispatch({ type: 'join', party: 'us' });
    await expect(session.dispatch({ type: 'join', party: 'us' })).rejects.toThrow();
    const next = await session.dispatch({ type: 'join', party: 'ru' });
    expect(next).toHaveLength(1);
    expect(session.version).toBe(2);
  });

  it('explains bad options', () => {
    expect(() => createSession(talks, { stream: '' })).toThrow(/stream must be a non-empty string/);
    expect(() => createSession(talks, { retries: -1 })).toThrow(/retries must be an integer ≥ 0/);
    expect(() => createSession(talks, { snapshotEvery: 0 })).toThrow(/createSession: snapshotEvery must be/);
  });

  it('states are deeply frozen', async () => {
    const session = createSession(talks);
    expect(Object.isFrozen(session.state)).toBe(true);
    await session.dispatch({ type: 'join', party: 'us' });
    await session.dispatch({ type: 'offer', by: 'us', amount: 1, items: ['aid'] });
    expect(Object.isFrozen(session.state.offers[0]!.terms.items)).toBe(true);
    expect(Object.isFrozen(session.records[0]!.data)).toBe(true);
  });
});

describe('hydration with shared snapshots', () => {
  it('starts from the nearest stored snapshot and folds only the tail', async () => {
    const store = memoryStore();
    const snapshots = memorySnapshots();
    const first = createSession(talks, { store, snapshots, snapshotEvery: 2 });
    for (const party of ['us', 'ru', 'eu', 'un']) await first.dispatch({ type: 'join', party });
    first.stateAt(3); // takes the snapshot at 2
    let evolved = 0;
    const counting = {
      ...talks,
      evolve: (d: any, e: any) => {
        evolved++;
        talks.evolve(d, e);
      },
    };
    const second = createSession(counting, { store, snapshots, snapshotEvery: 2 });
    await second.ready;
    expect(evolved).toBe(2); // events 3 and 4 only
    expect(second.state).toEqual(first.state);
  });
});
