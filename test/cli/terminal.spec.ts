import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../packages/core/test/fixtures/tmp.js';
import { EVIL } from './fixtures/scripts/hostile.js';
import { ROOT, STACK } from './helpers.js';

// Nothing hostile reaches the terminal (issue 15): event text with ESC sequences (window title, screen
// clear, cursor query, OSC-8 link), a C1 CSI, CR, DEL and a bidi override goes through every command that
// prints, as a log, a script, a bad line, a file name; stdout and stderr hold no raw control character
// but tab and newline (and, with colour forced on, only our own SGR colour sequences).

const tmp = tempDir('parley-term-');
const script = join(ROOT, 'test', 'cli', 'fixtures', 'scripts', 'hostile.ts');
/** A control character a terminal acts on: C0 but tab and newline, DEL, C1, bidi overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Our own colour sequences, the only escapes allowed with colour on. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SGR = /\u001b\[[0-9;]*m/g;

let log = '';
let bad = '';
beforeAll(async () => {
  const dir = join(tmp.dir, 'w');
  mkdirSync(dir);
  log = join(dir, 'hostile.ndjson');
  const io = bufferIo();
  expect(await main(['run', script, '--out', log], io), io.err()).toBe(0);
  // a log whose bad lines carry the hostile text into validate's messages
  const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
  const evil = JSON.stringify(EVIL).slice(1, -1);
  lines[1] = lines[1]!.replace(/"type":"[^"]*"/, `"type":"${evil}"`);
  lines[2] = lines[2]!.replace(/"stream":"[^"]*"/, `"stream":"${evil}"`);
  lines.push(`{"not":"a record ${evil}"`);
  bad = join(dir, 'bad.ndjson');
  writeFileSync(bad, `${lines.join('\n')}\n`);
}, 120_000);

const RUNS: [string, () => string[]][] = [
  ['run (script)', () => ['run', script]],
  ['run --json', () => ['run', script, '--json']],
  ['timeline', () => ['timeline', log]],
  ['timeline --json', () => ['timeline', log, '--json']],
  ['state', () => ['state', log]],
  ['state --json', () => ['state', log, '--json']],
  ['validate (sound)', () => ['validate', log]],
  ['validate (bad lines)', () => ['validate', bad]],
  ['state (bad lines)', () => ['state', bad]],
  ['export', () => ['export', log, '--to', 'plover']],
  ['report', () => ['report', log, '--html', join(tmp.dir, `r${EVIL}.html`)]],
  ['a hostile file name', () => ['validate', join(tmp.dir, `x${EVIL}.ndjson`)]],
  ['a hostile scenario id', () => ['state', `evil${EVIL}`]],
  ['a hostile option value', () => ['state', log, '--at', `2016${EVIL}`]],
];

describe.each([
  ['piped', {}],
  ['colour forced on', { FORCE_COLOR: '1' }],
])('terminal output, %s', (_label, env) => {
  it.each(RUNS)('%s prints no raw control character', async (_name, args) => {
    const io = bufferIo({ env, cwd: tmp.dir });
    const code = await main(args(), io);
    const text = io.out() + io.err();
    expect([0, 1, 2]).toContain(code);
    expect(text).not.toMatch(STACK);
    expect(text.replace(SGR, '')).not.toMatch(RAW);
    if (!('FORCE_COLOR' in env)) expect(text).not.toMatch(SGR);
  });
});

it('the hostile text is shown, escaped, and JSON output still decodes to it', async () => {
  const io = bufferIo();
  expect(await main(['timeline', log, '--json'], io)).toBe(0);
  expect(io.out()).toContain('\\u001b]0;owned\\u0007');
  expect(JSON.stringify(JSON.parse(io.out()))).toContain(JSON.stringify(EVIL).slice(1, -1));
  const text = bufferIo();
  expect(await main(['timeline', log], text)).toBe(0);
  expect(text.out()).toMatch(/\\u001b\]8;;https:\/\/evil\.example\\u0007link/);
});
