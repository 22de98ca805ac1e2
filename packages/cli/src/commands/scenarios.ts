import { dateOf, runScenario, stepTime } from '@parley/core';
import Table from 'cli-table3';
import type { CliCommand } from '../context.js';
import { builtinScenarios } from '../issg.js';

/** `parley scenarios` — the built-in scenarios, one line each. */
export const scenarios: CliCommand = {
  name: 'scenarios',
  register(program, ctx) {
    program
      .command('scenarios')
      .description('list the built-in scenarios, one line each')
      .option('--json', 'print a JSON array: [{ id, title, description, events, from, to }]')
      .addHelpText('after', '\nExamples:\n  $ parley scenarios\n  $ parley scenarios --json\n')
      .action((opts: { json?: boolean }) => {
        const rows = builtinScenarios().map((s) => {
          const first = s.steps[0];
          const last = s.steps[s.steps.length - 1];
          return {
            id: s.id,
            title: s.title,
            description: s.description ?? null,
            events: runScenario(s).records.length,
            from: first ? dateOf(stepTime(first) ?? '') : null,
            to: last ? dateOf(stepTime(last) ?? '') : null,
          };
        });
        if (opts.json) {
          ctx.print(JSON.stringify(rows, null, 2));
          return;
        }
        const c = ctx.colors;
        const table = new Table({
          head: ['id', 'title', 'events', 'dates'].map((h) => c.bold(h)),
          colWidths: [18, ctx.width - 45, 8, 14], // the title takes what the terminal has beyond 80
          wordWrap: true,
          style: { head: [], border: [] },
        });
        for (const r of rows)
          table.push([c.cyan(r.id), r.title, String(r.events), `${r.from ?? ''}\n${r.to ?? ''}`]);
        ctx.print(table.toString());
        ctx.print(c.dim('Run one with: parley run <id>   (or give a path to a scenario script)'));
      });
  },
};
