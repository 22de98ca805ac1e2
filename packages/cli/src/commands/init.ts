import type { CliCommand } from '../context.js';
import { scaffoldProject } from '../init/scaffold.js';

/** `parley init [dir]` — scaffold a scenario project. */
export const init: CliCommand = {
  name: 'init',
  register(program, ctx) {
    program
      .command('init')
      .description('create a scenario project: an agenda, a commented scenario and its test')
      .argument('[dir]', 'folder to create (new or empty)', '.')
      .option('--json', 'print one JSON object: { dir, name, files, next }')
      .addHelpText(
        'after',
        '\nExamples:\n  $ parley init harbour-talks\n  $ mkdir talks && cd talks && parley init\n',
      )
      .action((dir: string, opts: { json?: boolean }) => {
        const made = scaffoldProject(ctx.resolvePath(dir), dir);
        if (opts.json) {
          ctx.print(JSON.stringify(made, null, 2));
          return;
        }
        const c = ctx.colors;
        ctx.print(`Created ${c.bold(made.name)} in ${made.dir}:`);
        for (const f of made.files) ctx.print(`  ${f}`);
        ctx.print('');
        ctx.print('Next:');
        for (const line of made.next) ctx.print(`  ${c.cyan(line)}`);
      });
  },
};
