import { dateOf } from '@parley/core';
import type { CliCommand } from '../context.js';
import { loadInput, stateAfter } from '../input/load.js';
import { HISTORICAL_ID, seriesOf } from '../issg.js';
import { renderIndicatorCharts } from '../render/chart.js';
import { renderSummary } from '../render/summary.js';
import { wrap } from '../render/text.js';
import { renderChronicle } from '../render/timeline.js';

/** `parley demo` — the historical record: its timeline, the final state and the indicators over time. */
export const demo: CliCommand = {
  name: 'demo',
  register(program, ctx) {
    program
      .command('demo')
      .description('the ISSG record, 2015–2016: its timeline, the final state and indicator charts')
      .addHelpText('after', '\nExample:\n  $ npm run demo       (from the repository: same as parley demo)\n')
      .action(async () => {
        const c = ctx.colors;
        const loaded = await loadInput(HISTORICAL_ID, ctx);
        const { records, domain } = loaded;
        const first = records[0];
        const last = records[records.length - 1];
        ctx.print(c.bold(wrap(loaded.title, ctx.width).join('\n')));
        if (loaded.scenario?.description)
          ctx.print(c.dim(wrap(loaded.scenario.description, ctx.width).join('\n')));
        ctx.print(
          c.dim(
            `${records.length} events, ${first ? dateOf(first.at) : ''} to ${last ? dateOf(last.at) : ''}`,
          ),
        );
        ctx.print();
        ctx.print(c.bold('Timeline'));
        ctx.io.stdout(renderChronicle(records, domain, c, { sources: true, width: ctx.width }));
        ctx.print();
        const summary = domain.summarize(stateAfter(loaded), {
          at: last ? dateOf(last.at) : '',
          seq: last?.seq ?? 0,
        });
        ctx.io.stdout(
          renderSummary(summary, c, `Where it ended${last ? ` (${dateOf(last.at)})` : ''}`, ctx.width),
        );
        ctx.print();
        const series = seriesOf(loaded);
        if (series) {
          ctx.print(c.bold('Indicators over time (0 = none, 1 = most; a gap where there is no data)'));
          ctx.print();
          ctx.io.stdout(renderIndicatorCharts(series, c, { width: ctx.width }));
        }
        ctx.print(c.dim(`Sources for every event: parley timeline ${HISTORICAL_ID}`));
        ctx.print(c.dim(`A report to open in a browser: parley report ${HISTORICAL_ID} --html issg.html`));
      });
  },
};
