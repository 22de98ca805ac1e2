import { runScenario } from '@parley/core';
import { eventSentence, issgRecord, issgTrackOf } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { makeBranch } from '../src/model/branch.js';
import { issgDomain } from '../src/model/domain.js';
import { ForkError, forkWithCommand } from '../src/model/fork.js';
import { LogError, parseLog } from '../src/model/loadLog.js';
import { parseMonteCarlo } from '../src/model/mc.js';
import { chartSeries } from '../src/ui/chartData.js';

// The viewer's model, in Node: what the page computes, without the page.
const { records } = runScenario(issgRecord);
const record = makeBranch(issgDomain, 'record', records, { steps: issgRecord.steps });
const ndjson = (rs: readonly unknown[]) => rs.map((r) => `${JSON.stringify(r)}\n`).join('');
const seqOf = (type: string, at?: string) =>
  records.find((r) => r.type === type && (!at || r.at.startsWith(at)))!.seq;

describe('tracks and sentences, from the ISSG view', () => {
  it('puts every event of the record on one of the four tracks', () => {
    const tracks = new Set(records.map((r) => issgTrackOf(r.type)));
    expect([...tracks].sort()).toEqual(['diplomacy', 'hostilities', 'humanitarian', 'political']);
  });
  it('says where meetings were and which resolutions, in sentences', () => {
    const text = records.map(eventSentence).join('\n');
    expect(text).toContain('Vienna: the US, Russia, Saudi Arabia and Turkey met (preparatory)');
    expect(text).toContain('Munich');
    expect(text).toContain('UNSCR 2254');
  });
});

describe('parseLog', () => {
  it('reads back the records of a log', () => {
    expect(parseLog(ndjson(records), { file: 'r.ndjson', catalog: issgDomain.catalog })).toHaveLength(
      records.length,
    );
  });
  it.each([
    [
      'malformed JSON',
      `${ndjson(records.slice(0, 2))}{"stream":\n${ndjson(records.slice(2, 3))}`,
      3,
      /malformed JSON/,
    ],
    ['a gap in seq', ndjson([records[0], records[2]]), 2, /gap/],
    ['an unknown event type', ndjson([{ ...records[0], type: 'truce-signed' }]), 1, /unknown event type/],
    [
      'time going backwards',
      ndjson([
        { ...records[0], at: '2016-01-01' },
        { ...records[1], seq: 2, at: '2015-12-01' },
      ]),
      2,
      /before/,
    ],
    ['a forbidden key', '{"__proto__": {}}\n', 1, /forbidden key/],
    ['another stream', ndjson([records[0], { ...records[1], stream: 'other', seq: 1 }]), 2, /one stream/],
  ])('names the line of %s', (_what, text, line, reason) => {
    const fail = () => parseLog(text, { file: 'bad.ndjson', catalog: issgDomain.catalog });
    expect(fail).toThrow(LogError);
    try {
      fail();
    } catch (e) {
      expect((e as LogError).line).toBe(line);
      expect((e as LogError).message).toMatch(reason);
      expect((e as LogError).message).toContain(`bad.ndjson:${line}`);
    }
  });
});

describe('parseLog, as the reading policy of logs', () => {
  it('leaves out a torn last line (what a crash mid-append leaves) with a warning, as readers do', () => {
    const warnings: { line: number; reason: string }[] = [];
    const text = `${ndjson(records.slice(0, 3))}${ndjson([records[3]]).slice(0, 25)}`;
    const got = parseLog(text, {
      file: 'r.ndjson',
      catalog: issgDomain.catalog,
      onWarning: (w) => warnings.push(w),
    });
    expect(got).toHaveLength(3);
    expect(warnings).toEqual([{ line: 4, reason: expect.stringMatching(/^torn last line/) }]);
  });
  it('reads CRLF line ends and a byte order mark', () => {
    const text = `\ufeff${records
      .slice(0, 4)
      .map((r) => `${JSON.stringify(r)}\r\n`)
      .join('')}`;
    expect(parseLog(text, { file: 'r.ndjson', catalog: issgDomain.catalog })).toHaveLength(4);
  });
  it('carries every problem, not only the first', () => {
    const text = ndjson([{ ...records[0], type: 'nope' }, records[1], { ...records[2], at: '2014-01-01' }]);
    const e = (() => {
      try {
        parseLog(text, { file: 'bad.ndjson', catalog: issgDomain.catalog });
      } catch (x) {
        return x as LogError;
      }
      throw new Error('expected a LogError');
    })();
    expect(e.problems.map((p) => p.line)).toEqual([1, 3]);
    expect(e.message).toMatch(/^bad\.ndjson:1: unknown event type "nope" \(and 1 more problem\)$/);
  });
  it('refuses a file with no record', () => {
    expect(() => parseLog('\n\n', { file: 'e.ndjson' })).toThrow(/no records/);
  });
});

describe('forks', () => {
  it('decides the later steps again, and lists those the change makes impossible', () => {
    const after = seqOf('cessation-renewed');
    const fork = forkWithCommand(issgDomain, record, after, {
      type: 'declare-collapse',
      declaredBy: 'syria-gov',
      reason: 'what if',
    });
    expect(fork.fork?.continued).toBe('decided');
    expect(fork.records.slice(0, after)).toEqual(records.slice(0, after));
    expect(issgDomain.summarize(fork.timeline.stateAt(fork.records.length)).hostilities).toMatchObject({
      status: 'collapsed',
    });
    expect(fork.fork?.notes.some((n) => n.includes('no longer possible'))).toBe(true);
  });
  it('a travelled branch decides its later steps again: a fork from it lists those that became impossible', () => {
    const referred = forkWithCommand(issgDomain, record, seqOf('non-compliance-rule-adopted'), {
      type: 'refer-non-compliance',
      party: 'syria-gov',
      by: 'us',
    });
    expect(referred.steps?.length).toBeGreaterThan(0);
    // travel it, then fork from it: the arrangement collapses on 16 September
    const on16 = referred.records.filter((r) => r.at.startsWith('2016-09-16')).at(-1)!.seq;
    const collapse = forkWithCommand(issgDomain, referred, on16, {
      type: 'declare-collapse',
      declaredBy: 'syria-gov',
      reason: 'what if',
    });
    expect(collapse.fork?.continued).toBe('decided');
    expect(collapse.records.slice(0, collapse.fork!.after)).toEqual(
      referred.records.slice(0, collapse.fork!.after),
    );
    expect(
      collapse.fork?.notes.some((n) => n.startsWith('2016-09-19') && n.includes('no longer possible')),
    ).toBe(true);
    // the referral of the travelled branch is still there after the second fork
    expect(collapse.records.some((r) => r.type === 'non-compliance-referred')).toBe(true);
  });
  it('is deterministic', () => {
    const cmd = { type: 'sign-on', party: 'pyd' };
    const at = seqOf('terms-agreed');
    expect(forkWithCommand(issgDomain, record, at, cmd).records).toEqual(
      forkWithCommand(issgDomain, record, at, cmd).records,
    );
  });
  it('refuses what the rules refuse, naming the rule', () => {
    const at = seqOf('non-compliance-rule-adopted');
    expect(() =>
      forkWithCommand(issgDomain, record, at, { type: 'exclude-party', party: 'syria-gov' }),
    ).toThrow(ForkError);
  });
});

describe('indicator series and Monte Carlo files', () => {
  it('gives one value a day for each indicator, null where there is no data', () => {
    const s = chartSeries(records);
    expect(Object.keys(s.y).sort()).toEqual(['credibility', 'humanitarianAccess', 'momentum', 'violence']);
    for (const col of Object.values(s.y)) expect(col).toHaveLength(s.x.length);
    expect(s.dayOfSeq).toHaveLength(records.length);
    for (const col of Object.values(s.y))
      for (const v of col) expect(v === null || Number.isFinite(v)).toBe(true);
    expect(
      chartSeries([{ stream: 'x', seq: 1, id: 'x:1', at: '2024-01-01', type: 'offer-made', v: 1, data: {} }])
        .x,
    ).toEqual([]);
  });
  it('reads `parley mc --json` output and rejects what is not a sweep', () => {
    const summary = {
      runs: 2,
      days: 3,
      survival: { times: [2], survival: [0.5], atRisk: [2], events: [1], n: 2, median: 2 },
      bands: {
        holding: { p05: [1, 1, 0], p25: [1, 1, 0], p50: [1, 1, 0.5], p75: [1, 1, 1], p95: [1, 1, 1] },
      },
    };
    const mc = parseMonteCarlo(JSON.stringify({ spec: { from: '2016-02-27' }, summary }));
    expect(mc.survival).toEqual([1, 1, 0.5, 0.5]);
    expect(mc.from).toBe('2016-02-27');
    expect(Object.keys(mc.bands)).toEqual(['holding']);
    expect(() => parseMonteCarlo('{"hello": 1}')).toThrow(/survival/);
  });
  it("reads a sweep's NDJSON lines with sim's decoder, naming a bad line", () => {
    const summary = {
      runs: 1,
      days: 2,
      survival: { times: [], survival: [], atRisk: [], events: [], n: 1, median: null },
      bands: {},
    };
    const header = { kind: 'sweep', format: 1, runs: 1, days: 2, seed: 1, from: '2016-02-27' };
    const run = { kind: 'run', run: 0, seed: 5 };
    const text = [header, run, { kind: 'summary', ...summary }]
      .map((l) => `${JSON.stringify(l)}\r\n`)
      .join('');
    const mc = parseMonteCarlo(text);
    expect(mc.from).toBe('2016-02-27');
    expect(mc.survival).toEqual([1, 1, 1]);
    expect(() => parseMonteCarlo(`${JSON.stringify(header)}\n{"kind":"nope"}\n`)).toThrow(
      /^line 2: unknown line kind/,
    );
  });
});

describe("the viewer's errors a user can cause", () => {
  it('are kernel errors with a stable code', () => {
    expect(() => parseLog('not json', { file: 'bad.ndjson' })).toThrow(
      expect.objectContaining({ code: 'validation', line: 1 }),
    );
    expect(() => parseMonteCarlo('{"hello": 1}')).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(new ForkError('refused').code).toBe('invariant');
  });
});
