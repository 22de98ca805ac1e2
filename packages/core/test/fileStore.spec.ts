import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorruptLogError, UsageError, ValidationError } from '../src/errors.js';
import { defineEvents } from '../src/events/catalog.js';
import type { AnyRecordedEvent, EventInput } from '../src/events/envelope.js';
import { chainRecords, verifyChainAsync } from '../src/hashChain.js';
import { encodeRecord } from '../src/ndjson/encode.js';
import { type FileStoreWarning, fileStore, readLog, writeLog } from '../src/node.js';
import { s } from '../src/schema/s.js';
import { tempDir } from './fixtures/tmp.js';

const tmp = tempDir('parley-filestore-');
const ev = (n: number, at = '2016-02-27'): EventInput => ({ type: 'e', data: { n }, at });

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

/** A log with `n` single-event appends to stream 's', closed. */
async function logWith(n: number, name = 'log.ndjson'): Promise<string> {
  const path = tmp.file(name);
  const store = await fileStore(path);
  for (let i = 1; i <= n; i++) await store.append('s', [ev(i)]);
  await store.close();
  return path;
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n');

describe('fileStore', () => {
  it('keeps records across reopening, one NDJSON line each', async () => {
    const path = tmp.file('log.ndjson');
    const a = await fileStore(path);
    await a.append('s', [ev(1)]);
    await a.append('t', [ev(1)]);
    await a.append('s', [ev(2)]);
    await a.close();
    expect(lines(path)).toHaveLength(4);
    const b = await fileStore(path);
    expect(await b.streams()).toEqual(['s', 't']);
    expect(await b.version('s')).toBe(2);
    expect((await collect(b.read('s'))).map((r) => r.data)).toEqual([{ n: 1 }, { n: 2 }]);
    await b.append('s', [ev(3)], { expectedVersion: 2 });
    await b.close();
    expect((await collect(readLog(path))).map((r) => `${r.stream}#${r.seq}`)).toEqual([
      's#1',
      't#1',
      's#2',
      's#3',
    ]);
  });

  it('writes a multi-event append as one batch: every line but the last ends with a space', async () => {
    const path = tmp.file('batch.ndjson');
    const store = await fileStore(path);
    const { records } = await store.append('s', [ev(1), ev(2), ev(3)]);
    await store.close();
    expect(readFileSync(path, 'utf8')).toBe(
      `${encodeRecord(records[0]!)} \n${encodeRecord(records[1]!)} \n${encodeRecord(records[2]!)}\n`,
    );
  });

  it('truncates a torn last line (no newline) with a warning, then appends after it', async () => {
    const path = await logWith(3);
    const size = statSync(path).size;
    appendFileSync(path, '{"stream":"s","seq":4,"id":"s:4","at":"2016-0');
    const warnings: FileStoreWarning[] = [];
    const store = await fileStore(path, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([expect.objectContaining({ code: 'torn-line', file: path, line: 4 })]);
    expect(warnings[0]?.message).toMatch(/no newline/);
    expect(statSync(path).size).toBe(size);
    expect(await store.version('s')).toBe(3);
    await store.append('s', [ev(4)], { expectedVersion: 3 });
    await store.close();
    expect((await collect(readLog(path))).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });

  it('truncates unterminated crash garbage at the end with a warning; a complete bad last line is corruption', async () => {
    const path = await logWith(2);
    const size = statSync(path).size;
    appendFileSync(path, '\u0000\u0000\u0000\u0000');
    const warnings: FileStoreWarning[] = [];
    const store = await fileStore(path, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['torn-line', 3]]);
    expect(statSync(path).size).toBe(size);
    await store.close();
    appendFileSync(path, '\u0000\u0000\u0000\u0000\n');
    const before = readFileSync(path);
    const e = await rejection(fileStore(path, { onWarning: () => expect.fail('no warning expected') }));
    expect(e).toMatchObject({ name: 'CorruptLogError', line: 3 });
    expect(e.message).toMatch(/NUL/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a FIFO is not a log: refused at once, never read', async () => {
    const fifo = tmp.file('log.fifo');
    execFileSync('mkfifo', [fifo]);
    const e = await rejection(fileStore(fifo));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/not a regular file/);
  });

  it('a file with no record is not an empty log, and is never truncated', async () => {
    for (const content of ['1\n', '1', '\u0000\u0000\u0000', 'hello\n\u0000']) {
      const path = tmp.file('not-a-log.ndjson');
      writeFileSync(path, content);
      const e = await rejection(fileStore(path, { onWarning: () => expect.fail('no warning expected') }));
      expect(e, JSON.stringify(content)).toMatchObject({ name: 'CorruptLogError', line: 1 });
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
  });

  it('drops an append of several events whose commit line never reached the disk', async () => {
    const path = await logWith(2);
    const size = statSync(path).size;
    const base = { stream: 's', at: '2016-02-27', type: 'e', v: 1 };
    appendFileSync(path, `${encodeRecord({ ...base, seq: 3, id: 's:3', data: { n: 3 } })} \n`);
    appendFileSync(path, `${encodeRecord({ ...base, seq: 4, id: 's:4', data: { n: 4 } })} \n`);
    const warnings: FileStoreWarning[] = [];
    const store = await fileStore(path, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['uncommitted-batch', 3]]);
    expect(statSync(path).size).toBe(size);
    expect(await store.version('s')).toBe(2);
    await store.close();
  });

  it('a bad line in the middle is a CorruptLogError naming file and line; the file is left alone', async () => {
    const path = await logWith(4);
    const all = lines(path);
    all[1] = '{"stream":"s","seq":2,"id":"s:2","at":"2016-02-27","type":"e","v":1,"data":{"n":2}'; // missing }
    writeFileSync(path, all.join('\n'));
    const before = readFileSync(path, 'utf8');
    const e = await rejection(fileStore(path, { onWarning: () => expect.fail('no warning expected') }));
    expect(e).toBeInstanceOf(CorruptLogError);
    expect(e).toMatchObject({ file: path, line: 2, code: 'corrupt-log' });
    expect(e.message).toMatch(/:2: .*not valid JSON.*the log is damaged/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('a gap in seqs, or world time going backwards, is a CorruptLogError', async () => {
    const path = await logWith(3);
    const all = lines(path);
    writeFileSync(path, [all[0], all[2], ''].join('\n'));
    expect(await rejection(fileStore(path))).toMatchObject({ name: 'CorruptLogError', line: 2 });
    const back = await logWith(2);
    const b = lines(back);
    writeFileSync(back, [b[0], b[1]!.replace('2016-02-27', '2016-01-01'), ''].join('\n'));
    const e = await rejection(fileStore(back));
    expect(e).toMatchObject({ name: 'CorruptLogError', line: 2 });
    expect(e.message).toMatch(/world time/);
  });

  it('only one store may write a log; a lock left by a dead process is taken over', async () => {
    const path = tmp.file('locked.ndjson');
    const a = await fileStore(path);
    const e = await rejection(fileStore(path));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/already open for writing by this process/);
    await a.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
    writeFileSync(`${path}.lock`, '4194303\n'); // above the default pid_max: no such process
    const warnings: FileStoreWarning[] = [];
    const b = await fileStore(path, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.code)).toEqual(['stale-lock']);
    await b.close();
    // an empty lock (a full disk while an older version wrote its pid) does not block the log forever
    writeFileSync(`${path}.lock`, '');
    writeFileSync(`${path}.lock.4194303.0123456789abcdef`, ''); // a dead process's claim
    warnings.length = 0;
    const c = await fileStore(path, { onWarning: (w) => warnings.push(w) });
    expect(warnings.map((w) => w.code)).toEqual(['stale-lock', 'stale-lock']);
    expect(readdirSync(dirname(path)).filter((n) => n.startsWith(`${basename(path)}.lock`))).toHaveLength(1);
    await c.close();
    expect(readdirSync(dirname(path)).filter((n) => n.startsWith(`${basename(path)}.lock`))).toEqual([]);
  });

  it('keeps a hash chain that reopening checks line by line', async () => {
    const path = tmp.file('chained.ndjson');
    const a = await fileStore(path, { hashChain: true });
    await a.append('s', [ev(1), ev(2)]);
    await a.append('t', [ev(1)]);
    await a.close();
    const b = await fileStore(path); // follows the log: chained
    await b.append('s', [ev(3)]);
    await b.close();
    expect(await verifyChainAsync(readLog(path))).toMatchObject({ ok: true, count: 4 });
    const all = lines(path);
    all[1] = all[1]!.replace('"n":2', '"n":5');
    writeFileSync(path, all.join('\n'));
    const e = await rejection(fileStore(path));
    expect(e).toMatchObject({ name: 'CorruptLogError', line: 3 });
    expect(e.message).toMatch(/hash chain broken/);
  });

  it('refuses a hashChain option the log contradicts', async () => {
    const path = await logWith(1);
    expect(await rejection(fileStore(path, { hashChain: true }))).toBeInstanceOf(UsageError);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('reads ranges of long streams from checkpoints, before and after reopening', async () => {
    const path = tmp.file('long.ndjson');
    const a = await fileStore(path);
    for (let i = 0; i < 30; i++) {
      await a.append(
        's',
        Array.from({ length: 100 }, (_, j) => ev(i * 100 + j + 1)),
      );
      await a.append('other', [ev(i)]);
    }
    const range = async (store: typeof a) =>
      (await collect(store.read('s', { from: 2047, to: 2050 }))).map((r) => (r.data as { n: number }).n);
    expect(await range(a)).toEqual([2047, 2048, 2049, 2050]);
    await a.close();
    const b = await fileStore(path);
    expect(await range(b)).toEqual([2047, 2048, 2049, 2050]);
    expect((await collect(b.read('s', { from: 3000 }))).map((r) => r.seq)).toEqual([3000]);
    expect((await collect(b.read('other'))).length).toBe(30);
    await b.close();
  });

  it('reads streams whose names need escaping in JSON', async () => {
    const path = tmp.file('names.ndjson');
    const store = await fileStore(path);
    const names = ['line\u2028sep', 'quote"d', 'é', 'a\\b', 'line'];
    for (const name of names) await store.append(name, [ev(1), ev(2)]);
    for (const name of names)
      expect((await collect(store.read(name))).map((r) => r.stream)).toEqual([name, name]);
    await store.close();
  });

  const catalog = defineEvents({
    e: {
      schema: s.object({ n: s.number(), unit: s.string() }),
      version: 2,
      upcast: { 1: (d) => ({ ...d, unit: 'x' }) },
    },
  });

  it('upcasts records on read; a version without an upcaster is a ValidationError naming the line', async () => {
    const path = await logWith(2);
    const store = await fileStore(path, { catalog });
    expect((await collect(store.read('s'))).map((r) => [r.v, r.data])).toEqual([
      [1 + 1, { n: 1, unit: 'x' }],
      [2, { n: 2, unit: 'x' }],
    ]);
    await store.append('s', [{ type: 'e', data: { n: 3, unit: 'y' }, at: '2016-02-28' }]);
    await store.close();
    const all = lines(path);
    all[0] = all[0]!.replace('"v":1', '"v":7');
    writeFileSync(path, all.join('\n'));
    const again = await fileStore(path, { catalog });
    const e = await rejection(collect(again.read('s')));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e).toMatchObject({ line: 1, file: path });
    expect(e.message).toMatch(/version 7/);
    await again.close();
  });
});

describe('readLog and writeLog', () => {
  const recs = (n: number): AnyRecordedEvent[] =>
    Array.from({ length: n }, (_, i) => ({
      stream: 's',
      seq: i + 1,
      id: `s:${i + 1}`,
      at: '2016-02-27',
      type: 'e',
      v: 1,
      data: { n: i },
    }));

  it('writeLog writes atomically what readLog reads, and fileStore opens', async () => {
    const path = tmp.file('written.ndjson');
    expect(await writeLog(path, recs(5))).toMatchObject({ records: 5 });
    expect(await collect(readLog(path))).toEqual(recs(5));
    const store = await fileStore(path);
    expect(await store.version('s')).toBe(5);
    await store.close();
  });

  it('writeLog can chain, rejects bad input leaving the old file, and refuses an open log', async () => {
    const path = tmp.file('w.ndjson');
    await writeLog(path, recs(3), { hashChain: true });
    expect(await verifyChainAsync(readLog(path))).toMatchObject({ ok: true, count: 3 });
    expect(await collect(readLog(path))).toEqual(chainRecords(recs(3)));
    const before = readFileSync(path, 'utf8');
    const gap = [...recs(2), { ...recs(4)[3]! }];
    const e = await rejection(writeLog(path, gap));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/record 3: .*seq 4 follows seq 2/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    const store = await fileStore(path);
    expect(await rejection(writeLog(path, recs(1)))).toBeInstanceOf(UsageError);
    await store.close();
  });

  it('readLog reports a torn tail, or skips it on request', async () => {
    const path = tmp.file('torn.ndjson');
    await writeLog(path, recs(2));
    appendFileSync(path, '{"stream":"s"');
    const e = await rejection(collect(readLog(path)));
    expect(e).toMatchObject({ name: 'ValidationError', line: 3, file: path });
    expect((await collect(readLog(path, { torn: 'skip' }))).length).toBe(2);
  });

  it('readLog names the line of a bad record in the middle', async () => {
    const path = tmp.file('bad.ndjson');
    await writeLog(path, recs(3));
    writeFileSync(path, readFileSync(path, 'utf8').replace('"seq":2,', '"seq":2,"__proto__":{"x":1},'));
    const e = await rejection(collect(readLog(path)));
    expect(e).toMatchObject({ name: 'ValidationError', line: 2 });
    expect(e.message).toMatch(/forbidden key/);
  });
});
