import { bufferIo, checkLog, commands, formatProblem, issgDomain, main, validateLog } from '@parley/cli';
import { describe, expect, it } from 'vitest';

/** An ANSI escape sequence (colour). */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

// In-process: the programmatic API (`main(argv, io)`) from the sources, no build needed.
describe('main(argv, io)', () => {
  it('returns the exit code and writes to the given io', async () => {
    const io = bufferIo();
    expect(await main(['state', 'issg-2015-2016', '--at', '2016-02-27', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).hostilities.status).toBe('cessation');
    expect(io.err()).toBe('');
  });

  it('wrong usage is 2, with one line on stderr', async () => {
    const io = bufferIo();
    expect(await main(['state', 'issg-2015-2016', '--at', 'tomorrow'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.out()).toBe('');
  });

  it('bad input is 1, as FILE:LINE: reason', async () => {
    const io = bufferIo();
    expect(await main(['validate', 'test/cli/fixtures/logs/seq-gap.ndjson'], io)).toBe(1);
    expect(io.err()).toBe(
      'test/cli/fixtures/logs/seq-gap.ndjson:5: gap in seq of stream "issg": expected 5, got 6 (missing 5)\n',
    );
  });

  it('colours on a terminal, plain under NO_COLOR', async () => {
    const tty = bufferIo({ isTTY: true });
    await main(['scenarios'], tty);
    expect(tty.out()).toMatch(ANSI);
    const no = bufferIo({ isTTY: true, env: { NO_COLOR: '1' } });
    await main(['scenarios'], no);
    expect(no.out()).not.toMatch(ANSI);
  });

  it('registers one command per file of src/commands', () => {
    const names = commands.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'scenarios',
        'run',
        'state',
        'timeline',
        'validate',
        'report',
        'export',
        'demo',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('validateLog', () => {
  it('reports every problem of a log, without trusting it', () => {
    const bytes = new TextEncoder().encode(
      '{"stream":"s","seq":2}\nnot json\n{"__proto__":{}}\n\u0000\u0001\n{"a":',
    );
    const problems = validateLog(bytes, 'x.ndjson', issgDomain).map(formatProblem);
    expect(problems[0]).toMatch(/^x\.ndjson:1: missing field "id"/);
    expect(problems.some((p) => p.startsWith('x.ndjson:2: malformed JSON'))).toBe(true);
    expect(problems.some((p) => p.startsWith('x.ndjson:3: forbidden key "__proto__"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('x.ndjson:4: binary garbage'))).toBe(true);
    expect(problems[problems.length - 1]).toMatch(/^x\.ndjson:4: binary garbage/);
    // an unterminated last line is what a crash mid-append leaves: a warning, as readers and stores see it
    expect(checkLog(bytes, 'x.ndjson', issgDomain).warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.ndjson:5: torn last line/),
    ]);
  });
});
