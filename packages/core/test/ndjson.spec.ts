import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { defineEvents } from '../src/events/catalog.js';
import { decodeRecord, MAX_DEPTH } from '../src/ndjson/decode.js';
import { decodeNdjson } from '../src/ndjson/decodeNdjson.js';
import { encodeRecord } from '../src/ndjson/encode.js';
import { parseNdjson, splitNdjson } from '../src/ndjson/lines.js';
import { s } from '../src/schema/s.js';
import { memoryStore } from '../src/store/memory.js';
import { recordArb } from './fixtures/records.js';

const rec = {
  stream: 's',
  seq: 1,
  id: 's:1',
  at: '2016-02-27',
  type: 'truce',
  v: 1,
  data: { parties: ['hnc'] },
};
const line = (o: object) => JSON.stringify(o);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function catchError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('encodeRecord', () => {
  it('writes one line with the envelope keys in canonical order', () => {
    const shuffled = {
      data: { b: 1, a: 2 },
      prev: 'p',
      v: 2,
      type: 't',
      meta: { actor: 'us' },
      at: '2016-01-01',
      id: 'x',
      seq: 3,
      stream: 's',
    };
    expect(encodeRecord(shuffled)).toBe(
      '{"stream":"s","seq":3,"id":"x","at":"2016-01-01","type":"t","v":2,"data":{"b":1,"a":2},"meta":{"actor":"us"},"prev":"p"}',
    );
  });

  it('escapes line separators and U+FFFD so no raw one appears in a log', () => {
    const out = encodeRecord({ ...rec, data: { t: 'a\u2028b\u2029c\ufffdd\ne' } });
    expect(out).not.toMatch(/[\n\u2028\u2029\ufffd]/);
    expect(decodeRecord(out).data).toEqual({ t: 'a\u2028b\u2029c\ufffdd\ne' });
  });

  it('round-trips arbitrary records through decodeRecord (property)', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const encoded = encodeRecord(r);
        expect(encoded).not.toContain('\n');
        const back = decodeRecord(encoded);
        expect(back).toEqual(r);
        expect(encodeRecord(back)).toBe(encoded);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeRecord', () => {
  it('returns a deeply frozen, validated record', () => {
    const r = decodeRecord(line(rec));
    expect(r).toEqual(rec);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen((r.data as { parties: string[] }).parties)).toBe(true);
  });

  it('names the file and line of malformed JSON', () => {
    const e = catchError(() => decodeRecord('{"stream":', { line: 7, file: 'log.ndjson' }));
    expect(e.line).toBe(7);
    expect(e.file).toBe('log.ndjson');
    expect(e.message).toMatch(/^log\.ndjson:7: not valid JSON/);
  });

  it.each([
    [
      '__proto__ in data',
      line({ ...rec, data: {} }).replace('"data":{}', '"data":{"__proto__":{"polluted":1}}'),
    ],
    ['__proto__ at the top', line(rec).replace('{', '{"__proto__":{"polluted":1},')],
    [
      'constructor in meta',
      line({ ...rec, meta: {} }).replace('"meta":{}', '"meta":{"constructor":{"prototype":1}}'),
    ],
    ['prototype nested in an array', line({ ...rec, data: [{ prototype: 1 }] })],
  ])('rejects %s and never pollutes prototypes', (_what, text) => {
    const e = catchError(() => decodeRecord(text, { line: 3 }));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports binary garbage and invalid UTF-8 clearly', () => {
    expect(catchError(() => decodeRecord('\u0000\u0000\u0001', { line: 1 })).message).toMatch(
      /binary data \(NUL bytes\)/,
    );
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(line(rec).slice(0, -2)),
      0xff,
      0xfe,
      0x7d,
      0x7d,
    ]);
    const text = new TextDecoder().decode(bytes);
    expect(catchError(() => decodeRecord(text, { line: 2 })).message).toMatch(/not valid UTF-8/);
  });

  it('names every broken envelope field', () => {
    const e = catchError(() =>
      decodeRecord(line({ ...rec, seq: 0, at: '2016-02-30', extra: 1 }), { line: 4 }),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(['at', 'extra', 'seq']);
    expect(e.type).toBe('truce');
  });

  const catalog = defineEvents({
    truce: {
      schema: s.object({ parties: s.array(s.string()), since: s.worldTime() }),
      version: 2,
      upcast: { 1: (d) => ({ ...d, since: '2016-02-27' }) },
    },
    talks: { schema: s.object({}) },
  });

  it('upcasts through the catalog and validates the data', () => {
    const r = decodeRecord(line(rec), { catalog });
    expect(r.v).toBe(2);
    expect(r.data).toEqual({ parties: ['hnc'], since: '2016-02-27' });
    expect(Object.isFrozen(r.data)).toBe(true);
  });

  it('a schema version without an upcaster is a ValidationError, not a crash', () => {
    const e = catchError(() => decodeRecord(line({ ...rec, v: 3 }), { catalog, line: 9, file: 'f.ndjson' }));
    expect(e.message).toMatch(/^f\.ndjson:9: .*version 3/);
    expect(e.line).toBe(9);
    const noUp = defineEvents({ talks: { schema: s.object({}) } });
    expect(() => decodeRecord(line({ ...rec, type: 'talks', data: {}, v: 2 }), { catalog: noUp })).toThrow(
      ValidationError,
    );
  });

  it('an unknown type or bad data is a ValidationError naming the field', () => {
    expect(catchError(() => decodeRecord(line({ ...rec, type: 'nope' }), { catalog })).message).toMatch(
      /unknown event type "nope"/,
    );
    const e = catchError(() =>
      decodeRecord(line({ ...rec, v: 2, data: { parties: [1], since: '2016-02-27' } }), { catalog }),
    );
    expect(e.issues[0]?.path).toBe('data.parties[0]');
  });
});

describe('parseNdjson', () => {
  const enc = new TextEncoder();

  it('splits lines across any chunk boundaries, bytes or strings (property)', async () => {
    const lineArb = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((t) => !/[\n\r\ufeff]/.test(t));
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        async (lines, trailingNewline, cuts, asBytes) => {
          const text = lines.join('\n') + (trailingNewline && lines.length > 0 ? '\n' : '');
          const whole: Uint8Array | string = asBytes ? enc.encode(text) : text;
          const points = [
            ...new Set(cuts.map((c) => (whole.length === 0 ? 0 : c % (whole.length + 1)))),
          ].sort((a, b) => a - b);
          const chunks: (Uint8Array | string)[] = [];
          let prev = 0;
          for (const p of [...points, whole.length]) {
            chunks.push(whole.slice(prev, p));
            prev = p;
          }
          const got = await collect(parseNdjson(chunks as Uint8Array[] | string[]));
          const expected =
            text === ''
              ? []
              : lines.length > 0 && lines.at(-1) === '' && !trailingNewline
                ? lines.slice(0, -1)
                : lines;
          expect(got.map((l) => l.text)).toEqual(expected);
          expect(got.map((l) => l.line)).toEqual(expected.map((_, i) => i + 1));
          if (got.length > 0) expect(got.at(-1)!.terminated).toBe(trailingNewline || lines.at(-1) === '');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives byte offsets, strips \\r and a BOM, and flags an unterminated last line', async () => {
    const bytes = enc.encode('\ufeffé1\r\nab\n\nlast');
    const got = await collect(parseNdjson([bytes.slice(0, 2), bytes.slice(2)]));
    expect(got).toEqual([
      { line: 1, text: 'é1', offset: 0, terminated: true },
      { line: 2, text: 'ab', offset: 8, terminated: true },
      { line: 3, text: '', offset: 11, terminated: true },
      { line: 4, text: 'last', offset: 12, terminated: false },
    ]);
  });

  it('keeps a multi-byte character split between chunks intact', async () => {
    const bytes = enc.encode('"ça ✓"\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const got = await collect(parseNdjson([bytes.slice(0, cut), bytes.slice(cut)]));
      expect(got.map((l) => l.text)).toEqual(['"ça ✓"']);
    }
  });

  it('pulls chunks only as lines are consumed (backpressure)', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield enc.encode(`${i}\n`);
      }
    }
    const it = parseNdjson(source())[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(pulled).toBeLessThanOrEqual(3);
    await it.return?.();
  });

  it('refuses a line longer than maxLineLength', async () => {
    const e = await collect(parseNdjson(['ok\n', 'x'.repeat(50)], { maxLineLength: 10, file: 'f' })).catch(
      (x) => x,
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).line).toBe(2);
  });

  it('keeps memory flat over a large input', async () => {
    const chunk = enc.encode(`${line(rec)}\n`.repeat(500));
    async function* source() {
      for (let i = 0; i < 400; i++) yield chunk; // 200,000 lines, ~19 MB
    }
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    let n = 0;
    let peak = before;
    for await (const l of parseNdjson(source())) {
      n += l.text.length > 0 ? 1 : 0;
      if (n % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(n).toBe(200_000);
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('splitNdjson', () => {
  it('splits a whole input as parseNdjson splits it in chunks (property)', async () => {
    const enc = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', '\ufeff', '{', ' ') }),
        fc.boolean(),
        async (text, asBytes) => {
          const whole = asBytes ? enc.encode(text) : text;
          const streamed = await collect(parseNdjson(asBytes ? [enc.encode(text)] : [...text]));
          expect(splitNdjson(whole)).toEqual(streamed);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives line numbers, drops \\r and the first BOM, and flags an unterminated last line', () => {
    expect(splitNdjson('\ufeffa\r\n\nb')).toEqual([
      { line: 1, text: 'a', offset: 1, terminated: true },
      { line: 2, text: '', offset: 4, terminated: true },
      { line: 3, text: 'b', offset: 5, terminated: false },
    ]);
    expect(splitNdjson('')).toEqual([]);
  });
});

describe('decodeNdjson', () => {
  it('yields records with line numbers, skipping blank lines', async () => {
    const text = `${line(rec)}\n\n${line({ ...rec, seq: 2, id: 's:2' })}\n`;
    const got = await collect(decodeNdjson([text]));
    expect(got.map((x) => [x.line, x.record.seq])).toEqual([
      [1, 1],
      [3, 2],
    ]);
  });

  it('stops at the first bad line with its number', async () => {
    const text = `${line(rec)}\n${line(rec)}\nnot json\n`;
    const e = await collect(decodeNdjson([text], { file: 'x.ndjson' })).catch((x) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).line).toBe(3);
    expect((e as ValidationError).message).toMatch(/^x\.ndjson:3: /);
  });
});

describe('nesting depth', () => {
  it('a record nested deeper than MAX_DEPTH is a ValidationError, never a stack overflow', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const nested = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const text = `{"stream":"s","seq":1,"id":"s:1","at":"2016-02-27","type":"e","v":1,"data":{"x":${nested}}}`;
    expect(() => decodeRecord(text, { line: 3, file: 'f' })).toThrow(/f:3: .*nested deeper than 256/);
    const store = memoryStore();
    await expect(store.append('s', [{ type: 'e', at: '2016-02-27', data: { x: deep } }])).rejects.toThrow(
      /nested deeper than 256/,
    );
    let ok: unknown = 1;
    for (let i = 0; i < MAX_DEPTH - 3; i++) ok = [ok];
    expect((await store.append('s', [{ type: 'e', at: '2016-02-27', data: { x: ok } }])).version).toBe(1);
  });
});
