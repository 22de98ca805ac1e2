import type { CliCommand } from '../context.js';
import { BadInput } from '../errors.js';
import { loadInput } from '../input/load.js';
import { seriesOf } from '../issg.js';
import { checkOutput, writeOutput } from '../output/atomic-write.js';
import { renderHtmlReport } from '../report/html.js';
import { keyDates } from '../report/key-dates.js';
import { summaryOf } from './state.js';

/** `parley report <scenario|log> --html FILE` — one self-contained HTML report. */
export const report: CliCommand = {
  name: 'report',
  register(program, ctx) {
    program
      .command('report')
      .description('write a self-contained HTML report: timeline with sources, indicator charts, key states')
      .argument('<scenario|log>', 'built-in scenario id, scenario script, or event log (.ndjson)')
      .requiredOption('--html <file>', 'the HTML file to write (opens offline: no network references)')
      .option(
        '--scenario <scenario>',
        'read a log with the events and decider of this scenario (default: ISSG)',
      )
      .addHelpText('after', '\nExample:\n  $ parley report issg-2015-2016 --html issg.html\n')
      .action(async (ref: string, opts: { html: string; scenario?: string }) => {
        const output = {
          flag: '--html',
          inputs: [
            ctx.resolvePath(ref),
            ...(opts.scenario !== undefined ? [ctx.resolvePath(opts.scenario)] : []),
          ],
        };
        await checkOutput(ctx, opts.html, output);
        const loaded = await loadInput(
          ref,
          ctx,
          opts.scenario !== undefined ? { scenario: opts.scenario } : {},
        );
        if (!loaded.decider) throw new BadInput([{ file: ref, reason: 'no decider: cannot compute states' }]);
        const dates = keyDates(loaded.records, loaded.domain);
        const progress = ctx.progress(dates.length + 1, 'report');
        const series = seriesOf(loaded);
        progress.tick();
        const keyStates = dates.map((d) => {
          const summary = summaryOf(loaded, { at: d.date });
          progress.tick();
          return { ...d, summary };
        });
        progress.stop();
        const html = renderHtmlReport({
          title: loaded.title,
          source: ref,
          records: loaded.records,
          domain: loaded.domain,
          series,
          keyStates,
        });
        await writeOutput(ctx, opts.html, html, output);
        const last = dates[dates.length - 1];
        ctx.print(
          `Wrote ${opts.html}: ${loaded.records.length} events, ${series ? Object.keys(series.values).length : 0} indicator charts, state at ${dates.length} key dates${last ? ` (last ${last.date})` : ''}.`,
        );
      });
  },
};
