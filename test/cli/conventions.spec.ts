import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main, outputWidth, useColor } from '@parley/cli';
import { afterAll, describe, expect, it } from 'vitest';

// The conventions of well-kept Node CLIs (issue 14): colour switches, the terminal's width, --json,
// exit 2 for every usage error, shell completion.
const scratch = mkdtempSync(join(tmpdir(), 'parley-conventions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ESC = '\u001b[';

describe('colour', () => {
  const tty = (env: Record<string, string>) => useColor(bufferIo({ isTTY: true, env }));
  const piped = (env: Record<string, string>) => useColor(bufferIo({ isTTY: false, env }));
  it('is on on a terminal and off when piped', () => {
    expect(tty({})).toBe(true);
    expect(piped({})).toBe(false);
    expect(tty({ TERM: 'dumb' })).toBe(false);
  });
  it('NO_COLOR wins over FORCE_COLOR', () => {
    expect(tty({ NO_COLOR: '1' })).toBe(false);
    expect(piped({ NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(tty({ NO_COLOR: '1', FORCE_COLOR: '3' })).toBe(false);
  });
  it('FORCE_COLOR forces it on, and FORCE_COLOR=0 or false turns it off', () => {
    expect(piped({ FORCE_COLOR: '1' })).toBe(true);
    expect(tty({ FORCE_COLOR: '0' })).toBe(false);
    expect(tty({ FORCE_COLOR: 'false' })).toBe(false);
  });
  it('--no-color turns it off whatever the environment', async () => {
    const forced = bufferIo({ isTTY: true, env: { FORCE_COLOR: '1' } });
    await main(['scenarios'], forced);
    expect(forced.out()).toContain(ESC);
    const off = bufferIo({ isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(await main(['scenarios', '--no-color'], off)).toBe(0);
    expect(off.out()).not.toContain(ESC);
    expect(off.out()).toContain('issg-2015-2016');
  });
});

describe('width', () => {
  // a line with a URL may overflow: a link is never broken
  const widest = (text: string) =>
    Math.max(
      ...text
        .split('\n')
        .filter((l) => !l.includes('://'))
        .map((l) => [...l].length),
    );
  it('is 80 when piped, the terminal columns on a terminal, COLUMNS when set', () => {
    expect(outputWidth(bufferIo())).toBe(80);
    expect(outputWidth(bufferIo({ isTTY: true, columns: 132 }))).toBe(132);
    expect(outputWidth(bufferIo({ isTTY: true, columns: 132, env: { COLUMNS: '100' } }))).toBe(100);
    expect(outputWidth(bufferIo({ env: { COLUMNS: '12' } }))).toBe(40);
  });
  it('tables and timelines fit it', async () => {
    for (const [args, env] of [
      [['scenarios'], {}],
      [['scenarios'], { COLUMNS: '120' }],
      [['state', 'issg-2015-2016', '--at', '2016-05-17'], { COLUMNS: '120' }],
      [['timeline', 'issg-2015-2016', '--to', '2015-11-30'], { COLUMNS: '100' }],
    ] as const) {
      const io = bufferIo({ env: { ...env } });
      expect(await main([...args], io), io.err()).toBe(0);
      const limit = Number((env as { COLUMNS?: string }).COLUMNS ?? 80);
      expect(widest(io.out())).toBeLessThanOrEqual(limit);
      // a wider terminal is used, not only tolerated
      if (limit > 80) expect(widest(io.out())).toBeGreaterThan(80);
    }
  });
});

describe('usage errors exit 2, with no internal names', () => {
  it.each([
    [['help', 'nosuch'], 'unknown command "nosuch"'],
    [['nosuch'], "unknown command 'nosuch'"],
    [['run'], "missing required argument 'scenario'"],
    [['state', 'issg-2015-2016', '--at', 'yesterday'], '"yesterday" is not a date'],
    [['completion', 'powershell'], 'no completion for the shell "powershell"'],
    [['init', '--bogus'], "unknown option '--bogus'"],
  ])('parley %j', async (args, message) => {
    const io = bufferIo();
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(
      io
        .err()
        .split('\n')
        .filter((l) => l !== ''),
    ).toHaveLength(1);
    expect(io.err()).not.toMatch(/\b(load|parse|scaffold|register|resolve)[A-Z]\w*\(|at \w+ \(/);
  });
  it('parley help and parley help run print help and exit 0', async () => {
    const io = bufferIo();
    expect(await main(['help', 'run'], io)).toBe(0);
    expect(io.out()).toContain('Usage: parley run');
  });
});

describe('--json', () => {
  it('validate --json: one object, ok or the problems (exit 1, nothing repeated on stderr)', async () => {
    const good = join(scratch, 'good.ndjson');
    expect(await main(['run', 'issg-2015-2016', '--until', '2015-11-14', '--out', good], bufferIo())).toBe(0);
    const io = bufferIo();
    expect(await main(['validate', good, '--json'], io)).toBe(0);
    const ok = JSON.parse(io.out());
    expect(ok).toMatchObject({ file: good, ok: true, problems: [], warnings: [] });
    expect(ok.records).toBeGreaterThan(0);

    const bad = join(scratch, 'bad.ndjson');
    writeFileSync(bad, '{"not":"a record"}\n');
    const io2 = bufferIo();
    expect(await main(['validate', bad, '--json'], io2)).toBe(1);
    const verdict = JSON.parse(io2.out());
    expect(verdict.ok).toBe(false);
    expect(verdict.problems[0]).toMatchObject({ file: bad, line: 1 });
    expect(io2.err()).toBe('');
  });
  it('timeline --json: { title, from, to, total, events }', async () => {
    const io = bufferIo();
    expect(await main(['timeline', 'issg-2015-2016', '--to', '2015-10-31', '--json'], io)).toBe(0);
    const t = JSON.parse(io.out());
    expect(Object.keys(t)).toEqual(['title', 'from', 'to', 'total', 'events']);
    expect(t.events.length).toBeGreaterThan(0);
  });
});

describe('completion', () => {
  it('the bash script, sourced in bash, completes commands, options and built-in ids', async () => {
    const io = bufferIo();
    expect(await main(['completion', 'bash'], io)).toBe(0);
    const file = join(scratch, 'parley.bash');
    writeFileSync(file, io.out());
    // COMP_WORDS/COMP_CWORD as bash sets them when the user presses Tab, then the completion function
    const complete = (...words: string[]) =>
      execFileSync(
        'bash',
        [
          '-c',
          `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _parley; printf '%s\\n' "\${COMPREPLY[@]}"`,
          'bash',
          file,
          ...words,
        ],
        { encoding: 'utf8', cwd: scratch },
      )
        .split('\n')
        .filter((l) => l !== '');
    expect(complete('parley', 'sc')).toEqual(['scenarios']);
    expect(complete('parley', 'ti')).toEqual(['timeline']);
    expect(complete('parley', 'run', '--u')).toEqual(['--until']);
    expect(complete('parley', 'validate', '--')).toEqual(expect.arrayContaining(['--json', '--scenario']));
    expect(complete('parley', 'run', 'issg')).toContain('issg-2015-2016');
    expect(complete('parley', 'validate', 'good.')).toEqual(['good.ndjson']);
  });
  it('zsh and fish scripts name every command', async () => {
    for (const shell of ['zsh', 'fish']) {
      const io = bufferIo();
      expect(await main(['completion', shell], io)).toBe(0);
      for (const c of ['run', 'state', 'timeline', 'validate', 'init', 'completion'])
        expect(io.out()).toContain(c);
    }
    const fish = bufferIo();
    await main(['completion', 'fish'], fish);
    expect(fish.out()).toContain("complete -c parley -n '__fish_seen_subcommand_from run' -l until");
  });
});
