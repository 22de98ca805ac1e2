import { issgAgendas } from '@parley/issg';
import { completionScript, SHELLS, type Shell } from '../completion/scripts.js';
import { completionSpec } from '../completion/spec.js';
import type { CliCommand } from '../context.js';
import { WrongUsage } from '../errors.js';
import { builtinScenarios } from '../issg.js';

/** Commands whose first argument is a built-in scenario id (or a file). */
const TAKES_SCENARIO = ['run', 'state', 'timeline', 'report', 'mc'];
/** Commands whose first argument is a built-in agenda id (or a file). */
const TAKES_AGENDA = ['negotiate', 'class'];

/** `parley completion <shell>` — print a shell completion script. */
export const completion: CliCommand = {
  name: 'completion',
  register(program, ctx) {
    program
      .command('completion')
      .description('print a shell completion script (bash, zsh or fish)')
      .argument('<shell>', SHELLS.join(', '))
      .addHelpText(
        'after',
        [
          '',
          'Examples:',
          '  $ parley completion bash > ~/.local/share/bash-completion/completions/parley',
          '  $ parley completion zsh > ~/.zsh/_parley.zsh    (then source it from ~/.zshrc)',
          '  $ parley completion fish > ~/.config/fish/completions/parley.fish',
          '',
        ].join('\n'),
      )
      .action((shell: string) => {
        if (!(SHELLS as readonly string[]).includes(shell))
          throw new WrongUsage(`no completion for the shell "${shell}"; choose one of ${SHELLS.join(', ')}`);
        const words = (command: string): readonly string[] =>
          TAKES_SCENARIO.includes(command)
            ? builtinScenarios().map((s) => s.id)
            : TAKES_AGENDA.includes(command)
              ? issgAgendas.map((a) => a.id)
              : [];
        ctx.io.stdout(completionScript(shell as Shell, completionSpec(program, words)));
      });
  },
};
