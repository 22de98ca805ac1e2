import { Option } from 'commander';
import type { CliCommand } from '../context.js';
import { loadInput } from '../input/load.js';
import { toCameoLines, toPloverLines } from '../issg.js';

/** `parley export <log> --to plover|cameo` — the events as JSON lines in an event-data standard. */
export const exportCommand: CliCommand = {
  name: 'export',
  register(program, ctx) {
    program
      .command('export')
      .description('print the events as JSON lines, coded in PLOVER or CAMEO')
      .argument('<log>', 'event log (.ndjson); a scenario id or script works too')
      .addOption(
        new Option('--to <format>', 'the coding: plover or cameo')
          .choices(['plover', 'cameo'])
          .makeOptionMandatory(),
      )
      .addHelpText(
        'after',
        [
          '',
          'One JSON object per line, one line per event.',
          '  plover: { id, date, actor, recipient, event_type, mode, context, comment,',
          '            cameo, source }',
          '  cameo:  { id, date, type, cameo, actor, recipient }',
          '',
          'Examples:',
          '  $ parley export run.ndjson --to plover > run.plover.jsonl',
          '  $ parley export run.ndjson --to cameo',
          '',
        ].join('\n'),
      )
      .action(async (ref: string, opts: { to: 'plover' | 'cameo' }) => {
        const loaded = await loadInput(ref, ctx);
        const coded = (opts.to === 'plover' ? toPloverLines : toCameoLines)(loaded.records);
        for (const line of coded) ctx.io.stdout(`${JSON.stringify(line)}\n`);
      });
  },
};
