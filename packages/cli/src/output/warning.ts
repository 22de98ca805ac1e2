import { formatProblem, type Problem } from '../errors.js';
import type { Io } from '../io.js';

/**
 * A warning as a problem line: its reason prefixed with `warning: `.
 *
 * @example
 * ```ts
 * formatProblem(warningOf({ file: 'a.ndjson', line: 9, reason: 'torn last line' })); // 'a.ndjson:9: warning: torn last line'
 * ```
 */
export function warningOf(p: Problem): Problem {
  return { ...p, reason: `warning: ${p.reason}` };
}

/**
 * Print a warning on standard error as `FILE:LINE: warning: reason` (one line).
 *
 * @example
 * ```ts
 * printWarning(io, { file: 'run.ndjson', line: 41, reason: 'torn last line: …' });
 * ```
 */
export function printWarning(io: Io, p: Problem): void {
  io.stderr(`${formatProblem(warningOf(p))}\n`);
}
