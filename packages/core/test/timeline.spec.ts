import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decider } from '../src/decider.js';
import type { DomainEvent, RecordedEvent } from '../src/events/envelope.js';
import { isOnOrBefore } from '../src/events/worldTime.js';
import { replay } from '../src/replay.js';
import { createSession } from '../src/session/create.js';
import { eventSequence, worldTimeArb } from '../src/testing/arbitraries.js';
import { memorySnapshots, snapshotKey } from '../src/timeline/snapshots.js';
import { createTimeline } from '../src/timeline/timeline.js';
import { dispatchAll } from './fixtures/run.js';
import { talks, talksCommand } from './fixtures/talks.js';

const sequences = eventSequence(talks, talksCommand, { maxCommands: 40, maxDaysBetween: 2 });

describe('createTimeline', () => {
  it('snapshot plus tail equals full replay, for any K and any position', () => {
    fc.assert(
      fc.property(
        sequences,
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (records, every, picks) => {
          const timeline = createTimeline(talks, records, { every });
          for (const p of picks) {
            const seq = p % (records.length + 1);
            expect(timeline.stateAt(seq)).toEqual(replay(talks, records.slice(0, seq)));
          }
          expect(timeline.stateAt(records.length)).toEqual(replay(talks, records));
        },
      ),
    );
  });

  it('stateAt(date) equals the replay of the events dated on or before it', () => {
    fc.assert(
      fc.property(sequences, worldTimeArb({ min: '2015-12-25', max: '2016-04-01' }), (records, at) => {
        const timeline = createTimeline(talks, records, { every: 4 });
        const before = records.filter((r) => isOnOrBefore(r.at, at));
        expect(timeline.seqAt(at)).toBe(before.length);
        expect(timeline.stateAt(at)).toEqual(replay(talks, before));
      }),
    );
  });

  it('returns frozen states and the same snapshot object at a snapshot position', () => {
    const records = fc.sample(
      sequences.filter((r) => r.length >= 8),
      { numRuns: 1, seed: 7 },
    )[0]!;
    const timeline = createTimeline(talks, records, { every: 4 });
    expect(Object.isFrozen(timeline.stateAt(5))).toBe(true);
    expect(timeline.stateAt(4)).toBe(timeline.stateAt(4));
    expect(timeline.stateAt(0)).toEqual(talks.initial());
  });

  it('consecutive snapshots share unchanged subtrees', () => {
    const snapshots = memorySnapshots();
    const session = createSession(talks);
    return (async () => {
      await dispatchAll(session, [
        { type: 'join', party: 'us' },
        { type: 'join', party: 'ru' },
        { type: 'offer', by: 'us', amount: 1, items: ['aid'] },
        { type: 'offer', by: 'ru', amount: 2, items: [] },
        { type: 'withdraw', by: 'ru', offer: 2 },
        { type: 'withdraw', by: 'us', offer: 1 },
      ]);
      const timeline = createTimeline(talks, session.records, { every: 2, snapshots });
      const at4 = timeline.stateAt(4);
      const at6 = timeline.stateAt(6);
      expect(snapshots.size(timeline.key)).toBe(3);
      expect(at6.parties).toBe(at4.parties);
    })();
  });

  it('never uses a snapshot taken under another decider version', () => {
    const records = fc.sample(
      sequences.filter((r) => r.length >= 6),
      { numRuns: 1, seed: 3 },
    )[0]!;
    const snapshots = memorySnapshots();
    const bogus = { ...talks.initial(), status: 'closed' as const };
    snapshots.save(snapshotKey({ name: 'talks', version: '0' }, 'talks'), { seq: 2, state: bogus });
    const timeline = createTimeline(talks, records, { every: 2, snapshots });
    expect(timeline.key).toBe('talks@1/talks');
    expect(timeline.stateAt(3)).toEqual(replay(talks, records.slice(0, 3)));
    // while a snapshot under the current key is used (here: a planted one, to show it)
    const v2: Decider<any, any, any> = { ...talks, version: '2' };
    const other = memorySnapshots();
    other.save(snapshotKey(v2, 'talks'), { seq: 2, state: bogus });
    expect(createTimeline(v2, records, { every: 2, snapshots: other }).stateAt(2)).toBe(bogus);
  });

  it('follows a records array that grows', () => {
    const records: RecordedEvent<DomainEvent<'tick', { n: number }>>[] = [];
    const counter: Decider<{ sum: number }, never, DomainEvent<'tick', { n: number }>> = {
      name: 'counter',
      version: '1',
      initial: () => ({ sum: 0 }),
      decide: () => [],
      evolve: (s, e) => {
        s.sum += e.data.n;
      },
    };
    const timeline = createTimeline(counter, records, { every: 3 });
    const push = (n: number) =>
      records.push({
        stream: 'c',
        seq: records.length + 1,
        id: `c:${n}`,
        at: '2016-01-01',
        type: 'tick',
        data: { n },
        v: 1,
      });
    for (let i = 1; i <= 5; i++) push(i);
    expect(timeline.stateAt(5)).toEqual({ sum: 15 });
    for (let i = 6; i <= 10; i++) push(i);
    expect(timeline.length).toBe(10);
    expect(timeline.stateAt(10)).toEqual({ sum: 55 });
    expect(timeline.stateAt(7)).toEqual({ sum: 28 });
  });

  it('explains bad positions and bad records', () => {
    const timeline = createTimeline(talks, [], {});
    expect(() => timeline.stateAt(1)).toThrow(/seq must be an integer between 0 and 0/);
    expect(() => timeline.stateAt(-1)).toThrow(/between 0 and 0/);
    expect(() => timeline.stateAt(1.5)).toThrow(/integer/);
    expect(() => timeline.stateAt('yesterday')).toThrow(/not a world time/);
    expect(() => createTimeline(talks, [], { every: 0 })).toThrow(/every must be an integer ≥ 1/);
    const gap = [
      { stream: 't', seq: 2, id: 'x', at: '2016-01-01', type: 'party-joined', data: { party: 'us' }, v: 1 },
    ];
    expect(() => createTimeline(talks, gap as any, { every: 1 }).stateAt(1)).toThrow(/gapless/);
  });

  it('does no O(n) work per call on a long log: at most one snapshot interval of evolve calls', () => {
    // Counted, not timed: tests never assert wall-clock times (the speed itself is in `pnpm bench`).
    type Tick = DomainEvent<'tick', { n: number }>;
    let evolveCalls = 0;
    const counter: Decider<{ sum: number; last: number[] }, never, Tick> = {
      name: 'counter',
      version: '1',
      initial: () => ({ sum: 0, last: [0, 0, 0] }),
      decide: () => [],
      evolve: (s, e) => {
        evolveCalls++;
        s.sum += e.data.n;
        s.last[e.data.n % 3] = e.data.n;
      },
    };
    const n = 200_000;
    const every = 1_000;
    const records: RecordedEvent<Tick>[] = new Array(n);
    for (let i = 0; i < n; i++)
      records[i] = {
        stream: 'c',
        seq: i + 1,
        id: `c:${i + 1}`,
        at: '2016-01-01',
        type: 'tick',
        data: { n: i + 1 },
        v: 1,
      };
    const timeline = createTimeline(counter, records, { every });
    timeline.stateAt(n); // builds the snapshots once
    expect(evolveCalls).toBe(n);
    const positions = fc.sample(fc.integer({ min: 0, max: n }), { numRuns: 500, seed: 1 });
    for (const seq of positions) {
      evolveCalls = 0;
      const s = timeline.stateAt(seq);
      expect(evolveCalls).toBeLessThan(every);
      expect(s.sum).toBe((seq * (seq + 1)) / 2);
    }
  });
});

describe('session.stateAt', () => {
  it('is the current state at the current version, and the replay elsewhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(talksCommand, { maxLength: 20 }), fc.nat(), async (cmds, pick) => {
        const session = createSession(talks, { snapshotEvery: 3 });
        await dispatchAll(session, cmds);
        expect(session.stateAt(session.version)).toBe(session.state);
        const seq = pick % (session.version + 1);
        expect(session.stateAt(seq)).toEqual(replay(talks, session.records.slice(0, seq)));
        expect(session.stateAt('1970-01-01')).toBe(session.state);
        expect(session.stateAt('1969-12-31')).toEqual(talks.initial());
      }),
    );
  });
});

describe('shareCopy', () => {
  it('copies plain data deeply frozen, reusing equal subtrees of the previous copy', async () => {
    const { shareCopy } = await import('../src/timeline/share.js');
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const first = shareCopy(a, undefined);
        expect(first).toEqual(a);
        expect(shareCopy(a, first)).toBe(first);
        const second = shareCopy(b, first);
        expect(second).toEqual(b);
        expect(Object.isFrozen(second) || typeof second !== 'object' || second === null).toBe(true);
      }),
    );
    const own = JSON.parse('{"__proto__": {"x": 1}}');
    const copied = shareCopy(own, undefined) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(Object.keys(copied)).toEqual(['__proto__']);
  });
});
