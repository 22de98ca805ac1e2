import { readFile } from 'node:fs/promises';
import {
  type ClassBranch,
  type ClassDebriefReport,
  classDebriefReport,
  DEBRIEF_SURVIVAL,
  debriefDocument,
  issgClassGame,
  type NegotiationClassGame,
  negotiationGameFromJson,
  readClassLog,
} from '@parley/classroom';
import type { AnyRecordedEvent } from '@parley/core';
import { pgStore } from '@parley/core/node';
import { issgAgendas } from '@parley/issg';
import Table from 'cli-table3';
import type { CliCommand, CliContext } from '../context.js';
import { BadInput, WrongUsage } from '../errors.js';
import { genericDomain } from '../input/load.js';
import { readLogFile } from '../input/log.js';
import { parsePositiveInt, parseSeed } from '../options.js';
import { checkOutput, writeOutput } from '../output/atomic-write.js';
import { printWarning } from '../output/warning.js';

interface DebriefOptions {
  html?: string;
  json?: boolean;
  agenda?: string;
  runs: number;
  days: number;
  seed: number;
}

/** A read-only view of a log's records as the two reads `readClassLog` makes of a store. */
function recordsReader(records: readonly AnyRecordedEvent[]) {
  return {
    streams: async () => [...new Set(records.map((r) => r.stream))],
    async *read(stream: string) {
      for (const r of records) if (r.stream === stream) yield r;
    },
  };
}

/** Read the class log `ref` (an NDJSON file `parley class` wrote, or a PostgreSQL URL): its branches. */
async function classOf(
  ref: string,
  ctx: CliContext,
): Promise<{ game: string; branches: readonly ClassBranch[] }> {
  try {
    if (/^postgres(ql)?:\/\//.test(ref)) {
      const store = await pgStore(ref);
      try {
        return await readClassLog(store);
      } finally {
        await store.close();
      }
    }
    const records = await readLogFile(ctx.resolvePath(ref), ref, genericDomain(), (w) =>
      printWarning(ctx.io, w),
    );
    return await readClassLog(recordsReader(records));
  } catch (e) {
    if (e instanceof BadInput) throw e;
    throw new BadInput([{ file: ref, reason: e instanceof Error ? e.message : String(e) }]);
  }
}

async function gameOf(id: string, opts: DebriefOptions, ctx: CliContext): Promise<NegotiationClassGame> {
  const survival = { runs: opts.runs, days: opts.days, seed: opts.seed };
  if (opts.agenda !== undefined) {
    let text: string;
    try {
      text = await readFile(ctx.resolvePath(opts.agenda), 'utf8');
    } catch {
      throw new BadInput([{ file: opts.agenda, reason: 'cannot read the file' }]);
    }
    try {
      return negotiationGameFromJson(JSON.parse(text));
    } catch (e) {
      throw new BadInput([{ file: opts.agenda, reason: e instanceof Error ? e.message : String(e) }]);
    }
  }
  if (!issgAgendas.some((a) => a.id === id))
    throw new WrongUsage(
      `the class's agenda "${id}" is not built in; give its JSON file with --agenda FILE.json`,
    );
  return issgClassGame(id, { survival });
}

const f2 = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/**
 * The comparison on a terminal: one column per class or branch (numbered; the references by name), one row
 * per delegation's score, then the sum, how many are below their reservation, and the survival — narrow
 * enough for 80 columns with a dozen delegations.
 */
function printComparison(report: ClassDebriefReport, ctx: CliContext): void {
  const c = report.comparison;
  const horizon = c.survival ? `S(${c.survival.days} days)` : 'survival';
  const label = (r: (typeof c.rows)[number], i: number) =>
    r.kind === 'real' ? 'real' : r.kind === 'nash' ? 'Nash' : String(i + 1);
  const table = new Table({
    head: ['', ...c.rows.map(label)],
    style: { head: [], border: [], compact: true },
  });
  c.parties.forEach((p, j) => {
    table.push([p, ...c.rows.map((r) => f2(r.scores[j] ?? null))]);
  });
  table.push(['total', ...c.rows.map((r) => f2(r.total))]);
  table.push(['below', ...c.rows.map((r) => String(r.below ?? '–'))]);
  table.push([horizon, ...c.rows.map((r) => f2(r.survival))]);
  ctx.print(report.title);
  ctx.print(table.toString());
  c.rows.forEach((r, i) => {
    if (r.kind !== 'class') return;
    ctx.print(`${label(r, i)}: ${r.name} (${r.status}${r.from ? `, rewound from ${r.from}` : ''})`);
  });
  ctx.print(ctx.colors.dim("Scores: each delegation's utility of the text above its reservation."));
  if (c.survival)
    ctx.print(
      ctx.colors.dim(
        `${horizon}: the share of ${c.survival.runs} seeded runs (seed ${c.survival.seed}) of the ceasefire\nmodel in which the arrangement the text leads to holds ${c.survival.days} days.`,
      ),
    );
}

/** `parley debrief <class-log>... [--html FILE] [--json]` — the debrief of one class or several. */
export const debrief: CliCommand = {
  name: 'debrief',
  register(program, ctx) {
    program
      .command('debrief')
      .description(
        'debrief classes of `parley class`: texts, scores, timeline, ceasefire survival, branches side by side',
      )
      .argument('<class-log...>', 'the class logs (.ndjson files parley class wrote, or postgres://… URLs)')
      .option('--html <file>', 'write the debrief as a self-contained HTML file (opens offline)')
      .option('--json', 'print the debrief as one JSON object')
      .option('--agenda <file.json>', 'the agenda file of a class that is not of a built-in agenda')
      .option(
        '--runs <n>',
        'runs of the ceasefire model after each text',
        parsePositiveInt,
        DEBRIEF_SURVIVAL.runs,
      )
      .option(
        '--days <d>',
        'days of the ceasefire model after each text',
        parsePositiveInt,
        DEBRIEF_SURVIVAL.days,
      )
      .option('--seed <n>', 'seed of the ceasefire model', parseSeed, DEBRIEF_SURVIVAL.seed)
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley debrief vienna-class.ndjson\n  $ parley debrief monday.ndjson tuesday.ndjson --html debrief.html\n',
      )
      .action(async (refs: string[], opts: DebriefOptions) => {
        const output =
          opts.html !== undefined
            ? { flag: '--html', inputs: refs.map((r) => ctx.resolvePath(r)) }
            : undefined;
        if (opts.html !== undefined && output) await checkOutput(ctx, opts.html, output);
        const classes = [];
        for (const ref of refs) classes.push({ ref, ...(await classOf(ref, ctx)) });
        const id = classes[0]!.game;
        const other = classes.find((c) => c.game !== id);
        if (other)
          throw new BadInput([
            {
              file: other.ref,
              reason: `a class of "${other.game}", not of "${id}": compare classes of one agenda`,
            },
          ]);
        const game = await gameOf(id, opts, ctx);
        const progress = ctx.progress(1, 'debrief');
        const report = classDebriefReport(
          game,
          game.agenda,
          classes.map((c) => ({ ...(classes.length > 1 ? { label: c.ref } : {}), branches: c.branches })),
        );
        progress.tick();
        progress.stop();
        if (opts.html !== undefined && output) {
          await writeOutput(ctx, opts.html, debriefDocument(report, refs.join(', ')), output);
          ctx.print(
            `Wrote ${opts.html}: ${report.branches.length} ${report.branches.length === 1 ? 'branch' : 'branches'} of ${report.title}.`,
          );
        } else if (opts.json) ctx.print(JSON.stringify(report));
        else printComparison(report, ctx);
      });
  },
};
