import { describe, expect, it } from 'vitest';
import { defineEvents } from '../src/events/catalog.js';
import { chainRecords } from '../src/hashChain.js';
import { validateLog } from '../src/log/validateLog.js';
import { encodeRecord } from '../src/ndjson/encode.js';
import { s } from '../src/schema/s.js';

const catalog = defineEvents({ truce: { schema: s.object({ parties: s.array(s.string()) }) } });
const rec = (seq: number, at = `2016-02-${10 + seq}`) => ({
  stream: 's',
  seq,
  id: `s:${seq}`,
  at,
  type: 'truce',
  v: 1,
  data: { parties: ['hnc'] },
});
const lines = (n: number) => Array.from({ length: n }, (_, i) => encodeRecord(rec(i + 1)));
const log = (ls: readonly string[], end = '\n') => ls.join('\n') + end;

describe('validateLog', () => {
  it('reads a sound log, from text or bytes, with the line of each record', () => {
    for (const source of [log(lines(3)), new TextEncoder().encode(log(lines(3)))]) {
      const v = validateLog(source, { catalog });
      expect(v.problems).toEqual([]);
      expect(v.warnings).toEqual([]);
      expect(v.records.map((r) => r.seq)).toEqual([1, 2, 3]);
      expect(v.lines).toEqual([1, 2, 3]);
    }
  });

  it('reports every problem with its line, one bad line never hiding the next', () => {
    const ls = lines(6);
    ls[1] = '{"stream":';
    ls[3] = encodeRecord({ ...rec(4), type: 'nope' });
    ls[5] = encodeRecord(rec(6, '2015-01-01'));
    const v = validateLog(log(ls), { catalog });
    expect(v.problems.map((p) => [p.line, p.reason.split(':')[0]])).toEqual([
      [2, 'malformed JSON'],
      [4, 'unknown event type "nope"'],
      [6, 'world time goes backwards'],
    ]);
    expect(v.records).toEqual([]);
  });

  it('names gaps and duplicates of seq, and a broken hash chain', () => {
    const gap = validateLog(log([...lines(2), encodeRecord(rec(4))]));
    expect(gap.problems).toEqual([
      { line: 3, reason: expect.stringMatching(/^gap in seq of stream "s": expected 3, got 4/) },
    ]);
    const chained = chainRecords([rec(1), rec(2), rec(3)]).map((r) => encodeRecord(r));
    chained[1] = chained[1]!.replace('"hnc"', '"hnx"');
    const broken = validateLog(log(chained));
    expect(broken.problems).toEqual([{ line: 3, reason: expect.stringMatching(/^hash chain broken/) }]);
  });

  it('takes what a crash leaves at the end as a warning, and leaves it out', () => {
    const torn = validateLog(log([...lines(2), encodeRecord(rec(3)).slice(0, 20)], ''));
    expect(torn.problems).toEqual([]);
    expect(torn.warnings).toEqual([{ line: 3, reason: expect.stringMatching(/^torn last line/) }]);
    expect(torn.records).toHaveLength(2);
    const unfinished = validateLog(log([...lines(2), `${encodeRecord(rec(3))} `]));
    expect(unfinished.warnings).toEqual([{ line: 3, reason: expect.stringMatching(/^unfinished append/) }]);
    expect(unfinished.records).toHaveLength(2);
  });

  it('refuses a file whose only content is an unterminated line that is not a record; an empty file is an empty log', () => {
    expect(validateLog('1').problems).toEqual([
      { line: 1, reason: expect.stringMatching(/holds no record/) },
    ]);
    expect(validateLog(new Uint8Array(8)).problems[0]!.reason).toMatch(/^binary garbage/);
    expect(validateLog('')).toEqual({ problems: [], warnings: [], records: [], lines: [] });
  });

  it("adds the domain's notes on sound records as warnings", () => {
    const v = validateLog(log(lines(2)), { notes: (r) => (r.seq === 2 ? ['unknown party'] : []) });
    expect(v.problems).toEqual([]);
    expect(v.warnings).toEqual([{ line: 2, reason: 'unknown party' }]);
  });
});
