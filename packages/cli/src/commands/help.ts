import type { CliCommand } from '../context.js';
import { WrongUsage } from '../errors.js';

/**
 * `parley help [command]` — the help of the program or of one command. Replaces commander's own help
 * command, which prints the program's help and no error for an unknown name: here that is wrong usage
 * (exit 2) with the list of commands.
 */
export const help: CliCommand = {
  name: 'help',
  register(program) {
    program.helpCommand(false);
    program
      .command('help')
      .description('display help for command')
      .argument('[command]', 'the command to explain')
      .action((name: string | undefined) => {
        if (name === undefined) {
          program.outputHelp();
          return;
        }
        const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!command || command.name() === 'help')
          throw new WrongUsage(
            `unknown command "${name}"; commands: ${program.commands
              .map((c) => c.name())
              .filter((n) => n !== 'help')
              .join(', ')}`,
          );
        command.outputHelp();
      });
  },
};
