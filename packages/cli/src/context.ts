import { isAbsolute, resolve } from 'node:path';
import type { Command } from 'commander';
import { type Colors, colorsFor, type Io, outputWidth, useColor } from './io.js';
import { terminalColors, terminalIo } from './output/sanitize.js';
import { createProgress, type Progress } from './render/progress.js';

/** What every command gets: the streams, colours, paths and a progress bar that is quiet when piped. */
export interface CliContext {
  readonly io: Io;
  /** Picocolors, switched off when piped or under `NO_COLOR`. */
  readonly colors: Colors;
  /** True when output is coloured (a terminal without `NO_COLOR`). */
  readonly color: boolean;
  /** Columns tables, charts and paragraphs fit in (the terminal's, `COLUMNS`, 80 when piped). */
  readonly width: number;
  /** Resolve a path given on the command line against the working directory. */
  resolvePath(path: string): string;
  /** A progress bar on standard error when it is a terminal; a no-op otherwise. */
  progress(total: number, label: string): Progress;
  /** Print a line (adds the newline) on standard output. */
  print(line?: string): void;
}

/**
 * A `parley` subcommand. Each lives in its own file under `src/commands/` and is listed once in
 * `src/commands/index.ts`; `register` adds it to the program with its arguments, options, help and action.
 *
 * @example
 * ```ts
 * export const hello: CliCommand = {
 *   name: 'hello',
 *   register(program, ctx) {
 *     program.command('hello').description('say hello').action(() => ctx.print('hello'));
 *   },
 * };
 * ```
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, ctx: CliContext): void;
}

/**
 * The context commands run with, for an {@link Io}.
 *
 * @example
 * ```ts
 * const ctx = createContext(bufferIo());
 * ctx.print('hello'); // written to the buffer's stdout
 * ```
 */
export function createContext(raw: Io): CliContext {
  // everything printed leaves through terminalIo: control characters from data are shown escaped
  const io = terminalIo(raw);
  return {
    io,
    colors: terminalColors(colorsFor(raw)),
    color: useColor(raw),
    width: outputWidth(raw),
    resolvePath: (p) => (isAbsolute(p) ? p : resolve(raw.cwd, p)),
    progress: (total, label) => createProgress(raw, total, label),
    print: (line = '') => io.stdout(`${line}\n`),
  };
}
