import { ParleyError } from '@parley/core';

/**
 * How the command ends when something is wrong. Exit codes (DESIGN.md, "The command line"):
 * 0 done; 1 bad input, each problem on its own line as `FILE:LINE: reason`; 2 wrong usage, one line.
 */

/** A problem with something the user gave (a file, a script, a log), reported as `FILE:LINE: reason`. */
export interface Problem {
  readonly file: string;
  /** 1-based line; absent when the problem concerns the whole file. */
  readonly line?: number;
  readonly reason: string;
}

/**
 * Format a problem as `FILE:LINE: reason` (or `FILE: reason` without a line).
 *
 * @example
 * ```ts
 * formatProblem({ file: 'run.ndjson', line: 7, reason: 'malformed JSON' }); // 'run.ndjson:7: malformed JSON'
 * ```
 */
export function formatProblem(p: Problem): string {
  return p.line !== undefined ? `${p.file}:${p.line}: ${p.reason}` : `${p.file}: ${p.reason}`;
}

/** Bad input: exit 1 after printing every problem. A kernel error with the stable code `validation`. */
export class BadInput extends ParleyError {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super('validation', problems.map(formatProblem).join('\n'));
    this.name = 'BadInput';
    this.problems = problems;
  }
}

/**
 * Wrong usage (unknown scenario id, conflicting flags, wrong dates): exit 2 with a one-line error. A kernel
 * error with the stable code `usage`.
 */
export class WrongUsage extends ParleyError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'WrongUsage';
  }
}

/** An error Parley raised on purpose (any package, any module instance): has a string `code`. */
export function isParleyLike(e: unknown): e is Error & { code: string; line?: number; file?: string } {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && CODES.includes(code);
}

const CODES: readonly string[] = ['validation', 'invariant', 'concurrency', 'corrupt-log', 'usage'];
