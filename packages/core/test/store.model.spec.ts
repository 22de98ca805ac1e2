import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileStore } from '../src/node.js';
import { memoryStore } from '../src/store/memory.js';
import type { EventStore, ExpectedVersion } from '../src/store/types.js';
import { tempDir } from './fixtures/tmp.js';

/** The model: each stream's data values in seq order, in order of first append. */
type Model = { streams: Map<string, number[]>; next: number };
/** The system: a store that a command may close and reopen. */
type Real = { store: EventStore; reopen?: () => Promise<EventStore> };

const STREAMS = ['a', 'b', 'c'] as const;
const versionOf = (m: Model, s: string) => m.streams.get(s)?.length ?? 0;

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

type Mode = 'right' | 'stale' | 'any' | 'no-stream' | 'none';

class AppendCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly stream: string,
    readonly count: number,
    readonly mode: Mode,
    readonly off: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    const current = versionOf(m, this.stream);
    const expected: ExpectedVersion | undefined =
      this.mode === 'right'
        ? current
        : this.mode === 'stale'
          ? Math.max(0, current + this.off === current ? current + 1 : current + this.off)
          : this.mode === 'none'
            ? undefined
            : this.mode;
    const conflicts =
      (typeof expected === 'number' && expected !== current) || (expected === 'no-stream' && current !== 0);
    const values = Array.from({ length: this.count }, (_, i) => m.next + i);
    const events = values.map((n) => ({ type: 'e', data: { n }, at: '2016-02-27' }));
    const before = await r.store.version(this.stream);
    const attempt = r.store.append(
      this.stream,
      events,
      expected === undefined ? {} : { expectedVersion: expected },
    );
    if (conflicts) {
      await expect(attempt).rejects.toMatchObject({ code: 'concurrency', actual: current });
      expect(await r.store.version(this.stream)).toBe(before);
      return;
    }
    const res = await attempt;
    expect(res.version).toBe(current + this.count);
    expect(res.records.map((x) => x.seq)).toEqual(values.map((_, i) => current + i + 1));
    if (this.count > 0) m.streams.set(this.stream, [...(m.streams.get(this.stream) ?? []), ...values]);
    m.next += this.count;
  }
  toString = () =>
    `append(${this.stream}, ${this.count}, ${this.mode}${this.mode === 'stale' ? this.off : ''})`;
}

class ReadCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly stream: string,
    readonly from: number | undefined,
    readonly to: number | undefined,
  ) {}
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    const opts = {
      ...(this.from !== undefined ? { from: this.from } : {}),
      ...(this.to !== undefined ? { to: this.to } : {}),
    };
    const got = await collect(r.store.read(this.stream, opts));
    const all = m.streams.get(this.stream) ?? [];
    const from = this.from ?? 1;
    const to = this.to ?? all.length;
    const want = all.map((n, i) => ({ seq: i + 1, n })).filter((x) => x.seq >= from && x.seq <= to);
    expect(got.map((x) => ({ seq: x.seq, n: (x.data as { n: number }).n }))).toEqual(want);
  }
  toString = () => `read(${this.stream}, ${this.from}..${this.to})`;
}

class VersionCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly stream: string) {}
  check = () => true;
  async run(m: Model, r: Real): Promise<void> {
    expect(await r.store.version(this.stream)).toBe(versionOf(m, this.stream));
    expect(await r.store.streams()).toEqual([...m.streams.keys()]);
  }
  toString = () => `version(${this.stream})`;
}

class ReopenCommand implements fc.AsyncCommand<Model, Real> {
  check = (_m: Readonly<Model>) => true;
  async run(_m: Model, r: Real): Promise<void> {
    if (!r.reopen) return;
    await r.store.close();
    r.store = await r.reopen();
  }
  toString = () => 'reopen()';
}

const stream = fc.constantFrom(...STREAMS);
const commands = (withReopen: boolean) =>
  fc.commands(
    [
      fc
        .tuple(
          stream,
          fc.integer({ min: 0, max: 4 }),
          fc.constantFrom<Mode>('right', 'right', 'stale', 'any', 'no-stream', 'none'),
          fc.integer({ min: -3, max: 3 }),
        )
        .map(([s, n, mode, off]) => new AppendCommand(s, n, mode, off)),
      fc
        .tuple(
          stream,
          fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
          fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        )
        .map(([s, from, to]) => new ReadCommand(s, from, to)),
      stream.map((s) => new VersionCommand(s)),
      ...(withReopen ? [fc.constant(new ReopenCommand())] : []),
    ],
    { maxCommands: 40 },
  );

const tmp = tempDir('parley-model-');

describe('stores against a model (fc.commands)', () => {
  it('memoryStore behaves like the model', async () => {
    await fc.assert(
      fc.asyncProperty(commands(false), async (cmds) => {
        const real: Real = { store: memoryStore() };
        await fc.asyncModelRun(() => ({ model: { streams: new Map(), next: 1 }, real }), cmds);
        await real.store.close();
      }),
      { numRuns: 150 },
    );
  });

  it('fileStore behaves like the model, across reopening', async () => {
    await fc.assert(
      fc.asyncProperty(commands(true), async (cmds) => {
        const path = tmp.file('model.ndjson');
        const reopen = () => fileStore(path);
        const real: Real = { store: await reopen(), reopen };
        try {
          await fc.asyncModelRun(() => ({ model: { streams: new Map(), next: 1 }, real }), cmds);
        } finally {
          await real.store.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a stale expected version never writes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
        async (batches, expected, n) => {
          const store = memoryStore();
          for (const size of batches)
            await store.append(
              's',
              Array.from({ length: size }, (_, i) => ({ type: 'e', data: { i }, at: '2016-02-27' })),
            );
          const version = await store.version('s');
          fc.pre(expected !== version);
          const seen: number[] = [];
          store.subscribe((r) => seen.push(r.seq));
          const events = Array.from({ length: n }, () => ({ type: 'e', data: {}, at: '2016-02-28' }));
          await expect(store.append('s', events, { expectedVersion: expected })).rejects.toMatchObject({
            code: 'concurrency',
          });
          expect(await store.version('s')).toBe(version);
          expect((await collect(store.read('s'))).length).toBe(version);
          expect(seen).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
