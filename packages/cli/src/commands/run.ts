import { dateOf } from '@parley/core';
import { Option } from 'commander';
import type { CliCommand } from '../context.js';
import { WrongUsage } from '../errors.js';
import { isLogRef, loadInput, stateAfter } from '../input/load.js';
import { parseDate, parseSeed } from '../options.js';
import { writeLog } from '../output/write-log.js';
import { renderSummary } from '../render/summary.js';
import { wrap } from '../render/text.js';
import { renderChronicle } from '../render/timeline.js';

interface RunOptions {
  until?: string;
  seed?: number;
  out?: string;
  json?: boolean;
}

/** `parley run <scenario>` — run a built-in scenario or a script; print its timeline and final state. */
export const run: CliCommand = {
  name: 'run',
  register(program, ctx) {
    program
      .command('run')
      .description('run a scenario (a built-in id or a .ts/.js script): print its timeline and final state')
      .argument('<scenario>', 'built-in scenario id (see parley scenarios) or path to a scenario script')
      .addOption(
        new Option('--until <date>', 'stop after the last step dated on or before DATE').argParser(parseDate),
      )
      .addOption(new Option('--seed <n>', 'seed for scenarios that depend on chance').argParser(parseSeed))
      .option('--out <file.ndjson>', 'also write the event log to FILE (NDJSON, written atomically)')
      .option(
        '--json',
        'print one JSON object: { scenario, title, basedOn, until, seed, events, lastSeq, summary }',
      )
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley run issg-2015-2016 --until 2016-02-27\n  $ parley run examples/what-if-no-exclusion.ts --out what-if.ndjson\n',
      )
      .action(async (ref: string, opts: RunOptions) => {
        if (isLogRef(ref))
          throw new WrongUsage(`"${ref}" is an event log; run takes a scenario (try parley state ${ref})`);
        if (opts.out !== undefined && !opts.out.endsWith('.ndjson'))
          throw new WrongUsage(`--out ${opts.out}: the event log is NDJSON; name it FILE.ndjson`);
        const loaded = await loadInput(ref, ctx, {
          ...(opts.until !== undefined ? { until: opts.until } : {}),
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
        });
        const { records, domain } = loaded;
        const last = records[records.length - 1];
        const state = stateAfter(loaded);
        const summary = domain.summarize(state, { at: last ? dateOf(last.at) : '', seq: last?.seq ?? 0 });
        if (opts.out !== undefined) await writeLog(ctx, opts.out, records, { flag: '--out' });
        if (opts.json) {
          ctx.print(
            JSON.stringify(
              {
                scenario: loaded.scenario?.id ?? ref,
                title: loaded.title,
                basedOn: loaded.scenario?.basedOn ?? null,
                until: opts.until ?? null,
                seed: opts.seed ?? null,
                events: records.length,
                lastSeq: last?.seq ?? 0,
                ...(opts.out !== undefined ? { out: opts.out } : {}),
                summary,
              },
              null,
              2,
            ),
          );
          return;
        }
        const c = ctx.colors;
        ctx.print(c.bold(wrap(loaded.title, ctx.width).join('\n')));
        ctx.print(
          c.dim(
            `scenario ${loaded.scenario?.id ?? ref}${loaded.scenario?.basedOn ? `, a fork of ${loaded.scenario.basedOn.id} at ${loaded.scenario.basedOn.at}` : ''}`,
          ),
        );
        if (loaded.scenario?.description)
          ctx.print(c.dim(wrap(loaded.scenario.description, ctx.width).join('\n')));
        ctx.print();
        ctx.io.stdout(renderChronicle(records, domain, c, { width: ctx.width }));
        ctx.print();
        ctx.io.stdout(renderSummary(summary, c, undefined, ctx.width));
        ctx.print(
          c.dim(
            `${records.length} events${opts.until ? ` up to ${opts.until}` : ''}${opts.out ? `; log written to ${opts.out}` : ''}.`,
          ),
        );
      });
  },
};
