import { Command, CommanderError } from 'commander';
import { help } from './commands/help.js';
import { commands } from './commands/index.js';
import { type CliContext, createContext } from './context.js';
import { BadInput, formatProblem, isParleyLike, WrongUsage } from './errors.js';
import { type Io, processIo } from './io.js';
import { ioReason, isIoError } from './output/io-reason.js';
import { VERSION } from './version.js';

/** Exit codes of `parley` (DESIGN.md, "The command line"). */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/**
 * Build the commander program with every command of `src/commands/index.ts` registered; `onCommand` hears
 * which subcommand runs (so errors can point at its help).
 *
 * @example
 * ```ts
 * createProgram(createContext(bufferIo())).commands.map((c) => c.name()); // ['scenarios', 'run', …]
 * ```
 */
export function createProgram(ctx: CliContext, onCommand: (name: string) => void = () => {}): Command {
  const program = new Command('parley')
    .description('Parley: an event-sourced negotiation simulator (the ISSG process, 2015–2016).')
    .version(VERSION, '-V, --version')
    // read in `main` before the context is made (colours are decided once); declared so commander knows it
    .option('--no-color', 'no colours, whatever the terminal (as NO_COLOR=1)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      // commander's own error text is replaced by one line in `main`
      outputError: () => {},
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExamples:\n  $ parley demo\n  $ parley run issg-2015-2016 --until 2016-02-27\n  $ parley state issg-2015-2016 --at 2016-05-17 --json\n',
    );
  program.hook('preSubcommand', (_program, sub) => onCommand(sub.name()));
  for (const c of commands) c.register(program, ctx);
  help.register(program, ctx);
  return program;
}

/**
 * Run the `parley` command with `argv` (the arguments after the program name) and return its exit code:
 * 0 done, 1 bad input (every problem printed as `FILE:LINE: reason`), 2 wrong usage (one line).
 * Never throws for a user's mistake.
 *
 * @example
 * ```ts
 * import { main, bufferIo } from '@parley/cli';
 * const io = bufferIo();
 * const code = await main(['state', 'issg-2015-2016', '--at', '2016-05-17', '--json'], io);
 * const summary = JSON.parse(io.out());
 * ```
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const end = argv.indexOf('--');
  const noColor = (end < 0 ? argv : argv.slice(0, end)).includes('--no-color');
  const ctx = createContext(noColor ? { ...io, env: { ...io.env, NO_COLOR: '1' } } : io);
  let current = '';
  const program = createProgram(ctx, (name) => {
    current = name;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return report(e, ctx, current);
  }
}

function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

function report(e: unknown, ctx: CliContext, command: string): number {
  const { io, colors } = ctx;
  const err = (line: string) => io.stderr(`${line}\n`);
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) return EXIT.ok;
    if (e.code === 'commander.help' || e.code === 'commander.helpDisplayed') return EXIT.usage;
    err(
      `${colors.red('parley: error:')} ${oneLine(e.message)} (see parley ${command ? `${command} ` : ''}--help)`,
    );
    return EXIT.usage;
  }
  if (e instanceof WrongUsage) {
    err(`${colors.red('parley: error:')} ${oneLine(e.message)}`);
    return EXIT.usage;
  }
  if (e instanceof BadInput) {
    for (const p of e.problems) err(formatProblem(p));
    return EXIT.badInput;
  }
  if (isParleyLike(e)) {
    if (e.code === 'usage') {
      err(`${colors.red('parley: error:')} ${oneLine(e.message)}`);
      return EXIT.usage;
    }
    err(e.message);
    return EXIT.badInput;
  }
  if (isIoError(e)) {
    // the file system or the system refused (a full disk, a missing directory, no permission): bad input
    // or environment, one line naming the path and the reason
    err(`${e.path ?? 'parley'}: ${ioReason(e, 'input/output error')}`);
    return EXIT.badInput;
  }
  const error = e instanceof Error ? e : new Error(String(e));
  const trace = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
  err(`${colors.red('parley: unexpected error:')} ${error.message}${trace ? `\n${colors.dim(trace)}` : ''}`);
  err('This is a bug in parley; please report it with the command you ran.');
  return EXIT.badInput;
}
