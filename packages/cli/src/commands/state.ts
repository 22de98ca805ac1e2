import { dateOf, seqAt } from '@parley/core';
import { isIssgRecordList, summaryAt } from '@parley/issg';
import { Option } from 'commander';
import type { CliCommand } from '../context.js';
import { WrongUsage } from '../errors.js';
import { type Loaded, loadInput, stateAfter } from '../input/load.js';
import { issgDomain } from '../issg.js';
import { parseDate, parsePositiveInt } from '../options.js';
import { renderSummary } from '../render/summary.js';

/**
 * The state summary of `loaded` after every record dated on or before `at`, or up to seq `seq`
 * (after all records when neither is given): the object `parley state --json` prints. ISSG records are
 * read by `summaryAt` of the ISSG view, folding the records once; another domain's by its own summary.
 */
export function summaryOf(loaded: Loaded, where: { at?: string; seq?: number }): Record<string, unknown> {
  const { records } = loaded;
  const lastSeq = records[records.length - 1]?.seq ?? 0;
  if (where.seq !== undefined && where.seq > lastSeq)
    throw new WrongUsage(`--seq ${where.seq} is past the last event (seq ${lastSeq})`);
  if (loaded.domain === issgDomain && isIssgRecordList(records))
    return { ...summaryAt(records, where.seq ?? where.at ?? lastSeq) };
  const seq = where.seq ?? (where.at !== undefined ? seqAt(records, where.at) : lastSeq);
  const last = records[seq - 1];
  const at = where.at ?? (last ? dateOf(last.at) : records[0] ? dateOf(records[0].at) : '');
  return loaded.domain.summarize(stateAfter(loaded, seq), { at, seq });
}

/** `parley state <scenario|log>` — the state summary at a date or a seq. */
export const state: CliCommand = {
  name: 'state',
  register(program, ctx) {
    program
      .command('state')
      .description('the state summary after every event on or before a date (or up to a seq)')
      .argument('<scenario|log>', 'built-in scenario id, scenario script, or event log (.ndjson)')
      .addOption(
        new Option('--at <date>', 'state after every event dated on or before DATE').argParser(parseDate),
      )
      .addOption(
        new Option('--seq <n>', 'state after the event with seq N')
          .argParser(parsePositiveInt)
          .conflicts('at'),
      )
      .option(
        '--scenario <scenario>',
        'read a log with the events and decider of this scenario (default: ISSG)',
      )
      .option('--json', 'print the state summary as one JSON object (stable; see docs/cli/state.md)')
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley state issg-2015-2016 --at 2016-05-17\n  $ parley state run.ndjson --seq 40 --json\n',
      )
      .action(async (ref: string, opts: { at?: string; seq?: number; json?: boolean; scenario?: string }) => {
        const loaded = await loadInput(
          ref,
          ctx,
          opts.scenario !== undefined ? { scenario: opts.scenario } : {},
        );
        const summary = summaryOf(loaded, {
          ...(opts.at !== undefined ? { at: opts.at } : {}),
          ...(opts.seq !== undefined ? { seq: opts.seq } : {}),
        });
        if (opts.json) ctx.print(JSON.stringify(summary, null, 2));
        else ctx.io.stdout(renderSummary(summary, ctx.colors, undefined, ctx.width));
      });
  },
};
