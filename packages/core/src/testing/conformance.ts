import type { AnyRecordedEvent, EventInput } from '../events/envelope.js';
import type { EventStore } from '../store/types.js';
import { differences } from './assert.js';

/** The parts of a test runner the suite needs: vitest, jest, mocha and `node:test` all fit. */
export interface ConformanceRunner {
  describe(name: string, fn: () => void): unknown;
  it(name: string, fn: () => Promise<void>): unknown;
}

class ConformanceFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConformanceFailure';
  }
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new ConformanceFailure(message);
}

function equal(actual: unknown, expected: unknown, what: string): void {
  const diffs = differences(expected, actual);
  if (diffs.length > 0) {
    const list = diffs
      .slice(0, 5)
      .map(
        (d) =>
          `${d.path || '(value)'}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`,
      )
      .join('; ');
    throw new ConformanceFailure(`${what}: ${list}`);
  }
}

/** Awaits `run` and checks it fails with a Parley error of `code` (compared by code, not class). */
async function rejects(run: () => Promise<unknown>, code: string, what: string): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    const got = (e as { code?: unknown }).code;
    check(got === code, `${what}: expected an error with code "${code}", got ${String(got)} (${String(e)})`);
    return e;
  }
  throw new ConformanceFailure(`${what}: expected an error with code "${code}", but it succeeded`);
}

async function collect(it: AsyncIterable<AnyRecordedEvent>): Promise<AnyRecordedEvent[]> {
  const out: AnyRecordedEvent[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const ev = (n: number, at = '2016-02-27', extra: Partial<EventInput> = {}): EventInput => ({
  type: 'conformance-event',
  data: { n },
  at,
  ...extra,
});

const shape = (r: AnyRecordedEvent) => ({
  stream: r.stream,
  seq: r.seq,
  type: r.type,
  at: r.at,
  v: r.v,
  data: r.data,
});

/**
 * The conformance suite every `EventStore` must pass (memoryStore, fileStore, and any adapter). It is
 * runner-agnostic: give it your runner's `describe` and `it`. `makeStore` must return a new, empty store
 * without an event catalog (the suite uses its own event types); each test closes the store it made.
 *
 * Covers: gapless 1-based seqs and filled envelopes; expected versions (exact, `'any'`, `'no-stream'`; a
 * stale one throws `ConcurrencyError` and writes nothing; of two racing appends exactly one wins);
 * all-or-nothing multi-event appends; validation failures (missing or malformed world time, forbidden
 * keys, non-JSON data, world time going backwards) writing nothing; read ranges; records that callers
 * cannot change; `version` and `streams`; subscriptions in order, per stream, and unsubscribing; `close`.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { storeConformance } from '@parley/core/testing';
 * storeConformance('myStore', async () => myStore({ url: testDb() }), { describe, it });
 * ```
 */
export function storeConformance(
  name: string,
  makeStore: () => Promise<EventStore>,
  t: ConformanceRunner,
): void {
  const withStore = (fn: (store: EventStore) => Promise<void>) => async () => {
    const store = await makeStore();
    try {
      await fn(store);
    } finally {
      await store.close().catch(() => undefined);
    }
  };
  const test = (title: string, fn: (store: EventStore) => Promise<void>) => t.it(title, withStore(fn));

  t.describe(`${name} conforms to EventStore`, () => {
    t.describe('append', () => {
      test('assigns gapless 1-based seqs across appends and fills the envelope', async (store) => {
        const a = await store.append('s', [ev(1), ev(2)]);
        const b = await store.append('s', [ev(3)]);
        equal(a.version, 2, 'version after the first append');
        equal(b.version, 3, 'version after the second append');
        equal(
          [...a.records, ...b.records].map(shape),
          [1, 2, 3].map((n) => ({
            stream: 's',
            seq: n,
            type: 'conformance-event',
            at: '2016-02-27',
            v: 1,
            data: { n },
          })),
          'appended records',
        );
        for (const r of [...a.records, ...b.records])
          check(typeof r.id === 'string' && r.id !== '', `record ${r.seq} has no id`);
        equal(await store.version('s'), 3, 'version()');
      });

      test('gives every record a distinct id, across streams', async (store) => {
        const a = await store.append('s1', [ev(1), ev(2)]);
        const b = await store.append('s2', [ev(1), ev(2)]);
        const ids = [...a.records, ...b.records].map((r) => r.id);
        equal(new Set(ids).size, ids.length, 'number of distinct ids');
      });

      test('keeps given ids, meta and schema versions', async (store) => {
        const meta = {
          source: { title: 'Munich statement', url: 'https://example.org/munich' },
          actor: 'us',
        };
        const { records } = await store.append('s', [ev(1, '2016-02-11', { id: 'munich-1', v: 2, meta })]);
        equal(records[0]?.id, 'munich-1', 'id');
        equal(records[0]?.v, 2, 'v');
        equal(records[0]?.meta, meta, 'meta');
        equal((await collect(store.read('s')))[0]?.meta, meta, 'meta read back');
      });

      test('an empty append writes nothing and creates no stream', async (store) => {
        const r = await store.append('s', []);
        equal(r.version, 0, 'version');
        equal(await store.streams(), [], 'streams()');
      });

      test('accepts equal and later world times; date-times within a day', async (store) => {
        await store.append('s', [ev(1, '2016-02-27'), ev(2, '2016-02-27'), ev(3, '2016-02-27T12:00Z')]);
        await store.append('s', [ev(4, '2016-02-27T12:00Z'), ev(5, '2016-03-01')]);
        equal(await store.version('s'), 5, 'version');
      });
    });

    t.describe('expected versions', () => {
      test('an exact expected version that matches succeeds', async (store) => {
        await store.append('s', [ev(1)], { expectedVersion: 0 });
        await store.append('s', [ev(2), ev(3)], { expectedVersion: 1 });
        await store.append('s', [ev(4)], { expectedVersion: 3 });
        equal(await store.version('s'), 4, 'version');
      });

      test('a stale or future expected version throws ConcurrencyError and writes nothing', async (store) => {
        await store.append('s', [ev(1), ev(2)]);
        for (const expectedVersion of [0, 1, 3, 10]) {
          const e = await rejects(
            () => store.append('s', [ev(9)], { expectedVersion }),
            'concurrency',
            `append expecting ${expectedVersion} at version 2`,
          );
          equal((e as { actual?: unknown }).actual, 2, 'ConcurrencyError.actual');
          equal((e as { expected?: unknown }).expected, expectedVersion, 'ConcurrencyError.expected');
        }
        equal(await store.version('s'), 2, 'version after stale appends');
        equal((await collect(store.read('s'))).length, 2, 'records after stale appends');
      });

      test("'no-stream' succeeds only on a stream without events", async (store) => {
        await store.append('s', [ev(1)], { expectedVersion: 'no-stream' });
        await rejects(
          () => store.append('s', [ev(2)], { expectedVersion: 'no-stream' }),
          'concurrency',
          'no-stream',
        );
        equal(await store.version('s'), 1, 'version');
      });

      test("'any' and no expectation never conflict", async (store) => {
        await store.append('s', [ev(1)], { expectedVersion: 'any' });
        await store.append('s', [ev(2)], { expectedVersion: 'any' });
        await store.append('s', [ev(3)]);
        equal(await store.version('s'), 3, 'version');
      });

      test('of two racing appends with the same expected version, exactly one wins', async (store) => {
        await store.append('s', [ev(1)]);
        const results = await Promise.allSettled([
          store.append('s', [ev(2)], { expectedVersion: 1 }),
          store.append('s', [ev(3)], { expectedVersion: 1 }),
        ]);
        equal(results.map((r) => r.status).sort(), ['fulfilled', 'rejected'], 'outcomes');
        const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        equal((failed.reason as { code?: unknown }).code, 'concurrency', 'code of the losing append');
        equal(await store.version('s'), 2, 'version');
      });

      test('a malformed expected version is a usage error', async (store) => {
        await rejects(
          () => store.append('s', [ev(1)], { expectedVersion: -1 }),
          'usage',
          'expectedVersion -1',
        );
        await rejects(
          () => store.append('s', [ev(1)], { expectedVersion: 1.5 }),
          'usage',
          'expectedVersion 1.5',
        );
        equal(await store.version('s'), 0, 'version');
      });
    });

    t.describe('validation and atomicity', () => {
      const invalid: [string, () => EventInput][] = [
        ['a missing world time', () => ({ type: 'conformance-event', data: {} }) as EventInput],
        ['a malformed world time', () => ev(0, '2016-13-01')],
        ['an empty type', () => ({ ...ev(0), type: '' })],
        // deliberately malformed: what an untyped caller may pass, which the store must refuse
        ['missing data', () => ({ type: 'conformance-event', at: '2016-02-27' }) as unknown as EventInput],
        [
          'a __proto__ key in data',
          () => ({ ...ev(0), data: JSON.parse('{"__proto__":{"polluted":true}}') }),
        ],
        ['a constructor key in meta', () => ev(0, '2016-02-27', { meta: JSON.parse('{"constructor":1}') })],
        ['non-JSON data (NaN)', () => ({ ...ev(0), data: { n: Number.NaN } })],
        ['world time before the last event of the stream', () => ev(0, '2016-02-26')],
      ];
      for (const [what, make] of invalid) {
        test(`${what} is a ValidationError and the whole batch is not written`, async (store) => {
          await store.append('s', [ev(1)]);
          await rejects(() => store.append('s', [ev(2), ev(3), make()]), 'validation', what);
          equal(await store.version('s'), 1, `version after ${what}`);
          equal(
            (await collect(store.read('s'))).map((r) => r.seq),
            [1],
            'seqs read back',
          );
          const next = await store.append('s', [ev(2)], { expectedVersion: 1 });
          equal(next.records[0]?.seq, 2, 'seq of the next append');
        });
      }

      test('world time going backwards within one batch writes nothing', async (store) => {
        await rejects(
          () => store.append('s', [ev(1, '2016-03-01'), ev(2, '2016-02-27')]),
          'validation',
          'backwards batch',
        );
        equal(await store.version('s'), 0, 'version');
        equal(await store.streams(), [], 'streams()');
      });

      test('world time is per stream: another stream may be earlier', async (store) => {
        await store.append('a', [ev(1, '2016-05-17')]);
        await store.append('b', [ev(1, '2015-10-30')]);
        equal(await store.version('b'), 1, 'version of b');
      });
    });

    t.describe('read', () => {
      test('reads a stream in seq order, within from/to (inclusive)', async (store) => {
        await store.append('s', [ev(1), ev(2), ev(3)]);
        await store.append('other', [ev(100)]);
        await store.append('s', [ev(4), ev(5)]);
        const seqs = async (o?: { from?: number; to?: number }) =>
          (await collect(store.read('s', o))).map((r) => r.seq);
        equal(await seqs(), [1, 2, 3, 4, 5], 'read()');
        equal(await seqs({ from: 2, to: 4 }), [2, 3, 4], 'read({ from: 2, to: 4 })');
        equal(await seqs({ from: 4 }), [4, 5], 'read({ from: 4 })');
        equal(await seqs({ to: 2 }), [1, 2], 'read({ to: 2 })');
        equal(await seqs({ from: 5, to: 5 }), [5], 'read({ from: 5, to: 5 })');
        equal(await seqs({ from: 6 }), [], 'read({ from: 6 })');
        equal(await seqs({ to: 0 }), [], 'read({ to: 0 })');
        equal(await seqs({ from: 4, to: 2 }), [], 'read({ from: 4, to: 2 })');
        equal(
          (await collect(store.read('s'))).map((r) => r.data),
          [1, 2, 3, 4, 5].map((n) => ({ n })),
          'data',
        );
      });

      test('an unknown stream reads as empty', async (store) => {
        equal(await collect(store.read('nobody')), [], 'read of an unknown stream');
        equal(await store.version('nobody'), 0, 'version of an unknown stream');
      });

      test('a malformed range is a usage error', async (store) => {
        await store.append('s', [ev(1)]);
        await rejects(() => collect(store.read('s', { from: 0 })), 'usage', 'from: 0');
        await rejects(() => collect(store.read('s', { from: 1.5 })), 'usage', 'from: 1.5');
        await rejects(() => collect(store.read('s', { to: -1 })), 'usage', 'to: -1');
      });

      test('records read back equal the records appended', async (store) => {
        const data = {
          parties: ['syria-gov', 'hnc'],
          besieged: 18,
          nested: { ok: true, none: null },
          text: 'é ✓ \u2028',
        };
        const { records } = await store.append('s', [
          ev(1),
          { type: 'conformance-other', data, at: '2016-02-27' },
        ]);
        equal(await collect(store.read('s')), records, 'records read back');
      });

      test('callers cannot change stored records', async (store) => {
        const { records } = await store.append('s', [ev(1)]);
        const tryMutate = (r: AnyRecordedEvent) => {
          try {
            (r as { seq: number }).seq = 99;
          } catch {}
          try {
            (r.data as { n: number }).n = 99;
          } catch {}
        };
        tryMutate(records[0]!);
        const [read] = await collect(store.read('s'));
        tryMutate(read!);
        equal(
          (await collect(store.read('s'))).map(shape),
          [{ stream: 's', seq: 1, type: 'conformance-event', at: '2016-02-27', v: 1, data: { n: 1 } }],
          'stored record',
        );
      });

      test('a read sees at least the records appended before it began', async (store) => {
        await store.append('s', [ev(1), ev(2)]);
        const it = store.read('s')[Symbol.asyncIterator]();
        const first = await it.next();
        await store.append('s', [ev(3)]);
        const rest: number[] = [];
        for (let n = await it.next(); !n.done; n = await it.next()) rest.push(n.value.seq);
        equal(first.value?.seq, 1, 'first record');
        check(rest[0] === 2 && (rest.length === 1 || (rest.length === 2 && rest[1] === 3)), `rest: ${rest}`);
      });
    });

    t.describe('version and streams', () => {
      test('streams() lists streams with events in order of first append', async (store) => {
        await store.append('b', [ev(1)]);
        await store.append('a', [ev(1)]);
        await store.append('b', [ev(2)]);
        await store.append('c', []).catch(() => undefined);
        equal(await store.streams(), ['b', 'a'], 'streams()');
        equal(await store.version('a'), 1, "version('a')");
        equal(await store.version('b'), 2, "version('b')");
      });
    });

    t.describe('subscribe', () => {
      test('listeners get every later record once, in append order, across streams', async (store) => {
        await store.append('s', [ev(0)]);
        const seen: string[] = [];
        store.subscribe((r) => seen.push(`${r.stream}#${r.seq}`));
        await store.append('s', [ev(1), ev(2)]);
        await store.append('t', [ev(1)]);
        await store.append('s', [ev(3)]);
        await tick();
        equal(seen, ['s#2', 's#3', 't#1', 's#4'], 'notifications');
      });

      test('a stream filter limits notifications to that stream', async (store) => {
        const seen: string[] = [];
        store.subscribe((r) => seen.push(`${r.stream}#${r.seq}`), { stream: 't' });
        await store.append('s', [ev(1)]);
        await store.append('t', [ev(1), ev(2)]);
        await tick();
        equal(seen, ['t#1', 't#2'], 'notifications');
      });

      test('failed appends notify nobody', async (store) => {
        const seen: number[] = [];
        store.subscribe((r) => seen.push(r.seq));
        await store.append('s', [ev(1)]);
        await store.append('s', [ev(2)], { expectedVersion: 0 }).catch(() => undefined);
        await store.append('s', [ev(2), ev(3, '2015-01-01')]).catch(() => undefined);
        await tick();
        equal(seen, [1], 'notifications');
      });

      test('unsubscribing stops notifications; other listeners carry on', async (store) => {
        const a: number[] = [];
        const b: number[] = [];
        const offA = store.subscribe((r) => a.push(r.seq));
        store.subscribe((r) => b.push(r.seq));
        await store.append('s', [ev(1)]);
        await tick();
        offA();
        offA();
        await store.append('s', [ev(2)]);
        await tick();
        equal(a, [1], 'unsubscribed listener');
        equal(b, [1, 2], 'other listener');
      });

      test('notified records equal the appended records', async (store) => {
        const seen: AnyRecordedEvent[] = [];
        store.subscribe((r) => seen.push(r));
        const { records } = await store.append('s', [ev(1), ev(2)]);
        await tick();
        equal(seen, records, 'notified records');
      });
    });

    t.describe('close', () => {
      t.it('after close, appends and reads reject', async () => {
        const store = await makeStore();
        await store.append('s', [ev(1)]);
        await store.close();
        await rejects(() => store.append('s', [ev(2)]), 'usage', 'append after close');
        await rejects(() => store.version('s'), 'usage', 'version after close');
        await rejects(() => store.streams(), 'usage', 'streams after close');
        await rejects(() => collect(store.read('s')), 'usage', 'read after close');
        await store.close();
      });

      t.it('close waits for appends in flight', async () => {
        const store = await makeStore();
        const pending = store.append('s', [ev(1)]);
        await store.close();
        const r = await pending;
        equal(r.version, 1, 'version of the append in flight');
      });
    });
  });
}
