import { type AnyRecordedEvent, validateLog as validateLogOf } from '@parley/core';
import type { DomainView } from '../domain.js';
import type { Problem } from '../errors.js';

/** What {@link checkLog} found: problems (bad input), warnings, and the records when there is no problem. */
export interface LogCheck {
  /** Bad input: the log must not be used; each names its line. */
  readonly problems: Problem[];
  /**
   * Worth saying but not fatal: a torn last line or an unfinished append at the end (what a crash
   * mid-append leaves, which readers skip and a store cuts off), unknown party ids, duplicate ids.
   */
  readonly warnings: Problem[];
  /** The records (upcast with the domain's catalog), without the crash artefacts at the end. */
  readonly records: AnyRecordedEvent[];
}

/**
 * Check an NDJSON event log without trusting it, and without modifying it: core's `validateLog` (the one
 * reading policy of logs, shared with `readLog`, `fileStore` and the viewer) with the domain's catalog,
 * the domain's unknown party ids as warnings, and the file's name on every problem.
 *
 * @example
 * ```ts
 * const { problems, warnings } = checkLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * ```
 */
export function checkLog(bytes: Uint8Array, file: string, domain: DomainView): LogCheck {
  const { problems, warnings, records } = validateLogOf(bytes, {
    catalog: domain.catalog,
    notes: (record) =>
      domain
        .partiesOf(record)
        .filter((p) => !domain.isKnownParty(p.id))
        .map((p) => `unknown party id "${p.id}" at ${p.path}`),
  });
  const named = (p: { line: number; reason: string }): Problem => ({ file, line: p.line, reason: p.reason });
  return { problems: problems.map(named), warnings: warnings.map(named), records: [...records] };
}

/**
 * The problems of {@link checkLog}: every bad line of an NDJSON event log as `{ file, line, reason }`, in
 * line order; empty when the log is sound (warnings aside).
 *
 * @example
 * ```ts
 * const problems = validateLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * for (const p of problems) console.log(formatProblem(p)); // run.ndjson:7: gap in seq: expected 7, got 9
 * ```
 */
export function validateLog(bytes: Uint8Array, file: string, domain: DomainView): Problem[] {
  return checkLog(bytes, file, domain).problems;
}
