import { describe, expect, it } from 'vitest';
import { UsageError, ValidationError } from '../src/errors.js';
import { defineEvents } from '../src/events/catalog.js';
import type { AnyRecordedEvent } from '../src/events/envelope.js';
import { counterIds } from '../src/ids.js';
import { s } from '../src/schema/s.js';
import { memoryStore } from '../src/store/memory.js';
import { prepareAppend } from '../src/store/prepare.js';

const catalog = defineEvents({
  offer: {
    schema: s.object({ by: s.string(), amount: s.number() }),
    version: 2,
    upcast: { 1: (d) => ({ by: d.from, amount: d.amount }) },
  },
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('memoryStore', () => {
  it('hands out deeply frozen records and keeps its own copy of the input', async () => {
    const store = memoryStore();
    const data = { parties: ['us', 'ru'] };
    const { records } = await store.append('s', [{ type: 'e', data, at: '2016-02-27' }]);
    data.parties.push('cn');
    expect(Object.isFrozen(records[0])).toBe(true);
    expect(Object.isFrozen((records[0]!.data as typeof data).parties)).toBe(true);
    expect((await collect(store.read('s')))[0]!.data).toEqual({ parties: ['us', 'ru'] });
  });

  it('validates data against the catalog, fills the current version and upcasts older inputs', async () => {
    const store = memoryStore({ catalog, ids: counterIds('o-') });
    const { records } = await store.append('s', [
      { type: 'offer', data: { by: 'us', amount: 1 }, at: '2016-02-27' },
      { type: 'offer', data: { from: 'ru', amount: 2 }, v: 1, at: '2016-02-27' },
    ]);
    expect(records.map((r) => [r.id, r.v, r.data])).toEqual([
      ['o-1', 2, { by: 'us', amount: 1 }],
      ['o-2', 2, { by: 'ru', amount: 2 }],
    ]);
    const e = await store
      .append('s', [{ type: 'offer', data: { by: 'us', amount: 'lots' }, at: '2016-02-28' }])
      .catch((x) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/append\("s"\) event 1 of 1 \("offer"\).*data\.amount/);
    expect(e.type).toBe('offer');
    await expect(store.append('s', [{ type: 'nope', data: {}, at: '2016-02-28' }])).rejects.toThrow(
      /unknown event type "nope"/,
    );
    expect(await store.version('s')).toBe(2);
  });

  it('says what to do when world time is missing, and rejects non-JSON data and unknown fields', async () => {
    const store = memoryStore();
    await expect(store.append('s', [{ type: 'e', data: {} }])).rejects.toThrow(/a store has no clock/);
    await expect(
      store.append('s', [{ type: 'e', data: { d: new Date(0) }, at: '2016-01-01' }]),
    ).rejects.toThrow(/data\.d: a Date object is not JSON/);
    await expect(
      store.append('s', [{ type: 'e', data: {}, at: '2016-01-01', extra: 1 } as never]),
    ).rejects.toThrow(/unknown field "extra"/);
    await expect(store.append('', [])).rejects.toBeInstanceOf(UsageError);
  });

  it('copies records from another stream: stream, seq and prev are replaced', async () => {
    const store = memoryStore();
    const { records } = await store.append('a', [{ type: 'e', data: { x: 1 }, at: '2016-01-01' }]);
    await store.append('b', [{ type: 'e', data: {}, at: '2016-01-01' }]);
    const copy = await store.append('b', records);
    expect(copy.records[0]).toMatchObject({ stream: 'b', seq: 2, id: 'a:1', data: { x: 1 } });
  });

  it('a listener that appends is notified after the current records, in order', async () => {
    const store = memoryStore();
    const seen: string[] = [];
    store.subscribe((r) => {
      seen.push(`1:${r.stream}#${r.seq}`);
      if (r.stream === 'a' && r.seq === 1)
        void store.append('b', [{ type: 'e', data: {}, at: '2016-01-01' }]);
    });
    store.subscribe((r) => seen.push(`2:${r.stream}#${r.seq}`));
    await store.append('a', [
      { type: 'e', data: {}, at: '2016-01-01' },
      { type: 'e', data: {}, at: '2016-01-01' },
    ]);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['1:a#1', '2:a#1', '1:a#2', '2:a#2', '1:b#1', '2:b#1']);
  });

  it("a listener's error goes to onListenerError; the append stands", async () => {
    const errors: [unknown, AnyRecordedEvent][] = [];
    const store = memoryStore({ onListenerError: (e, r) => errors.push([e, r]) });
    store.subscribe(() => {
      throw new Error('boom');
    });
    const res = await store.append('s', [{ type: 'e', data: {}, at: '2016-01-01' }]);
    expect(res.version).toBe(1);
    expect(errors.map(([e, r]) => [(e as Error).message, r.seq])).toEqual([['boom', 1]]);
  });
});

describe('prepareAppend', () => {
  it('is pure: prepares records and the next head without a store', () => {
    const { records, head } = prepareAppend(
      's',
      [{ type: 'e', data: {}, at: '2016-02-12' }],
      { expectedVersion: 4 },
      { version: 4, lastAt: '2016-02-11' },
      { ids: (st, seq) => `${st}/${seq}` },
    );
    expect(records).toEqual([
      { stream: 's', seq: 5, id: 's/5', at: '2016-02-12', type: 'e', v: 1, data: {} },
    ]);
    expect(head).toEqual({ version: 5, lastAt: '2016-02-12' });
  });
});
