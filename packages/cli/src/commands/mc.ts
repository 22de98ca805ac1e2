import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { issgRecord } from '@parley/issg';
import {
  encodeSweepLine,
  outcomes,
  parseParamAssignments,
  parseShard,
  type SweepLine,
  type SweepSummary,
  summaryCsv,
  survivalAt,
} from '@parley/sim';
import {
  type MonteCarloOptions,
  mergeShardFileItems,
  simulateLog,
  sweepItems,
  sweepSpec,
} from '@parley/sim/node';
import { plot } from 'asciichart';
import { InvalidArgumentError, Option } from 'commander';
import type { CliCommand, CliContext } from '../context.js';
import { BadInput, isParleyLike, WrongUsage } from '../errors.js';
import { checkInputFile } from '../input/read-input.js';
import { parseDate, parsePositiveInt, parseSeed } from '../options.js';
import { type AtomicOutput, checkOutput, openOutput, writeOutput } from '../output/atomic-write.js';
import { writeLog } from '../output/write-log.js';
import { resample } from '../render/chart.js';

interface McOptions {
  runs?: number;
  seed?: number;
  workers?: number;
  days?: number;
  from?: string;
  shard?: string;
  json?: boolean;
  out?: string;
  csv?: string;
  set?: string[];
  merge?: string[];
  log?: string;
  run?: number;
  forceWorkers?: boolean;
}

/** Most runs one sweep may have: memory does not grow with runs, but time does; split larger work with --shard. */
export const MAX_RUNS = 100_000_000;
/** Longest horizon, in days after --from (ten years). */
export const MAX_DAYS = 3650;
/** Most worker threads even with --force-workers. */
export const MAX_WORKERS = 256;

const limited = (max: number, why: string) => (value: string) => {
  const n = parsePositiveInt(value);
  if (n > max) throw new InvalidArgumentError(`${n} is more than ${max}${why}`);
  return n;
};

const collect = (v: string, prev: string[] = []) => [...prev, v];

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`);
  return Number(value);
}

/** `parley mc <scenario>` — Monte Carlo sweeps of the stochastic ISSG model, and `--merge` of shard outputs. */
export const mc: CliCommand = {
  name: 'mc',
  register(program, ctx) {
    program
      .command('mc')
      .description(
        'Monte Carlo sweep of the stochastic model from a date of the record: survival, bands, what-ifs',
      )
      .argument('[scenario]', `built-in scenario id (${issgRecord.id}) or path to a scenario module`)
      .addOption(
        new Option('--runs <n>', `number of runs (at most ${MAX_RUNS})`).argParser(
          limited(MAX_RUNS, '; split a larger sweep into shards (--shard K/N) run on several machines'),
        ),
      )
      .addOption(
        new Option('--seed <n>', 'sweep seed (every run derives its streams from it)').argParser(parseSeed),
      )
      .addOption(
        new Option(
          '--workers <n>',
          "worker threads (0: in this thread; at most the machine's cores unless --force-workers); default 2",
        ).argParser(parseWorkers),
      )
      .option('--force-workers', `allow more worker threads than cores (up to ${MAX_WORKERS})`)
      .addOption(
        new Option(
          '--days <n>',
          `days to simulate after --from (default 150, at most ${MAX_DAYS})`,
        ).argParser(limited(MAX_DAYS, ' (ten years)')),
      )
      .addOption(
        new Option('--from <date>', 'fork date in the record (default 2016-02-27)').argParser(parseDate),
      )
      .option('--shard <K/N>', 'run only shard K of N (contiguous blocks of runs); writes NDJSON')
      .option('--set <mechanism.param=value>', 'change a mechanism parameter (repeatable)', collect)
      .option('--out <file.ndjson>', 'write the sweep (header, one line per run, summary) as NDJSON')
      .option('--csv <file.csv>', 'write the daily statistics (bands, survival, talks) as CSV')
      .option('--json', 'print the summary as one JSON object: { spec, outcomes, summary }')
      .option('--merge <files...>', 'merge the NDJSON outputs of shards into the whole sweep')
      .option('--log <file.ndjson>', 'instead of a sweep, write the full event log of one run (see --run)')
      .addOption(new Option('--run <i>', 'the run --log writes (0-based; default 0)').argParser(parseWorkers))
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley mc issg-2015-2016 --runs 1000 --seed 1\n  $ parley mc issg-2015-2016 --runs 1000 --seed 1 --set monitoring.enabled=false\n  $ parley mc issg-2015-2016 --runs 100000 --seed 1 --shard 3/8 > shard-3.ndjson\n  $ parley mc --merge shard-*.ndjson --out sweep.ndjson\n  $ parley mc issg-2015-2016 --runs 1000 --seed 1 --log run-7.ndjson --run 7\n',
      )
      .action(async (scenario: string | undefined, opts: McOptions) => {
        const cores = availableParallelism();
        if (opts.workers !== undefined && opts.workers > cores && !opts.forceWorkers)
          throw new WrongUsage(
            `mc: --workers ${opts.workers} is more than this machine's ${cores} cores (each worker holds a copy of the model); use --workers ${cores} or fewer, or add --force-workers`,
          );
        if (opts.workers !== undefined && opts.workers > MAX_WORKERS)
          throw new WrongUsage(`mc: --workers ${opts.workers} is more than ${MAX_WORKERS}`);
        const inputs = [
          ...(opts.merge ?? []).map((f) => ctx.resolvePath(f)),
          ...(scenario !== undefined && scenario !== issgRecord.id ? [ctx.resolvePath(scenario)] : []),
        ];
        for (const [flag, file] of [
          ['--out', opts.out],
          ['--csv', opts.csv],
          ['--log', opts.log],
        ] as const)
          if (file !== undefined) await checkOutput(ctx, file, { inputs, flag });
        if (opts.merge) return merge(opts.merge, opts, ctx, inputs);
        if (scenario === undefined)
          throw new WrongUsage('mc: give a scenario (e.g. issg-2015-2016) or --merge FILES');
        if (scenario !== issgRecord.id && !existsSync(ctx.resolvePath(scenario)))
          throw new WrongUsage(
            `mc: "${scenario}" is neither a built-in scenario (${issgRecord.id}) nor a file`,
          );
        if (scenario !== issgRecord.id) await checkInputFile(ctx.resolvePath(scenario), scenario);
        if (opts.runs === undefined) throw new WrongUsage('mc: --runs N is required');
        let params: MonteCarloOptions['params'];
        let shard: ReturnType<typeof parseShard> | undefined;
        try {
          params = parseParamAssignments(opts.set ?? []);
          shard = opts.shard !== undefined ? parseShard(opts.shard) : undefined;
        } catch (e) {
          throw new WrongUsage(`mc: ${(e as Error).message}`);
        }
        const spec = sweepSpec({ scenario, runs: opts.runs, seed: opts.seed ?? 1 });
        const options: MonteCarloOptions = {
          scenario: scenario === issgRecord.id ? scenario : ctx.resolvePath(scenario),
          runs: opts.runs,
          seed: opts.seed ?? 1,
          workers: opts.workers ?? 2,
          ...(opts.days !== undefined ? { days: opts.days } : {}),
          ...(opts.from !== undefined ? { from: opts.from } : {}),
          ...(shard ? { shard } : {}),
          ...(params ? { params } : {}),
        };
        if (opts.log !== undefined) {
          if (!opts.log.endsWith('.ndjson'))
            throw new WrongUsage(`--log ${opts.log}: name the event log FILE.ndjson`);
          const run = opts.run ?? 0;
          if (run >= opts.runs) throw new WrongUsage(`mc: --run ${run} is not below --runs ${opts.runs}`);
          const { records, result } = await simulateLog({ ...options, run });
          await writeLog(ctx, opts.log, records, { flag: '--log', inputs });
          ctx.print(
            `wrote run ${run} of seed ${options.seed} to ${opts.log}: ${records.length} events (${result.events} simulated); ` +
              `collapse ${result.collapseDay === null ? 'none' : `on day ${result.collapseDay}`}`,
          );
          return;
        }
        const total = shard
          ? Math.floor((shard.k * spec.runs) / shard.n) - Math.floor(((shard.k - 1) * spec.runs) / shard.n)
          : spec.runs;
        const bar = ctx.progress(total, 'mc');
        let done = 0;
        const lines = sweepItems({
          ...options,
          onProgress: (p) => {
            bar.tick(p.done - done);
            done = p.done;
          },
        });
        const toStdout = shard !== undefined && opts.out === undefined;
        const summary = await drain(lines, ctx, opts.out, toStdout, inputs);
        bar.stop();
        if (opts.out !== undefined && shard)
          ctx.io.stderr(`wrote shard ${shard.k}/${shard.n} to ${opts.out}\n`);
        if (!summary) return;
        await finish(summary, { ...sweepSpec(options), seed: options.seed }, opts, ctx, inputs);
      });
  },
};

/** Write a sweep's typed lines (encoded here, once, at the edge) and return its summary. */
async function drain(
  items: AsyncIterable<SweepLine>,
  ctx: CliContext,
  out: string | undefined,
  toStdout: boolean,
  inputs: readonly string[],
): Promise<SweepSummary | undefined> {
  const chunks: string[] = [];
  let summary: SweepSummary | undefined;
  let buffered = 0;
  const file: AtomicOutput | undefined =
    out !== undefined ? await openOutput(ctx, out, { inputs, flag: '--out' }) : undefined;
  try {
    for await (const item of items) {
      if (item.kind === 'summary') summary = item;
      const line = encodeSweepLine(item);
      if (toStdout) ctx.io.stdout(`${line}\n`);
      if (file) {
        chunks.push(line);
        buffered += line.length;
        if (buffered > 1 << 20) {
          await file.write(`${chunks.join('\n')}\n`);
          chunks.length = 0;
          buffered = 0;
        }
      }
    }
    if (file && chunks.length > 0) await file.write(`${chunks.join('\n')}\n`);
    await file?.commit();
  } catch (e) {
    await file?.abort();
    throw e;
  }
  return summary;
}

async function merge(
  files: readonly string[],
  opts: McOptions,
  ctx: CliContext,
  inputs: readonly string[],
): Promise<void> {
  // a shard that is missing, unreadable or not a shard of the sweep is bad input (exit 1), named FILE:LINE
  for (const f of files) await checkInputFile(ctx.resolvePath(f), f);
  let summary: SweepSummary | undefined;
  let header: Record<string, unknown> = {};
  try {
    const items = mergeShardFileItems(
      files.map((f) => ctx.resolvePath(f)),
      { names: files },
    );
    summary = await drain(
      (async function* () {
        for await (const item of items) {
          if (item.kind === 'sweep') header = { ...item };
          yield item;
        }
      })(),
      ctx,
      opts.out,
      opts.out === undefined,
      inputs,
    );
  } catch (e) {
    if (e instanceof BadInput || e instanceof WrongUsage) throw e;
    if (isParleyLike(e) && e.code === 'validation')
      throw new BadInput([
        {
          file: e.file ?? files.join(', '),
          ...(e.line !== undefined ? { line: e.line } : {}),
          reason: e.message.replace(/^.*?:\d+: /, '').replace(/^mergeShards: /, ''),
        },
      ]);
    const errno = e as NodeJS.ErrnoException;
    if (errno.code !== undefined && errno.path !== undefined) {
      const i = files.findIndex((f) => ctx.resolvePath(f) === errno.path);
      throw new BadInput([{ file: files[i] ?? errno.path, reason: `cannot read (${errno.code})` }]);
    }
    throw new WrongUsage(`mc --merge: ${(e as Error).message}`);
  }
  if (opts.out !== undefined && summary) await finish(summary, header, opts, ctx, inputs);
}

async function finish(
  summary: SweepSummary,
  spec: Record<string, unknown>,
  opts: McOptions,
  ctx: CliContext,
  inputs: readonly string[],
) {
  if (opts.csv !== undefined)
    await writeOutput(ctx, opts.csv, summaryCsv(summary), { inputs, flag: '--csv' });
  const o = outcomes(summary);
  const show = (x: number | null) => (x === null ? '—' : String(x));
  if (opts.json) {
    ctx.print(JSON.stringify({ spec, outcomes: o, summary }, null, 2));
    return;
  }
  const c = ctx.colors;
  ctx.print(
    c.bold(
      `Monte Carlo: ${summary.runs} runs, ${summary.days} days from ${String(spec.from)}, seed ${String(spec.seed)}`,
    ),
  );
  const rows: [string, string][] = [
    [
      'survival S(30) / S(60) / S(90)',
      `${show(o.survival30)} / ${show(o.survival60)} / ${show(o.survival90)}`,
    ],
    [`survival at the horizon (day ${summary.days})`, String(o.survivalHorizon)],
    ['median days to collapse', o.medianSurvival === null ? `> ${summary.days}` : String(o.medianSurvival)],
    ['violence, week 1 (1 = before the cessation)', `${o.violenceWeek1}  (SOHR: ≈ 0.17)`],
    ['places holding, day 80 (median)', `${show(o.holdingDay80)}  (de Mistura, 17 May: ≈ 0.5)`],
    ['besieged locations reached, day 80 (median)', `${show(o.accessDay80)}  (record: 12/18 = 0.67)`],
    ['P(talks resume within 30 days)', show(o.talksWithin30)],
    ['exclusions per run (mean)', String(o.exclusionsMean)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) ctx.print(`  ${k.padEnd(w)}  ${v}`);
  ctx.print();
  const daily = Array.from({ length: summary.days + 1 }, (_, d) => survivalAt(summary.survival, d));
  const width = ctx.width - 12;
  ctx.print(c.bold('Survival of the cessation (Kaplan–Meier), days from the fork'));
  ctx.print(
    plot(resample(daily, width), {
      height: 8,
      min: 0,
      max: 1,
      format: (x: number) => x.toFixed(2).padStart(6),
    }),
  );
  ctx.print(c.dim(`        day 0${' '.repeat(Math.max(1, width - 10))}day ${summary.days}`));
  const holding = summary.bands.holding;
  if (holding) {
    ctx.print();
    ctx.print(c.bold('Places where the cessation holds: median and 25–75% band'));
    ctx.print(
      plot(
        [
          resample([...holding.p25], width),
          resample([...holding.p50], width),
          resample([...holding.p75], width),
        ],
        {
          height: 8,
          min: 0,
          max: 1,
          format: (x: number) => x.toFixed(2).padStart(6),
        },
      ),
    );
  }
}
