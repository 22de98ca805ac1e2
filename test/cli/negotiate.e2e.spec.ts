import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parley, requireBuilt, STACK, widest } from './helpers.js';

/** An ANSI escape sequence (colour). */
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

// End to end: these tests spawn the BUILT binary (packages/cli/dist/bin.js).
beforeAll(requireBuilt);
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
afterAll(() => {});

describe.concurrent('parley agendas', () => {
  it('lists the three ISSG negotiations within 80 columns', async () => {
    const r = await parley(['agendas']);
    expect(r.code).toBe(0);
    for (const id of ['munich-2016-02-11', 'vienna-2016-05-17', 'geneva-2016-09-09'])
      expect(r.stdout).toContain(id);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("--json is an array with each agenda's table and size", async () => {
    const r = await parley(['agendas', '--json']);
    const rows = JSON.parse(r.stdout) as { id: string; parties: string[]; texts: number; protocol: string }[];
    const vienna = rows.find((x) => x.id === 'vienna-2016-05-17')!;
    expect(vienna.parties).toEqual(['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un']);
    expect(vienna.texts).toBe(19_440);
    expect(rows.find((x) => x.id === 'geneva-2016-09-09')!.protocol).toBe('alternating-offers');
  });
});

describe.concurrent('parley negotiate', () => {
  it('negotiates Vienna and prints the rounds, the outcome and the analysis within 80 columns', async () => {
    const r = await parley(['negotiate', 'vienna-2016-05-17', '--seed', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    for (const part of [
      'Rounds: who moved what',
      'tables the draft (v1)',
      'Outcome: ',
      'Analysis',
      '19,440 texts (exact)',
      'ZOPA 1,559',
      'The real text: in the ZOPA, Pareto-optimal, differs from the Nash text on talks-date',
      "Each delegation's utility of the draft, round by round",
    ])
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(part);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--json prints one object: agenda, outcome, rounds, analysis; the same seed gives the same bytes', async () => {
    const [a, b] = await Promise.all([
      parley(['negotiate', 'vienna-2016-05-17', '--seed', '1', '--json']),
      parley(['negotiate', 'vienna-2016-05-17', '--seed', '1', '--json']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j.agenda).toBe('vienna-2016-05-17');
    expect(['adopted', 'failed']).toContain(j.outcome.status);
    if (j.outcome.status === 'adopted') expect(Object.keys(j.outcome.text)).toHaveLength(9);
    expect(j.rounds.length).toBeGreaterThan(0);
    expect(j.analysis.nash.text['talks-date']).toBe('early-june');
    expect(j.analysis.paretoSize).toBe(1974);
    expect(j.analysis.zopaSize).toBe(1559);
    expect(j.analysis.pivotal).toEqual(['ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'un']);
  });

  it("--strategy PARTY=NAME[:PARAM] sets a delegation's strategy", async () => {
    const r = await parley([
      'negotiate',
      'munich-2016-02-11',
      '--seed',
      '2',
      '--strategy',
      'ru=hardliner',
      '--strategy',
      'ir=boulware:0.1',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.strategies.ru).toBe('hardliner');
    expect(j.strategies.ir).toBe('boulware:0.1');
  });

  const wrong: [string, string[], RegExp][] = [
    ['an unknown agenda', ['negotiate', 'yalta-1945'], /unknown agenda "yalta-1945"/],
    [
      'a party not at the table',
      ['negotiate', 'vienna-2016-05-17', '--strategy', 'hnc=linear'],
      /"hnc" is not at the table/,
    ],
    [
      'an unknown strategy',
      ['negotiate', 'vienna-2016-05-17', '--strategy', 'ru=stubborn'],
      /--strategy ru=stubborn/,
    ],
    [
      '--then-days without --runs',
      ['negotiate', 'vienna-2016-05-17', '--then-days', '30'],
      /go with --runs N/,
    ],
  ];
  it.each(wrong)(
    'wrong usage (%s) exits 2 with one line and no stack trace',
    async (_name, args, message) => {
      const r = await parley(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK);
    },
  );

  it('--runs N runs the Monte Carlo: the same bytes for any number of workers, quiet when piped', async () => {
    const args = [
      'negotiate',
      'vienna-2016-05-17',
      '--runs',
      '4',
      '--seed',
      '5',
      '--then-days',
      '20',
      '--json',
    ];
    const [inProcess, pooled] = await Promise.all([
      parley([...args, '--workers', '0']),
      parley([...args, '--workers', '2']),
    ]);
    expect(inProcess.code, inProcess.stderr).toBe(0);
    expect(pooled.stdout).toBe(inProcess.stdout);
    expect(inProcess.stderr).toBe('');
    const j = JSON.parse(inProcess.stdout);
    expect(j.spec).toMatchObject({ agenda: 'vienna-2016-05-17', runs: 4, seed: 5, thenDays: 20 });
    expect(j.summary.runs).toBe(4);
    expect(j.summary.issues).toHaveLength(9);
    expect(j.summary.after.outcomes[0]).toMatchObject({ outcome: 'all', runs: 4 });
  });

  it("--runs N prints the Monte Carlo's tables within 80 columns", async () => {
    const r = await parley([
      'negotiate',
      'geneva-2016-09-09',
      '--runs',
      '3',
      '--seed',
      '1',
      '--workers',
      '0',
      '--then-days',
      '20',
    ]);
    expect(r.code, r.stderr).toBe(0);
    for (const part of [
      'Monte Carlo: 3 negotiations of geneva-2016-09-09',
      'P(a text is adopted)',
      'Adoption shares by issue',
      'Then: the cessation over 20 days',
    ])
      expect(r.stdout).toContain(part);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });
});

describe.concurrent('parley negotiate geneva-2016-09-09 (alternating offers)', () => {
  it('the US and Russia exchange offers; nobody tables a draft; within 80 columns when piped', async () => {
    const r = await parley(['negotiate', 'geneva-2016-09-09', '--seed', '1']);
    expect(r.code, r.stderr).toBe(0);
    // the rounds are a table: its borders between the columns left out, who and what read as one line
    const flat = r.stdout.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');
    for (const part of [
      '2 delegations, alternating offers',
      'Strategies: us linear, ru linear.',
      'us makes an offer',
      'ru offers regime-air-force → unrestricted',
      'Outcome: adopted in round 10',
    ])
      expect(flat).toContain(part);
    expect(r.stdout).not.toContain('tables the draft');
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('--json: the moves are offers and an acceptance; the same seed gives the same bytes', async () => {
    const [a, b] = await Promise.all([
      parley(['negotiate', 'geneva-2016-09-09', '--seed', '1', '--json']),
      parley(['negotiate', 'geneva-2016-09-09', '--seed', '1', '--json']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    const types = new Set(
      (j.rounds as { moves: { command: { type: string } }[] }[]).flatMap((r) =>
        r.moves.map((m) => m.command.type),
      ),
    );
    expect([...types].sort()).toEqual(['accept-offer', 'make-offer']);
    expect(j.outcome).toMatchObject({ status: 'adopted', round: 10 });
    expect(j.outcome.text).toEqual(j.real.text);
  });

  it('--runs N --json: a Monte Carlo of offers, the same bytes for any worker count', async () => {
    const args = ['negotiate', 'geneva-2016-09-09', '--runs', '6', '--seed', '3', '--json'];
    const [inProcess, pooled] = await Promise.all([
      parley([...args, '--workers', '0']),
      parley([...args, '--workers', '2']),
    ]);
    expect(inProcess.code, inProcess.stderr).toBe(0);
    expect(pooled.stdout).toBe(inProcess.stdout);
    const j = JSON.parse(inProcess.stdout);
    expect(j.summary.runs).toBe(6);
    expect(j.summary.agreement).toBeGreaterThan(0.5);
    for (const b of j.summary.byStrategy as { strategy: string }[]) expect(b.strategy).not.toBe('mediator');
  });

  it('a mediator is wrong usage under alternating offers: exit 2, one line saying nobody holds the pen', async () => {
    for (const args of [
      ['negotiate', 'geneva-2016-09-09', '--strategy', 'us=mediator'],
      ['negotiate', 'geneva-2016-09-09', '--runs', '2', '--workers', '0', '--mix', 'linear,mediator'],
    ]) {
      const r = await parley(args);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toMatch(/nobody holds the pen/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK);
    }
  });
});

describe.concurrent('parley negotiate: terminal width', () => {
  it('takes COLUMNS (the terminal width convention of the other commands); 80 when piped', async () => {
    const [wide, piped] = await Promise.all([
      parley(['negotiate', 'vienna-2016-05-17', '--seed', '1'], { env: { COLUMNS: '120' } }),
      parley(['negotiate', 'vienna-2016-05-17', '--seed', '1']),
    ]);
    expect(wide.code, wide.stderr).toBe(0);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(120);
    expect(widest(wide.stdout)).toBeGreaterThan(100);
    expect(widest(piped.stdout)).toBeLessThanOrEqual(80);
    // the same negotiation: only the layout differs
    const outcome = (t: string) => /Outcome: .*/.exec(t)?.[0];
    expect(outcome(wide.stdout)).toBeDefined();
    expect(outcome(wide.stdout)).toBe(outcome(piped.stdout));
  });
});
