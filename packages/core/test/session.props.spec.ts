import { isDeepStrictEqual } from 'node:util';
import * as fc from 'fast-check';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../src/errors.js';
import type { RecordedEvent } from '../src/events/envelope.js';
import { replay } from '../src/replay.js';
import { createSession } from '../src/session/create.js';
import { selectState } from '../src/session/select.js';
import { memoryStore } from '../src/store/memory.js';
import { dispatchAll } from './fixtures/run.js';
import { slowStore } from './fixtures/slowStore.js';
import {
  type TalksCommand,
  type TalksEvent,
  type TalksState,
  talks,
  talksCommand,
} from './fixtures/talks.js';

const commands = fc.array(talksCommand, { maxLength: 25 });

function deepFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (!Object.isFrozen(v)) return false;
  return Object.values(v).every(deepFrozen);
}

describe('session properties', () => {
  it('replay equals the session fold for every command sequence', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const session = createSession(talks);
        await dispatchAll(session, cmds);
        expect(replay(talks, session.records)).toEqual(session.state);
      }),
    );
  });

  it('states are deeply frozen and share every unchanged subtree with the previous state', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const session = createSession(talks);
        let prev = session.state;
        for (const c of cmds) {
          try {
            await session.dispatch(c);
          } catch (e) {
            if (!(e instanceof InvariantError)) throw e;
          }
          const next = session.state;
          expect(deepFrozen(next)).toBe(true);
          for (const k of Object.keys(next) as (keyof TalksState)[])
            if (isDeepStrictEqual(prev[k], next[k])) expect(next[k]).toBe(prev[k]);
          prev.offers.forEach((o, i) => {
            if (isDeepStrictEqual(o, next.offers[i])) expect(next.offers[i]).toBe(o);
          });
          prev = next;
        }
      }),
    );
  });

  it('re-entrant dispatch (a subscriber dispatching while notified) keeps the order of events', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const session = createSession(talks, { store: slowStore(memoryStore()), retries: 0 });
        const seen: RecordedEvent<TalksEvent>[] = [];
        const calls: Promise<readonly RecordedEvent<TalksEvent>[] | undefined>[] = [];
        const call = (c: TalksCommand) => {
          calls.push(
            session.dispatch(c).catch((e) => (e instanceof InvariantError ? undefined : Promise.reject(e))),
          );
        };
        // every party that joins makes an offer at once, from inside the notification
        session.events$.subscribe((r) => {
          seen.push(r);
          if (r.type === 'party-joined') call({ type: 'offer', by: r.data.party, amount: 1, items: [] });
        });
        // every new state is observed by a subscriber that dispatches too
        session.state$.subscribe(() => call({ type: 'noop' }));
        // all commands are dispatched at once, without waiting: the queue must keep them in call order
        for (const c of cmds) call(c);
        for (let i = 0; i < calls.length; i++) await calls[i];
        const results = await Promise.all(calls);
        // records come in call order: all of an earlier call's events precede a later call's
        const bySeq = results.flatMap((r) => (r ?? []).map((e) => e.seq));
        expect(bySeq).toEqual(session.records.map((_, i) => i + 1));
        expect(seen.map((r) => r.seq)).toEqual(bySeq);
        expect(replay(talks, session.records)).toEqual(session.state);
      }),
      { numRuns: 40 },
    );
  });

  it('two writers on one stream: no lost or duplicated events, and a refused append writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(commands, commands, async (forA, forB) => {
        const store = slowStore(memoryStore(), 1);
        const a = createSession(talks, { store, ids: (s, n) => `${s}:${n}` });
        const b = createSession(talks, { store, retries: 1 });
        const outcomes = await Promise.allSettled([
          ...forA.map((c) => a.dispatch(c)),
          ...forB.map((c) => b.dispatch(c)),
        ]);
        const written: RecordedEvent<TalksEvent>[] = [];
        for await (const r of store.read('talks')) written.push(r as RecordedEvent<TalksEvent>);
        // every resolved dispatch's records are in the store, at their seq; nothing else is
        const resolved = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []));
        expect(resolved.map((r) => r.seq).sort((x, y) => x - y)).toEqual(written.map((r) => r.seq));
        for (const r of resolved) expect(written[r.seq - 1]).toEqual(r);
        for (const o of outcomes)
          if (o.status === 'rejected')
            expect((o.reason as Error).name).toMatch(/InvariantError|ConcurrencyError|Terminal/);
        // each session's view is a prefix of the stream, folded correctly
        for (const s of [a, b]) {
          expect(s.records).toEqual(written.slice(0, s.version));
          expect(replay(talks, s.records)).toEqual(s.state);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('a fork never alters its parent, and starts from the parent state at the branch point', async () => {
    await fc.assert(
      fc.asyncProperty(commands, commands, fc.nat(), async (before, after, pick) => {
        const parent = createSession(talks, { snapshotEvery: 3 });
        await dispatchAll(parent, before);
        const seq = pick % (parent.version + 1);
        const parentRecords = [...parent.records];
        const parentState = parent.state;
        const fork = parent.fork(seq);
        expect(fork.parent).toEqual({ stream: 'talks', seq });
        expect(fork.version).toBe(seq);
        expect(fork.state).toEqual(replay(talks, parentRecords.slice(0, seq)));
        await dispatchAll(fork, after);
        await fork.ready;
        expect(parent.records).toEqual(parentRecords);
        expect(parent.state).toBe(parentState);
        expect(await parent.store.version('talks')).toBe(parentRecords.length);
        expect(fork.records.slice(0, seq)).toEqual(parentRecords.slice(0, seq));
        expect(await fork.store.version('talks')).toBe(fork.version);
        expect(replay(talks, fork.records)).toEqual(fork.state);
      }),
      { numRuns: 60 },
    );
  });
});

describe('fork', () => {
  it('branches at a date, with its own stream name and a clock at the branch point', async () => {
    const parent = createSession(talks);
    await parent.dispatch({ type: 'join', party: 'us', at: '2016-02-01' });
    await parent.dispatch({ type: 'join', party: 'ru', at: '2016-02-03' });
    await parent.dispatch({ type: 'join', party: 'eu', at: '2016-02-05' });
    const fork = parent.fork('2016-02-04', { stream: 'what-if' });
    expect(fork.parent).toEqual({ stream: 'talks', seq: 2 });
    expect(fork.records.map((r) => r.stream)).toEqual(['what-if', 'what-if']);
    const [rec] = await fork.dispatch({ type: 'join', party: 'un' });
    expect(rec).toMatchObject({ stream: 'what-if', seq: 3, at: '2016-02-03' });
    expect(Object.keys(fork.state.parties)).toEqual(['us', 'ru', 'un']);
    expect(Object.keys(parent.state.parties)).toEqual(['us', 'ru', 'eu']);
    const grandchild = fork.fork(3);
    expect(grandchild.parent).toEqual({ stream: 'what-if', seq: 3 });
  });

  it('refuses a position outside the stream', () => {
    const parent = createSession(talks);
    expect(() => parent.fork(1)).toThrow(/between 0 and 0/);
    expect(() => parent.fork('not a date')).toThrow(/not a world time/);
  });
});

describe('selectState (marbles)', () => {
  it('maps states to a slice and drops repeats', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
      const s0 = { n: 0, other: 'a' };
      const s1 = { n: 0, other: 'b' };
      const s2 = { n: 1, other: 'b' };
      const s3 = { n: 1, other: 'c' };
      const states = cold<{ n: number; other: string }>('a-b-c-d|', { a: s0, b: s1, c: s2, d: s3 });
      expectObservable(states.pipe(selectState((s) => s.n))).toBe('a---c--|', { a: 0, c: 1 });
    });
  });

  it('accepts a custom comparison', () => {
    new TestScheduler((a, b) => expect(a).toEqual(b)).run(({ cold, expectObservable }) => {
      const states = cold('a-b-c|', { a: [1, 2], b: [1, 2], c: [2] });
      const sameLength = (x: number[], y: number[]) => x.length === y.length;
      expectObservable(states.pipe(selectState((s: number[]) => s, sameLength))).toBe('a---c|', {
        a: [1, 2],
        c: [2],
      });
    });
  });
});

export type { TalksCommand };
