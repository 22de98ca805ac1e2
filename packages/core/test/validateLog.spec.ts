import { describe, expect, it } from 'vitest';
import { defineEvents, s, splitNdjson, validateLog } from '../src/index.js';

const events = defineEvents({ 'offer-made': { schema: s.object({ price: s.number({ min: 0 }) }) } });
const rec = (seq: number, at: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    stream: 'deal',
    seq,
    id: `deal:${seq}`,
    at,
    type: 'offer-made',
    data: { price: seq },
    v: 1,
    ...extra,
  });
const enc = new TextEncoder();

describe('validateLog', () => {
  it('finds every problem, each with its line, and the same in a string as in its bytes', () => {
    const text = [
      rec(1, '2024-01-02'),
      '{"stream":',
      rec(2, '2024-01-01'),
      rec(4, '2024-01-03', { id: 'deal:1' }),
      rec(5, '2024-01-04', { type: 'offer-withdrawn' }),
      rec(6, '2024-01-05', { data: { price: -1 } }),
      '{"stream":"deal","seq":7',
    ].join('\n');
    const problems = validateLog(text, { catalog: events });
    expect(problems).toEqual([
      { line: 2, reason: expect.stringMatching(/^malformed JSON/) },
      { line: 3, reason: 'world time goes backwards: 2024-01-01 is before 2024-01-02 (line 1)' },
      // no gap: the malformed line 2 may well have held seq 3, and it is reported already
      { line: 4, reason: 'duplicate id "deal:1" (first on line 1)' },
      { line: 5, reason: 'unknown event type "offer-withdrawn"' },
      { line: 6, reason: expect.stringMatching(/^event "offer-made": data\.price/) },
      { line: 7, reason: expect.stringMatching(/^torn last line/) },
    ]);
    expect(validateLog(enc.encode(text), { catalog: events })).toEqual(problems);
    expect(validateLog(`${rec(1, '2024-01-01')}\n${rec(4, '2024-01-02')}\n`)).toEqual([
      { line: 2, reason: 'gap in seq of stream "deal": expected 2, got 4 (missing 2–3)' },
    ]);
  });

  it('tells bytes that are not UTF-8 and control characters, an unfinished append, and runs the domain check', () => {
    const bytes = new Uint8Array([...enc.encode(`${rec(1, '2024-01-01')}\n`), 0xff, 0xfe, 0x0a]);
    expect(validateLog(bytes)).toEqual([
      { line: 2, reason: 'binary garbage: not UTF-8 text (byte 0xFF at column 1)' },
    ]);
    expect(validateLog(`${rec(1, '2024-01-01')}\n\u0001\n`)).toEqual([
      { line: 2, reason: 'binary garbage: control character U+0001 at column 1' },
    ]);
    expect(validateLog(`${rec(1, '2024-01-01')}\n${rec(2, '2024-01-02')} \n`)).toEqual([
      { line: 2, reason: expect.stringMatching(/^unfinished append/) },
    ]);
    const check = (r: { data: unknown }) => ((r.data as { price: number }).price > 1 ? ['too dear'] : []);
    expect(validateLog(`${rec(1, '2024-01-01')}\n${rec(2, '2024-01-02')}\n`, { check })).toEqual([
      { line: 2, reason: 'too dear' },
    ]);
    expect(validateLog(`\ufeff${rec(1, '2024-01-01')}\r\n\r\n`)).toEqual([]);
  });
});

describe('splitNdjson', () => {
  it('is the splitter of parseNdjson over input in memory: lines, offsets, the raw bytes of each', () => {
    const lines = splitNdjson(enc.encode('{"a":1}\r\n\n{"b":2}'));
    expect(lines.map((l) => [l.line, l.text, l.offset, l.terminated])).toEqual([
      [1, '{"a":1}', 0, true],
      [2, '', 9, true],
      [3, '{"b":2}', 10, false],
    ]);
    expect(new TextDecoder().decode(lines[0]!.bytes)).toBe('{"a":1}\r');
    expect(splitNdjson('x\ny\n').map((l) => l.text)).toEqual(['x', 'y']);
  });
});
