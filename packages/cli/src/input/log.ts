import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AnyRecordedEvent } from '@parley/core';
import { readLog } from '@parley/core/node';
import type { DomainView } from '../domain.js';
import { BadInput, isParleyLike, type Problem } from '../errors.js';
import { validateLog } from '../validate/validate-log.js';

/** Problems `readLog` lets through on purpose: the log is still readable. */
const TOLERATED = [/^unknown party id /, /^torn last line/, /^unfinished append/];

/**
 * Read an NDJSON event log through core's `readLog` (records upcast to the current versions of the
 * domain's catalog; an interrupted append at the end is left out, as the file store does). When the log is
 * damaged, every problem is reported as `FILE:LINE: reason` (from `validateLog`), not just the first.
 * The file is never modified.
 */
export async function readLogFile(
  file: string,
  shown: string,
  domain: DomainView,
): Promise<AnyRecordedEvent[]> {
  if (!existsSync(file)) throw new BadInput([{ file: shown, reason: 'no such file' }]);
  const records: AnyRecordedEvent[] = [];
  try {
    for await (const r of readLog(file, {
      torn: 'skip',
      ...(domain.catalog ? { catalog: domain.catalog } : {}),
    }))
      records.push(r);
    return records;
  } catch (e) {
    if (!isParleyLike(e) && (e as NodeJS.ErrnoException).code === undefined) throw e;
    const problems: Problem[] = validateLog(await readFile(file), shown, domain).filter(
      (p) => !TOLERATED.some((t) => t.test(p.reason)),
    );
    if (problems.length > 0) throw new BadInput(problems);
    const at = (e as { line?: unknown }).line;
    const line = typeof at === 'number' ? at : undefined;
    const message = (e as Error).message.replace(/^.*?:\d+: /, '');
    throw new BadInput([{ file: shown, ...(line !== undefined ? { line } : {}), reason: message }]);
  }
}
