import type { CompletionSpec } from './spec.js';

/** The shells `parley completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A bash completion script (also loaded by zsh through bashcompinit): subcommands first, then a
 * subcommand's long options after `-`, its built-in ids, and files.
 *
 * @example
 * ```ts
 * writeFileSync('parley.bash', bashCompletion(spec)); // then: source parley.bash
 * ```
 */
export function bashCompletion(spec: CompletionSpec): string {
  const top = [...spec.commands.map((c) => c.name), ...spec.globalOptions].join(' ');
  const cases = spec.commands
    .map(
      (c) =>
        `    ${c.name}) opts=${sq(c.options.map((o) => o.flag).join(' '))}; words=${sq(c.words.join(' '))} ;;`,
    )
    .join('\n');
  return `# parley completion for bash (parley completion bash)
_parley() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="" opts="" words="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W ${sq(top)} -- "$cur"))
    return 0
  fi
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
  fi
  return 0
}
complete -o filenames -F _parley parley
`;
}

/**
 * A zsh completion script: zsh's bash-compatibility layer running {@link bashCompletion}.
 *
 * @example
 * ```ts
 * writeFileSync('_parley.zsh', zshCompletion(spec)); // then: source _parley.zsh
 * ```
 */
export function zshCompletion(spec: CompletionSpec): string {
  return `# parley completion for zsh (parley completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(spec).split('\n').slice(1).join('\n')}`;
}

/**
 * A fish completion script: subcommands with their descriptions, then each subcommand's long options.
 *
 * @example
 * ```ts
 * writeFileSync(`${home}/.config/fish/completions/parley.fish`, fishCompletion(spec));
 * ```
 */
export function fishCompletion(spec: CompletionSpec): string {
  const lines = ['# parley completion for fish (parley completion fish)', 'complete -c parley -f'];
  for (const c of spec.commands)
    lines.push(`complete -c parley -n __fish_use_subcommand -a ${c.name} -d ${sq(c.description)}`);
  for (const c of spec.commands) {
    for (const o of c.options)
      lines.push(
        `complete -c parley -n ${sq(`__fish_seen_subcommand_from ${c.name}`)} -l ${o.flag.slice(2)} -d ${sq(o.description)}`,
      );
    if (c.words.length > 0)
      lines.push(
        `complete -c parley -n ${sq(`__fish_seen_subcommand_from ${c.name}`)} -a ${sq(c.words.join(' '))}`,
      );
    lines.push(`complete -c parley -n ${sq(`__fish_seen_subcommand_from ${c.name}`)} -F`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The completion script for `shell`.
 *
 * @example
 * ```ts
 * completionScript('fish', spec).startsWith('# parley completion for fish'); // true
 * ```
 */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashCompletion(spec);
    case 'zsh':
      return zshCompletion(spec);
    case 'fish':
      return fishCompletion(spec);
  }
}
