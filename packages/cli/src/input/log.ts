import type { AnyRecordedEvent } from '@parley/core';
import type { DomainView } from '../domain.js';
import { BadInput, type Problem } from '../errors.js';
import { checkLog } from '../validate/validate-log.js';
import { readInputFile } from './read-input.js';

/**
 * Read an NDJSON event log with the one reading policy of logs (`checkLog`, which judges lines as core's
 * `readLog` and `fileStore` do): records upcast to the current versions of the domain's catalog. A
 * damaged log is bad input with every problem as `FILE:LINE: reason` — a complete bad line anywhere, the
 * last included; what a crash mid-append leaves at the end (a torn last line, an unfinished append) is
 * left out with a warning, as are other notes (`warn`). A path that is not a regular file is bad input.
 * The file is never modified.
 *
 * @example
 * ```ts
 * const records = await readLogFile('/abs/run.ndjson', 'run.ndjson', issgDomain, (w) => console.warn(w.reason));
 * ```
 */
export async function readLogFile(
  file: string,
  shown: string,
  domain: DomainView,
  warn: (warning: Problem) => void,
): Promise<AnyRecordedEvent[]> {
  const bytes = await readInputFile(file, shown);
  const { problems, warnings, records } = checkLog(bytes, shown, domain);
  if (problems.length > 0) throw new BadInput(problems);
  for (const w of warnings) warn(w);
  return records;
}
