import { issgAgenda, issgAgendas, issgRoleCards, textStanding } from '@parley/issg';
import {
  type Analysis,
  analyse,
  type NegotiationRun,
  negotiationMoves,
  runNegotiation,
  strategyByName,
  type Text,
} from '@parley/negotiation';
import type { NegotiationSweepSummary } from '@parley/sim';
import { type NegotiationSweepOptions, runNegotiationSweep } from '@parley/sim/node';
import * as asciichart from 'asciichart';
import Table from 'cli-table3';
import { InvalidArgumentError, Option } from 'commander';
import type { CliCommand, CliContext } from '../context.js';
import { WrongUsage } from '../errors.js';
import { parsePositiveInt, parseSeed } from '../options.js';
import { cut, wrap } from '../render/text.js';
import { type NegotiateFileOptions, writeNegotiationFiles, writesFiles } from './negotiate-files.js';

interface NegotiateOptions extends NegotiateFileOptions {
  seed?: number;
  strategy?: string[];
  json?: boolean;
  runs?: number;
  workers?: number;
  thenDays?: number;
  mix?: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`);
  return Number(value);
}

/** `PARTY=NAME[:PARAM]` → `{ party: name }`, checked against the table and the strategy catalog. */
function parseStrategies(specs: readonly string[], parties: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const m = /^([a-z0-9-]+)=(\S+)$/.exec(spec);
    if (!m) throw new WrongUsage(`--strategy ${spec}: write PARTY=NAME[:PARAM], e.g. ru=boulware:0.2`);
    const party = m[1]!;
    const name = m[2]!;
    if (!parties.includes(party))
      throw new WrongUsage(`--strategy ${spec}: "${party}" is not at the table (${parties.join(', ')})`);
    try {
      strategyByName(name);
    } catch (e) {
      throw new WrongUsage(`--strategy ${spec}: ${(e as Error).message}`);
    }
    out[party] = name;
  }
  return out;
}

/** Table borders without a line between rows (long logs stay short). */
const NO_ROW_LINES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(2));
const thousands = (n: number) => n.toLocaleString('en-US');

/** `parley negotiate <agenda>` — one negotiation with its analysis, or a Monte Carlo of many. */
export const negotiate: CliCommand = {
  name: 'negotiate',
  register(program, ctx) {
    program
      .command('negotiate')
      .description(
        'negotiate a built-in agenda: the rounds, the outcome and the analysis (Pareto, Nash, ZOPA); or a Monte Carlo',
      )
      .argument('<agenda>', `built-in agenda id (${issgAgendas.map((a) => a.id).join(', ')})`)
      .addOption(new Option('--seed <n>', 'seed of the negotiation (default 1)').argParser(parseSeed))
      .option(
        '--strategy <PARTY=NAME[:PARAM]>',
        "a delegation's strategy: mediator, boulware[:e], linear, conceder[:e], tit-for-tat, hardliner (repeatable)",
        collect,
      )
      .option(
        '--json',
        'print one JSON object: { agenda, seed, strategies, outcome, rounds, analysis, real }',
      )
      .option('--html <file>', 'also write the negotiation as a self-contained HTML page (rounds, charts)')
      .option(
        '--axes <a,b>',
        '--html: the two delegations of the outcome-space chart (default: the co-chairs)',
      )
      .option(
        '--out <file.ndjson>',
        "also write the negotiation's event log to FILE (NDJSON, written atomically)",
      )
      .addOption(new Option('--runs <n>', 'Monte Carlo: this many negotiations').argParser(parsePositiveInt))
      .addOption(
        new Option('--workers <n>', 'Monte Carlo: worker threads (0: in this thread); default 2').argParser(
          parseWorkers,
        ),
      )
      .addOption(
        new Option(
          '--then-days <d>',
          'Monte Carlo: then run the ceasefire model for D days after each outcome',
        ).argParser(parsePositiveInt),
      )
      .option(
        '--mix <names>',
        'Monte Carlo: the strategies drawn for unassigned delegations, comma-separated',
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley negotiate vienna-2016-05-17 --seed 1\n  $ parley negotiate vienna-2016-05-17 --seed 1 --strategy ru=hardliner --json\n  $ parley negotiate vienna-2016-05-17 --seed 1 --html vienna.html --axes us,ru\n  $ parley negotiate vienna-2016-05-17 --runs 1000 --seed 1 --then-days 90\n',
      )
      .action(async (agendaId: string, opts: NegotiateOptions) => {
        if (!issgAgendas.some((a) => a.id === agendaId))
          throw new WrongUsage(
            `negotiate: unknown agenda "${agendaId}"; the built-in agendas are ${issgAgendas.map((a) => a.id).join(', ')} (parley agendas)`,
          );
        const agenda = issgAgenda(agendaId);
        const strategies = parseStrategies(opts.strategy ?? [], agenda.parties);
        const seed = opts.seed ?? 1;
        if (opts.runs !== undefined && writesFiles(opts))
          throw new WrongUsage('negotiate: --html and --out write one negotiation; leave out --runs');
        if (opts.runs !== undefined) return monteCarlo(agendaId, seed, strategies, opts, ctx);
        if (opts.thenDays !== undefined || opts.workers !== undefined || opts.mix !== undefined)
          throw new WrongUsage(
            'negotiate: --then-days, --workers and --mix go with --runs N (a Monte Carlo)',
          );
        const written = writesFiles(opts)
          ? await writeNegotiationFiles(agendaId, seed, strategies, opts, ctx)
          : [];
        single(agendaId, seed, strategies, opts, ctx);
        if (!opts.json) for (const line of written) ctx.print(line);
      });
  },
};

function single(
  agendaId: string,
  seed: number,
  strategies: Record<string, string>,
  opts: NegotiateOptions,
  ctx: CliContext,
): void {
  const agenda = issgAgenda(agendaId);
  const cards = issgRoleCards(agendaId);
  const prefs = cards.map((c) => c.preferences);
  const run = runNegotiation({ agenda, preferences: prefs, strategies, seed });
  const analysis = analyse(agenda, prefs);
  const real = textStanding(agenda, prefs, analysis, agenda.realOutcome);
  const adopted = run.outcome.text ? textStanding(agenda, prefs, analysis, run.outcome.text) : null;
  if (opts.json) {
    ctx.print(
      JSON.stringify(
        {
          agenda: agenda.id,
          seed,
          strategies: run.strategies,
          outcome: run.outcome,
          rounds: run.rounds,
          analysis: {
            exact: analysis.exact,
            spaceSize: analysis.spaceSize,
            paretoSize: analysis.paretoSize,
            zopaSize: analysis.zopaSize,
            rationalSize: analysis.rationalSize,
            vetoPlayers: analysis.vetoPlayers,
            pivotal: analysis.pivotal,
            blockedAlone: analysis.blockedAlone,
            nash: analysis.nash,
            kalaiSmorodinsky: analysis.kalaiSmorodinsky,
            utilitarian: analysis.utilitarian,
            egalitarian: analysis.egalitarian,
            gains: analysis.gains,
          },
          adopted,
          real: { text: agenda.realOutcome, ...real },
        },
        null,
        2,
      ),
    );
    return;
  }
  const c = ctx.colors;
  ctx.print(c.bold(`${agenda.title}  (seed ${seed})`));
  for (const l of wrap(
    `${agenda.parties.length} delegations, ${agenda.protocol === 'single-text' ? 'single negotiating text' : 'alternating offers'}, ${typeof agenda.decisionRule === 'string' ? agenda.decisionRule : 'qualified majority'}, ${agenda.deadline.rounds} rounds. Strategies: ${Object.entries(
      run.strategies,
    )
      .map(([p, s]) => `${p} ${s}`)
      .join(', ')}.`,
    ctx.width,
  ))
    ctx.print(l);
  ctx.print();
  printRounds(run, agenda, ctx);
  printOutcome(run, agenda, analysis, ctx);
  printAnalysis(analysis, cards, run, real, adopted, ctx);
  printChart(run, agenda.parties, ctx);
}

function printRounds(run: NegotiationRun, agenda: ReturnType<typeof issgAgenda>, ctx: CliContext): void {
  const c = ctx.colors;
  ctx.print(c.bold('Rounds: who moved what'));
  const table = new Table({
    head: ['round', 'who', 'move'].map((h) => c.bold(h)),
    colWidths: [7, 6, ctx.width - 17], // the moves take what the terminal has beyond 80
    wordWrap: true,
    chars: NO_ROW_LINES,
    style: { head: [], border: [] },
  });
  // a delegation's consecutive moves in a round on one line ("objects on x; proposes x → y")
  const lines: { round: number; by: string; what: string }[] = [];
  for (const m of negotiationMoves(run.records, agenda)) {
    const prev = lines[lines.length - 1];
    if (prev && prev.round === m.round && prev.by === m.by && m.by !== '—') prev.what += `; ${m.what}`;
    else lines.push({ ...m });
  }
  let last = 0;
  for (const m of lines) {
    table.push([m.round === last ? '' : String(m.round), m.by, m.what]);
    last = m.round;
  }
  ctx.print(table.toString());
  ctx.print();
}

function printOutcome(
  run: NegotiationRun,
  agenda: ReturnType<typeof issgAgenda>,
  analysis: Analysis,
  ctx: CliContext,
): void {
  const c = ctx.colors;
  const o = run.outcome;
  ctx.print(
    c.bold(
      o.status === 'adopted'
        ? `Outcome: adopted in round ${o.round}`
        : `Outcome: failed in round ${o.round ?? run.rounds.length} (${o.reason ?? 'deadline'})`,
    ),
  );
  const textCol = Math.max(12, Math.floor((ctx.width - 23) / 3)); // 19 at 80 columns
  const table = new Table({
    head: ['issue', 'adopted', 'Nash text', 'real text'].map((h) => c.bold(h)),
    colWidths: [18, textCol, textCol, textCol],
    wordWrap: true,
    chars: NO_ROW_LINES,
    style: { head: [], border: [] },
  });
  // ids longer than a cell break after their hyphens, not in the middle of a word
  const cell = (id: string, room = textCol - 2) => (id.length > room ? id.replace(/-/g, '- ') : id);
  const mark = (x: string | undefined, real: string | undefined) =>
    x === undefined ? '—' : x === real ? cell(x) : `${cell(x, textCol - 4)} *`;
  for (const i of agenda.issues) {
    const real = agenda.realOutcome[i.id];
    table.push([
      cell(i.id, 16),
      mark(o.text?.[i.id], real),
      mark(analysis.nash?.text[i.id], real),
      cell(real ?? '—'),
    ]);
  }
  ctx.print(table.toString());
  ctx.print(c.dim('* differs from the real text'));
  ctx.print();
}

function printAnalysis(
  analysis: Analysis,
  cards: ReturnType<typeof issgRoleCards>,
  run: NegotiationRun,
  real: ReturnType<typeof textStanding>,
  adopted: ReturnType<typeof textStanding> | null,
  ctx: CliContext,
): void {
  const c = ctx.colors;
  ctx.print(c.bold('Analysis'));
  const facts = [
    `${thousands(analysis.spaceSize)} texts (${analysis.exact ? 'exact' : `${thousands(analysis.sampled ?? 0)} sampled`})`,
    `Pareto frontier ${thousands(analysis.paretoSize)}`,
    `ZOPA ${thousands(analysis.zopaSize)}`,
    `veto players ${analysis.vetoPlayers.join(' ')}`,
    `pivotal ${analysis.pivotal.length ? analysis.pivotal.join(' ') : 'none'}`,
  ];
  for (const l of wrap(`${facts.join(' · ')}.`, ctx.width)) ctx.print(l);
  const standing = (name: string, s: ReturnType<typeof textStanding>) => {
    const nash =
      s.nashDiffers === null
        ? 'no Nash text'
        : s.nashDiffers.length === 0
          ? 'it is the Nash text'
          : `differs from the Nash text on ${s.nashDiffers.map((d) => d.issue).join(', ')}`;
    return `${name}: ${s.inZopa ? 'in the ZOPA' : 'outside the ZOPA'}, ${
      s.paretoOptimal === null
        ? 'Pareto-optimality unknown'
        : s.paretoOptimal
          ? 'Pareto-optimal'
          : 'not Pareto-optimal'
    }, ${nash}; tightest margin: ${s.tightest}.`;
  };
  // the role cards' red lines, option by option: who alone (or who together) keeps an option out
  const red = new Map<string, string[]>();
  for (const card of cards)
    for (const [issue, options] of Object.entries(card.preferences.redLines))
      for (const o of options) red.set(`${issue} ${o}`, [...(red.get(`${issue} ${o}`) ?? []), card.party]);
  if (red.size > 0)
    for (const l of wrap(
      `Red lines: ${[...red].map(([option, parties]) => `${option} (${parties.join(' ')})`).join('; ')}.`,
      ctx.width,
    ))
      ctx.print(l);
  if (adopted) for (const l of wrap(standing('The adopted text', adopted), ctx.width)) ctx.print(l);
  for (const l of wrap(standing('The real text', real), ctx.width)) ctx.print(l);
  const table = new Table({
    head: ['party', 'strategy', 'adopted', 'Nash', 'real', 'reserv.', 'blocks alone'].map((h) => c.bold(h)),
    colWidths: [7, 14, 9, 8, 8, 9, 14],
    chars: NO_ROW_LINES,
    style: { head: [], border: [] },
  });
  const adoptedText: Text | null = run.outcome.text;
  for (const card of cards) {
    const p = card.party;
    const m = real.margins.find((x) => x.party === p)!;
    const mine = adopted?.margins.find((x) => x.party === p);
    table.push([
      analysis.pivotal.includes(p) ? `${p} *` : p,
      cut(run.strategies[p] ?? '', 12),
      adoptedText ? f2(mine?.utility) : '—',
      f2(analysis.nash?.utilities[p]),
      f2(m.utility),
      f2(m.reservation),
      thousands(analysis.blockedAlone[p] ?? 0),
    ]);
  }
  ctx.print(table.toString());
  ctx.print(c.dim('utilities of each text; * pivotal: its objection alone keeps texts from the ZOPA'));
  ctx.print();
}

const SPARK = '▁▂▃▄▅▆▇█';
const COLORS = [
  asciichart.blue,
  asciichart.red,
  asciichart.green,
  asciichart.yellow,
  asciichart.magenta,
  asciichart.cyan,
  asciichart.lightgray,
  asciichart.darkgray,
  asciichart.white,
];

/**
 * The draft's utility to each delegation over the rounds: one chart of every series (coloured on a
 * terminal), then one sparkline per delegation (readable without colour), on a fixed 0–1 scale.
 */
function printChart(run: NegotiationRun, parties: readonly string[], ctx: CliContext): void {
  const c = ctx.colors;
  ctx.print(c.bold("Each delegation's utility of the draft, round by round"));
  const rounds = run.rounds.length;
  const step = Math.max(1, Math.floor((ctx.width - 12) / Math.max(1, rounds)));
  const series = parties.map((p) => run.rounds.map((r) => r.utilities[p] ?? 0));
  const colorOf = (i: number) => (ctx.color ? COLORS[i % COLORS.length] : undefined);
  ctx.print(
    asciichart.plot(
      series.map((v) => v.flatMap((x) => Array<number>(step).fill(x))),
      {
        height: 8,
        min: 0,
        max: 1,
        format: (x: number) => x.toFixed(2).padStart(6),
        ...(ctx.color ? { colors: parties.map((_, i) => colorOf(i)) } : {}),
      },
    ),
  );
  const axis = `round 1${' '.repeat(Math.max(1, step * rounds - 7 - `round ${rounds}`.length))}round ${rounds}`;
  ctx.print(`${' '.repeat(8)}${c.dim(axis)}`);
  const spark = (v: number) =>
    SPARK[Math.max(0, Math.min(SPARK.length - 1, Math.round(v * (SPARK.length - 1))))]!;
  parties.forEach((p, i) => {
    const v = series[i]!;
    const line = `  ${p.padEnd(4)} ${cut(run.strategies[p] ?? '', 12).padEnd(12)} ${f2(v[0])} ${v.map(spark).join('')} ${f2(v[v.length - 1])}`;
    const color = colorOf(i);
    ctx.print(color ? `${color}${line}${asciichart.reset}` : line);
  });
}

async function monteCarlo(
  agendaId: string,
  seed: number,
  strategies: Record<string, string>,
  opts: NegotiateOptions,
  ctx: CliContext,
): Promise<void> {
  const mix = opts.mix
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const name of mix ?? [])
    try {
      strategyByName(name);
    } catch (e) {
      throw new WrongUsage(`--mix ${opts.mix}: ${(e as Error).message}`);
    }
  const runs = opts.runs!;
  // A bar on a terminal only, and never over --json (whose consumers are programs).
  const bar = opts.json ? { tick: () => {}, stop: () => {} } : ctx.progress(runs, 'negotiate');
  let done = 0;
  const options: NegotiationSweepOptions = {
    agenda: agendaId,
    runs,
    seed,
    workers: opts.workers ?? 2,
    strategies,
    ...(mix ? { mix } : {}),
    ...(opts.thenDays !== undefined ? { thenDays: opts.thenDays } : {}),
    onProgress: (p) => {
      bar.tick(p.done - done);
      done = p.done;
    },
  };
  let result: Awaited<ReturnType<typeof runNegotiationSweep>>;
  try {
    result = await runNegotiationSweep(options);
  } finally {
    bar.stop();
  }
  if (opts.json) {
    ctx.print(JSON.stringify(result, null, 2));
    return;
  }
  printSweep(result.summary, seed, opts.workers ?? 2, ctx);
}

function printSweep(s: NegotiationSweepSummary, seed: number, workers: number, ctx: CliContext): void {
  const c = ctx.colors;
  ctx.print(c.bold(`Monte Carlo: ${thousands(s.runs)} negotiations of ${s.agenda}, seed ${seed}`));
  const rows: [string, string][] = [
    ['P(a text is adopted)', s.agreement.toFixed(3)],
    ['share adopting exactly the real text', s.realText === null ? '—' : s.realText.toFixed(3)],
    [
      'rounds to agreement: mean, median (25–75 %)',
      s.rounds ? `${s.rounds.mean.toFixed(1)}, ${s.rounds.median} (${s.rounds.p25}–${s.rounds.p75})` : '—',
    ],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) ctx.print(`  ${k.padEnd(w)}  ${v}`);
  for (const l of wrap(
    `(preferences drawn inside the role cards' ranges; ${workers} worker threads: the output is the same for any number)`,
    ctx.width - 2,
  ))
    ctx.print(c.dim(`  ${l}`));
  ctx.print();
  ctx.print(c.bold('Adoption shares by issue (among adopted texts)'));
  const table = new Table({
    head: ['issue', 'options: share of adopted texts'].map((h) => c.bold(h)),
    colWidths: [20, ctx.width - 23],
    wordWrap: true,
    chars: NO_ROW_LINES,
    style: { head: [], border: [] },
  });
  for (const i of s.issues)
    table.push([i.issue, i.options.map((o) => `${o.option} ${o.share.toFixed(2)}`).join('  ')]);
  ctx.print(table.toString());
  if (s.byStrategy.length > 0) {
    ctx.print();
    ctx.print(c.bold('P(agreement) by the strategy a delegation played'));
    const parties = [...new Set(s.byStrategy.map((b) => b.party))];
    const names = [...new Set(s.byStrategy.map((b) => b.strategy))].sort();
    const t = new Table({
      head: ['party', ...names.map((n) => cut(n, 12))].map((h) => c.bold(h)),
      colWidths: [8, ...names.map(() => Math.min(14, Math.floor((ctx.width - 10) / names.length) - 1))],
      chars: NO_ROW_LINES,
      style: { head: [], border: [] },
    });
    for (const p of parties)
      t.push([
        p,
        ...names.map((n) => f2(s.byStrategy.find((b) => b.party === p && b.strategy === n)?.agreement)),
      ]);
    ctx.print(t.toString());
  }
  if (s.after) {
    ctx.print();
    ctx.print(c.bold(`Then: the cessation over ${s.after.days} days after each outcome (Kaplan–Meier)`));
    const keys = Object.keys(s.after.outcomes[0]?.survival ?? {});
    const t = new Table({
      head: ['outcome', 'runs', ...keys.map((k) => `S(${k})`), 'median'].map((h) => c.bold(h)),
      colWidths: [14, 8, ...keys.map(() => 9), 9],
      chars: NO_ROW_LINES,
      style: { head: [], border: [] },
    });
    for (const o of s.after.outcomes)
      t.push([
        o.outcome,
        String(o.runs),
        ...keys.map((k) => f2(o.survival[k])),
        o.median === null ? `> ${s.after.days}` : String(o.median),
      ]);
    ctx.print(t.toString());
  }
}
