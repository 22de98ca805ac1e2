import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issgRecord, stateAt, summarize } from '@parley/issg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parley, requireBuilt, STACK, widest } from './helpers.js';

/** An ANSI escape sequence (colour). */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

// End to end: these tests spawn the BUILT binary (packages/cli/dist/bin.js).
beforeAll(requireBuilt);
// Each test spawns node; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const COMMANDS = ['scenarios', 'run', 'state', 'timeline', 'validate', 'report', 'export', 'demo'];

describe.concurrent('parley --help', () => {
  it('lists every command and exits 0', async () => {
    const r = await parley(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(c);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it.each(COMMANDS)('%s --help shows an example and exits 0', async (c) => {
    const r = await parley([c, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ (parley|npm)/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('with no command prints the help on stderr and exits 2', async () => {
    const r = await parley([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: parley');
  });

  it('prints the version', async () => {
    const r = await parley(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe.concurrent('wrong usage exits 2 with one line and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    [
      'an unknown flag',
      ['state', 'issg-2015-2016', '--att', '2016-01-01'],
      /unknown option '--att'.*Did you mean --at\?/,
    ],
    ['an impossible date', ['state', 'issg-2015-2016', '--at', '2016-02-30'], /"2016-02-30" is not a date/],
    [
      'a date that is not a date',
      ['run', 'issg-2015-2016', '--until', 'yesterday'],
      /"yesterday" is not a date/,
    ],
    [
      '--at with --seq',
      ['state', 'issg-2015-2016', '--at', '2016-01-01', '--seq', '3'],
      /cannot be used with/,
    ],
    ['a seq that is not a number', ['state', 'issg-2015-2016', '--seq', 'x'], /"x" is not a whole number/],
    ['a seq past the end', ['state', 'issg-2015-2016', '--seq', '99999'], /past the last event/],
    [
      'an unknown scenario id',
      ['run', 'no-such-scenario'],
      /unknown scenario "no-such-scenario".*issg-2015-2016/,
    ],
    [
      '--to before --from',
      ['timeline', 'issg-2015-2016', '--from', '2016-03-01', '--to', '2016-02-01'],
      /before --from/,
    ],
    [
      'an unknown export format',
      ['export', 'issg-2015-2016', '--to', 'gdelt'],
      /Allowed choices are plover, cameo/,
    ],
    ['a missing --to', ['export', 'issg-2015-2016'], /required option '--to <format>'/],
    ['a missing --html', ['report', 'issg-2015-2016'], /required option '--html <file>'/],
    ['a missing argument', ['state'], /missing required argument/],
    ['too many arguments', ['scenarios', 'extra'], /too many arguments/],
    [
      '--out that is not .ndjson',
      ['run', 'issg-2015-2016', '--out', join(tmp, 'x.txt')],
      /name it FILE\.ndjson/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await parley(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe.concurrent('parley scenarios', () => {
  it('prints a table of built-in scenarios within 80 columns', async () => {
    const r = await parley(['scenarios']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('issg-2015-2016');
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(ANSI); // plain when piped
  });

  it('--json prints [{ id, title, description, events, from, to }]', async () => {
    const list = JSON.parse((await parley(['scenarios', '--json'])).stdout);
    expect(list[0]).toMatchObject({ id: 'issg-2015-2016', from: '2015-10-23' });
    expect(Object.keys(list[0])).toEqual(['id', 'title', 'description', 'events', 'from', 'to']);
    expect(list[0].events).toBeGreaterThan(100);
  });
});

describe.concurrent('parley run', () => {
  it('prints the timeline and the final state', async () => {
    const r = await parley(['run', 'issg-2015-2016', '--until', '2016-02-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('February 2016');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      'The cessation of hostilities came into force between the government and the HNC',
    );
    expect(r.stdout).toContain('State on 2016-02-27');
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('--json has a stable shape', async () => {
    const out = JSON.parse(
      (await parley(['run', 'issg-2015-2016', '--until', '2016-02-27', '--json', '--seed', '7'])).stdout,
    );
    expect(Object.keys(out)).toEqual([
      'scenario',
      'title',
      'basedOn',
      'until',
      'seed',
      'events',
      'lastSeq',
      'summary',
    ]);
    expect(out).toMatchObject({ scenario: 'issg-2015-2016', until: '2016-02-27', seed: 7, basedOn: null });
    expect(out.summary.hostilities.status).toBe('cessation');
    expect(out.lastSeq).toBe(out.events);
  });

  it('--out writes a valid NDJSON log atomically (no temporary file left behind)', async () => {
    const dir = join(tmp, 'atomic');
    mkdirSync(dir);
    const file = join(dir, 'run.ndjson');
    const r = await parley(['run', 'issg-2015-2016', '--until', '2016-05-17', '--out', file, '--json']);
    expect(r.code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(JSON.parse(r.stdout).events);
    expect(JSON.parse(lines[0]!)).toMatchObject({ stream: 'issg', seq: 1 });
    expect(readdirSync(dir)).toEqual(['run.ndjson']);
    expect((await parley(['validate', file])).code).toBe(0);
  });

  it('--out into a missing directory is bad input (exit 1) and writes nothing', async () => {
    const file = join(tmp, 'nope', 'run.ndjson');
    const r = await parley(['run', 'issg-2015-2016', '--out', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/run\.ndjson: cannot write: no such directory \(ENOENT\)/);
    expect(existsSync(file)).toBe(false);
  });

  it('is deterministic: same input, same bytes', async () => {
    const run = (seed: string) => parley(['run', 'examples/classroom-exercise.ts', '--seed', seed, '--json']);
    const [a, b, c] = await Promise.all([run('3'), run('3'), run('4')]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(c.stdout).scenario).toBe('classroom-week-one-seed-4');
  });
});

describe.concurrent('parley run <script> errors name the file (exit 1, no stack trace)', () => {
  const cases: [string, RegExp][] = [
    [
      'test/cli/fixtures/scripts/not-a-scenario.ts',
      /^test\/cli\/fixtures\/scripts\/not-a-scenario\.ts: the default export is not a Scenario/,
    ],
    [
      'test/cli/fixtures/scripts/throws.ts',
      /^test\/cli\/fixtures\/scripts\/throws\.ts:5: defineScenario\("bad-start"\): start\.at "2016-02-30"/,
    ],
    [
      'test/cli/fixtures/scripts/refused-step.ts',
      /^test\/cli\/fixtures\/scripts\/refused-step\.ts: .*scenario "refused" step \d+ \(2015-11-20\)/,
    ],
    ['test/cli/fixtures/scripts/missing.ts', /^test\/cli\/fixtures\/scripts\/missing\.ts: no such file/],
  ];
  it.each(cases)('%s', async (script, message) => {
    const r = await parley(['run', script]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe.concurrent('parley state', () => {
  it('--json is exactly issg summarize() of the state at the date', async () => {
    const r = await parley(['state', 'issg-2015-2016', '--at', '2016-05-17', '--json']);
    expect(r.code).toBe(0);
    const expected = summarize(stateAt(issgRecord, '2016-05-17'), { at: '2016-05-17' });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--json has the documented keys', async () => {
    const s = JSON.parse((await parley(['state', 'issg-2015-2016', '--at', '2016-05-17', '--json'])).stdout);
    for (const k of [
      'at',
      'seq',
      'issg',
      'hostilities',
      'humanitarian',
      'political',
      'resolutions',
      'indicators',
    ])
      expect(s).toHaveProperty(k);
    expect(s.at).toBe('2016-05-17');
    expect(s.hostilities).toMatchObject({
      status: 'cessation',
      goal: 'comprehensive-ceasefire',
      nonComplianceRule: true,
    });
    expect(Object.keys(s.indicators)).toEqual(['violence', 'humanitarianAccess', 'momentum', 'credibility']);
  });

  it('--seq N reads the state after event N, from a scenario or a log alike', async () => {
    const file = join(tmp, 'state.ndjson');
    expect((await parley(['run', 'issg-2015-2016', '--out', file, '--json'])).code).toBe(0);
    const a = JSON.parse((await parley(['state', 'issg-2015-2016', '--seq', '40', '--json'])).stdout);
    const b = JSON.parse((await parley(['state', file, '--seq', '40', '--json'])).stdout);
    expect(a.seq).toBe(40);
    expect(b).toEqual(a);
  });

  it('prints a table within 80 columns', async () => {
    const r = await parley(['state', 'issg-2015-2016', '--at', '2016-02-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('State on 2016-02-27');
    expect(r.stdout).toMatch(/status\s+│ cessation/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('a damaged log is bad input listing its problems', async () => {
    const r = await parley(['state', 'test/cli/fixtures/logs/many-faults.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toMatch(/^test\/cli\/fixtures\/logs\/many-faults\.ndjson:2: missing field "id"$/m);
  });

  it('a missing log is bad input', async () => {
    const r = await parley(['state', 'nowhere.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('nowhere.ndjson: no such file');
  });
});

describe.concurrent('parley timeline', () => {
  it('groups the narrative by track, with sources, within --from/--to', async () => {
    const r = await parley(['timeline', 'issg-2015-2016', '--from', '2016-02-11', '--to', '2016-02-27']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Diplomacy \(\d+\)$/m);
    expect(r.stdout).toMatch(/^Hostilities \(\d+\)$/m);
    expect(r.stdout).toMatch(/^ +source: /m);
    expect(r.stdout).toMatch(/<https:\/\/[^>]+>/);
    const dates = [...r.stdout.matchAll(/^ {2}(\d{4}-\d{2}-\d{2}) /gm)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(5);
    for (const d of dates) expect(d >= '2016-02-11' && d <= '2016-02-27').toBe(true);
  });
});

describe.concurrent('parley export', () => {
  const file = join(tmp, 'export.ndjson');
  beforeAll(async () => {
    expect((await parley(['run', 'issg-2015-2016', '--until', '2016-02-27', '--out', file])).code).toBe(0);
  });

  it('--to plover prints one PLOVER object per event', async () => {
    const r = await parley(['export', file, '--to', 'plover']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe(readFileSync(file, 'utf8').trimEnd().split('\n').length);
    expect(lines[0]).toHaveProperty('event_type');
    expect(lines[0]).toHaveProperty('cameo');
  });

  it('--to cameo prints { id, date, type, cameo, actor, recipient } per event', async () => {
    const r = await parley(['export', file, '--to', 'cameo']);
    expect(r.code).toBe(0);
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    expect(Object.keys(first)).toEqual(['id', 'date', 'type', 'cameo', 'actor', 'recipient']);
    expect(first.cameo).toMatch(/^\d{3,4}$/);
  });
});

describe.concurrent('parley demo', () => {
  it('shows the timeline, the final summary and the indicator charts, in 80 columns, plain when piped', async () => {
    const r = await parley(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Timeline');
    expect(r.stdout).toContain('Where it ended');
    expect(r.stdout).toContain('Indicators over time');
    for (const k of ['Violence', 'Humanitarian access', 'Momentum', 'Credibility'])
      expect(r.stdout).toContain(`${k}  (now `);
    expect(r.stdout).toMatch(/[┤─]/);
    // the README's claims: sentences a person reads, sources with their links, notes once a step
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Vienna: the US, Russia, Saudi Arabia and Turkey met (preparatory)');
    expect(flat).toContain('A violation by the government was reported by the HNC (disputed)');
    // ids and templates, as whole tokens outside the links (a URL may spell "syria-government")
    const prose = r.stdout.split('Where it ended')[0]!.replace(/<https?:\/\/\S+>/g, '');
    expect(prose).not.toMatch(/\bsyria-gov\b|\bmeeting-convened\b|\$\{/);
    expect((r.stdout.match(/<https:\/\/[^>]+>/g) ?? []).length).toBeGreaterThan(50);
    const notes = r.stdout.split('\n').filter((l) => l.trim().startsWith('note:'));
    expect(new Set(notes).size).toBe(notes.length);
    // 80 columns, but for a link that cannot be broken without breaking it
    expect(widest(r.stdout.replace(/^\s*(source: )?<https?:\/\/\S+>$/gm, ''))).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('colours only when asked (FORCE_COLOR) and never under NO_COLOR', async () => {
    expect((await parley(['scenarios'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await parley(['scenarios'], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});
