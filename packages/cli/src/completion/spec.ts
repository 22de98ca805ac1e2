import type { Command } from 'commander';

/** What shell completion knows of the `parley` command: its subcommands and their long options. */
export interface CompletionSpec {
  readonly globalOptions: readonly string[];
  readonly commands: readonly {
    readonly name: string;
    readonly description: string;
    readonly options: readonly { readonly flag: string; readonly description: string }[];
    /** Words offered for the first argument (built-in scenario or agenda ids); files otherwise. */
    readonly words: readonly string[];
  }[];
}

/**
 * Read the completion spec off the commander program, so completion follows the commands as they are.
 * `words(command)` gives the ids to offer for a command's first argument.
 *
 * @example
 * ```ts
 * completionSpec(createProgram(createContext(bufferIo())), () => []).commands.map((c) => c.name);
 * ```
 */
export function completionSpec(
  program: Command,
  words: (command: string) => readonly string[],
): CompletionSpec {
  const longs = (c: Command) =>
    c.options
      .filter((o) => o.long !== undefined)
      .map((o) => ({ flag: o.long!, description: o.description }))
      .concat([{ flag: '--help', description: 'display help for command' }]);
  return {
    globalOptions: longs(program).map((o) => o.flag),
    commands: program.commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: longs(c),
      words: words(c.name()),
    })),
  };
}
