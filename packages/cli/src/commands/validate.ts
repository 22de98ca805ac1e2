import { readFileSync } from 'node:fs';
import { splitNdjson } from '@parley/core';
import type { CliCommand } from '../context.js';
import { BadInput } from '../errors.js';
import { logDomain } from '../input/load.js';
import { validateLog } from '../validate/validate-log.js';

/** `parley validate <log>` — check an event log without trusting it and without modifying it. */
export const validate: CliCommand = {
  name: 'validate',
  register(program, ctx) {
    program
      .command('validate')
      .description('check an event log without trusting it; print every problem as FILE:LINE: reason')
      .argument('<log>', 'event log (.ndjson)')
      .option('--scenario <scenario>', 'check against the events of this scenario (default: ISSG)')
      .addHelpText(
        'after',
        [
          '',
          'Checks: binary garbage, a torn last line, malformed JSON, keys such as',
          '__proto__, missing or mistyped fields, unknown event types, schema versions',
          'without an upcaster, schema errors, gaps and duplicates in seq, world time',
          'going backwards, unknown party ids, a broken hash chain, an unfinished append.',
          'Every problem is printed as FILE:LINE: reason; exit 1 if any. Nothing is',
          'modified.',
          '',
          'Example:',
          '  $ parley validate run.ndjson',
          '  $ parley validate river.ndjson --scenario examples/custom-negotiation.ts',
          '',
        ].join('\n'),
      )
      .action(async (file: string, opts: { scenario?: string }) => {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(ctx.resolvePath(file));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          throw new BadInput([
            { file, reason: code === 'ENOENT' ? 'no such file' : `cannot read (${code})` },
          ]);
        }
        const { domain } = await logDomain(ctx, opts.scenario);
        const problems = validateLog(bytes, file, domain);
        if (problems.length > 0) throw new BadInput(problems);
        const n = splitNdjson(bytes).filter((l) => l.text.trim() !== '').length;
        ctx.print(`${file}: ${ctx.colors.green('ok')} (${n} record${n === 1 ? '' : 's'})`);
      });
  },
};
