import { compareAt, dateOf, isOnOrBefore } from '@parley/core';
import { eventView } from '@parley/issg';
import { Option } from 'commander';
import type { CliCommand } from '../context.js';
import { WrongUsage } from '../errors.js';
import { loadInput } from '../input/load.js';
import { parseDate } from '../options.js';
import { wrap } from '../render/text.js';
import { renderTimeline } from '../render/timeline.js';

/** True when an event at `at` is on or after `bound` (a bare date includes the whole day). */
export function isOnOrAfter(at: string, bound: string): boolean {
  return bound.length <= 10 ? dateOf(at) >= bound : compareAt(at, bound) >= 0;
}

/** `parley timeline <scenario|log>` — the narrative with sources, grouped by track. */
export const timeline: CliCommand = {
  name: 'timeline',
  register(program, ctx) {
    program
      .command('timeline')
      .description('the narrative with its sources, grouped by track (diplomacy, hostilities, …)')
      .argument('<scenario|log>', 'built-in scenario id, scenario script, or event log (.ndjson)')
      .addOption(new Option('--from <date>', 'only events on or after DATE').argParser(parseDate))
      .addOption(new Option('--to <date>', 'only events on or before DATE').argParser(parseDate))
      .option(
        '--scenario <scenario>',
        'read a log with the events and decider of this scenario (default: ISSG)',
      )
      .option(
        '--json',
        'print one JSON object: { title, from, to, total, events } (see docs/cli/timeline.md)',
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley timeline issg-2015-2016 --from 2016-02-01 --to 2016-03-01\n  $ parley timeline run.ndjson | less\n',
      )
      .action(
        async (ref: string, opts: { from?: string; to?: string; scenario?: string; json?: boolean }) => {
          const { from, to } = opts;
          if (from !== undefined && to !== undefined && to < from)
            throw new WrongUsage(`--to ${to} is before --from ${from}`);
          const loaded = await loadInput(
            ref,
            ctx,
            opts.scenario !== undefined ? { scenario: opts.scenario } : {},
          );
          const records = loaded.records.filter(
            (r) =>
              (from === undefined || isOnOrAfter(r.at, from)) && (to === undefined || isOnOrBefore(r.at, to)),
          );
          if (opts.json) {
            const events = records.map((r) => ({
              ...eventView(r),
              track: loaded.domain.track(r),
              sentence: loaded.domain.describe(r),
            }));
            const body = {
              title: loaded.title,
              from: from ?? null,
              to: to ?? null,
              total: loaded.records.length,
              events,
            };
            ctx.print(JSON.stringify(body, null, 2));
            return;
          }
          const c = ctx.colors;
          ctx.print(c.bold(wrap(loaded.title, ctx.width).join('\n')));
          const range = `${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`;
          ctx.print(c.dim(`${records.length} of ${loaded.records.length} events${range}`));
          ctx.print();
          ctx.io.stdout(renderTimeline(records, loaded.domain, c, ctx.width));
        },
      );
  },
};
