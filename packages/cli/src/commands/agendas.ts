import { describeDecisionRule, issgAgendas } from '@parley/issg';
import Table from 'cli-table3';
import type { CliCommand } from '../context.js';

/** `parley agendas` — the built-in negotiation agendas, one line each. */
export const agendas: CliCommand = {
  name: 'agendas',
  register(program, ctx) {
    program
      .command('agendas')
      .description('list the built-in negotiation agendas, one line each')
      .option(
        '--json',
        'print a JSON array: [{ id, title, at, protocol, decisionRule, parties, chairs, issues, texts }]',
      )
      .addHelpText('after', '\nExamples:\n  $ parley agendas\n  $ parley agendas --json\n')
      .action((opts: { json?: boolean }) => {
        const rows = issgAgendas.map((a) => ({
          id: a.id,
          title: a.title,
          at: a.at,
          protocol: a.protocol,
          decisionRule: describeDecisionRule(a.decisionRule),
          parties: [...a.parties],
          chairs: [...a.chairs],
          issues: a.issues.map((i) => i.id),
          texts: a.issues.reduce((n, i) => n * i.options.length, 1),
        }));
        if (opts.json) {
          ctx.print(JSON.stringify(rows, null, 2));
          return;
        }
        const c = ctx.colors;
        const table = new Table({
          head: ['id', 'title', 'table', 'issues'].map((h) => c.bold(h)),
          colWidths: [19, ctx.width - 52, 20, 8], // the title takes what the terminal has beyond 80
          wordWrap: true,
          style: { head: [], border: [] },
        });
        for (const r of rows)
          table.push([
            c.cyan(r.id),
            r.title,
            `${r.parties.join(' ')}\n${r.protocol}`,
            `${r.issues.length}\n${r.texts} texts`,
          ]);
        ctx.print(table.toString());
        ctx.print(c.dim('Negotiate one with: parley negotiate <id> --seed 1'));
      });
  },
};
