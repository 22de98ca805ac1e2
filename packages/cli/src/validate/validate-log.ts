import { validateLog as validateRecords } from '@parley/core';
import type { DomainView } from '../domain.js';
import type { Problem } from '../errors.js';

/**
 * Check an NDJSON event log without trusting it and without modifying it: core's `validateLog` with the
 * domain's catalog, plus the domain's party ids (an id it does not know is reported). Every problem as
 * `{ file, line, reason }`, in line order; empty when the log is sound.
 *
 * @example
 * ```ts
 * const problems = validateLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * for (const p of problems) console.log(formatProblem(p)); // run.ndjson:7: gap in seq: expected 7, got 9
 * ```
 */
export function validateLog(bytes: Uint8Array, file: string, domain: DomainView): Problem[] {
  return validateRecords(bytes, {
    ...(domain.catalog ? { catalog: domain.catalog } : {}),
    check: (record) =>
      domain
        .partiesOf(record)
        .filter((p) => !domain.isKnownParty(p.id))
        .map((p) => `unknown party id "${p.id}" at ${p.path}`),
  }).map((p) => ({ file, ...p }));
}
