import type { CliCommand } from '../context.js';
import { BadInput, type Problem } from '../errors.js';
import { logDomain } from '../input/load.js';
import { readInputFile } from '../input/read-input.js';
import { printWarning, warningOf } from '../output/warning.js';
import { checkLog } from '../validate/validate-log.js';

const byLine = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);

/** `parley validate <log>` — check an event log without trusting it and without modifying it. */
export const validate: CliCommand = {
  name: 'validate',
  register(program, ctx) {
    program
      .command('validate')
      .description('check an event log without trusting it; print every problem as FILE:LINE: reason')
      .argument('<log>', 'event log (.ndjson)')
      .option('--scenario <scenario>', 'check against the events of this scenario (default: ISSG)')
      .option(
        '--json',
        'print one JSON object: { file, ok, records, problems, warnings }, each problem { file, line, reason } (exit 1 unless ok)',
      )
      .addHelpText(
        'after',
        [
          '',
          'Checks: binary garbage, malformed JSON, keys such as __proto__, missing or',
          'mistyped fields, unknown event types, schema versions without an upcaster,',
          'schema errors, gaps and duplicates in seq, world time going backwards, a',
          'broken hash chain (over the exact bytes of each line). Every problem is',
          'printed as FILE:LINE: reason; exit 1 if any. A torn last line or an',
          'unfinished append at the end (what a crash leaves), unknown party ids and',
          'duplicate ids are warnings (FILE:LINE: warning: reason). Nothing is modified.',
          '',
          'Example:',
          '  $ parley validate run.ndjson',
          '  $ parley validate river.ndjson --scenario examples/custom-negotiation.ts',
          '  $ parley validate run.ndjson --json',
          '',
        ].join('\n'),
      )
      .action(async (file: string, opts: { scenario?: string; json?: boolean }) => {
        const bytes = await readInputFile(ctx.resolvePath(file), file);
        const { domain } = await logDomain(ctx, opts.scenario);
        const { problems, warnings, records } = checkLog(bytes, file, domain);
        const n = records.length;
        if (opts.json) {
          const ok = problems.length === 0;
          const listed = [...problems].sort(byLine);
          const body = {
            file,
            ok,
            records: n,
            problems: listed,
            warnings: warnings.map(warningOf).sort(byLine),
          };
          ctx.print(JSON.stringify(body, null, 2));
          // exit 1 without repeating the problems on standard error
          if (!ok) throw new BadInput([]);
          return;
        }
        if (problems.length > 0) throw new BadInput([...problems, ...warnings.map(warningOf)].sort(byLine));
        for (const w of warnings) printWarning(ctx.io, w);
        ctx.print(`${file}: ${ctx.colors.green('ok')} (${n} record${n === 1 ? '' : 's'})`);
      });
  },
};
