import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyRecordedEvent } from '../src/events/envelope.js';
import { chainRecords, GENESIS_PREV, hashLine, verifyChain, verifyChainAsync } from '../src/hashChain.js';
import { encodeRecord } from '../src/ndjson/encode.js';
import { fileStore, readLog, verifyLog, writeLog } from '../src/node.js';
import { recordArb } from './fixtures/records.js';
import { tempDir } from './fixtures/tmp.js';

const records: AnyRecordedEvent[] = [1, 2, 3, 4].map((seq) => ({
  stream: seq % 2 ? 'a' : 'b',
  seq: Math.ceil(seq / 2),
  id: `id-${seq}`,
  at: '2016-02-27',
  type: 'e',
  v: 1,
  data: { seq },
}));

const tmp = tempDir('parley-chain-');

describe('hash chain', () => {
  it('hashes lines with SHA-256 (known vector)', () => {
    expect(hashLine('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the first record carries 64 zeros; each next one the hash of the line before', () => {
    const chained = chainRecords(records);
    expect(chained[0]?.prev).toBe(GENESIS_PREV);
    expect(chained[1]?.prev).toBe(hashLine(encodeRecord(chained[0]!)));
    expect(verifyChain(chained)).toEqual({ ok: true, count: 4, head: hashLine(encodeRecord(chained[3]!)) });
    expect(chainRecords([])).toEqual([]);
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_PREV });
  });

  it('continues a chain from a given head', () => {
    const first = chainRecords(records.slice(0, 2));
    const head = hashLine(encodeRecord(first[1]!));
    const rest = chainRecords(records.slice(2), { prev: head });
    expect(verifyChain([...first, ...rest]).ok).toBe(true);
    expect(verifyChain(rest, { prev: head }).ok).toBe(true);
  });

  it('detects a changed record at the next link', () => {
    const chained = chainRecords(records);
    const tampered = chained.map((r, i) => (i === 1 ? { ...r, data: { seq: 99 } } : r));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, index: 2, seq: 2, stream: 'a' });
  });

  it('detects removed, inserted and reordered records, and a missing chain', () => {
    const chained = chainRecords(records);
    expect(verifyChain(chained.slice(1))).toMatchObject({
      ok: false,
      index: 0,
      reason: expect.stringMatching(/removed from the start/),
    });
    expect(verifyChain([chained[0]!, chained[2]!, chained[3]!])).toMatchObject({ ok: false, index: 1 });
    expect(verifyChain([chained[0]!, chained[2]!, chained[1]!, chained[3]!])).toMatchObject({
      ok: false,
      index: 1,
    });
    expect(verifyChain(records)).toMatchObject({
      ok: false,
      index: 0,
      reason: expect.stringMatching(/no prev/),
    });
  });

  it('any single change to a chained log is detected (property)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 2, maxLength: 8 }), fc.nat(), (rs, k) => {
        const chained = chainRecords(rs);
        expect(verifyChain(chained).ok).toBe(true);
        const i = k % (chained.length - 1);
        const changed = { ...chained[i]!, id: `${chained[i]!.id}x` };
        const v = verifyChain(chained.map((r, j) => (j === i ? changed : r)));
        expect(v).toMatchObject({ ok: false, index: i + 1 });
      }),
      { numRuns: 100 },
    );
  });

  it('verifies async iterables', async () => {
    async function* gen() {
      yield* chainRecords(records);
    }
    expect((await verifyChainAsync(gen())).ok).toBe(true);
  });

  it('verifyLog checks a file and names the first broken link', async () => {
    const path = tmp.file('chained.ndjson');
    await writeLog(path, records, { hashChain: true });
    expect(await verifyLog(path)).toMatchObject({ ok: true, count: 4 });
    writeFileSync(path, readFileSync(path, 'utf8').replace('"seq":2}', '"seq":7}'));
    expect(await verifyLog(path)).toMatchObject({ ok: false, index: 2, stream: 'a', seq: 2 });
  });

  it('covers the exact bytes of each line: a duplicate key before the real one fails, the last line included', async () => {
    const path = tmp.file('dup-key.ndjson');
    await writeLog(path, records, { hashChain: true });
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const at of [1, 3]) {
      const copy = [...lines];
      // same record once parsed (JSON keeps the last "data"), different bytes
      copy[at] = copy[at]!.replace('"data":', '"data":{"seq":99},"data":');
      writeFileSync(path, copy.join('\n'));
      expect(await verifyLog(path)).toMatchObject({ ok: false, index: at, reason: /canonical/ });
      const e = await fileStore(path).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toMatchObject({ name: 'CorruptLogError', line: at + 1 });
      await expect(readAll(readLog(path))).rejects.toMatchObject({ name: 'CorruptLogError', line: at + 1 });
    }
    // a log chained before the check was exact still verifies: Parley always wrote canonical lines
    writeFileSync(path, lines.join('\n'));
    expect(await verifyLog(path)).toMatchObject({ ok: true, count: 4 });
  });
});

async function readAll<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
