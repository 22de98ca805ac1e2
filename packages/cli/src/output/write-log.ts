import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnyRecordedEvent } from '@parley/core';
import { writeLog as writeNdjsonLog } from '@parley/core/node';
import { BadInput } from '../errors.js';

/**
 * Write records as an NDJSON event log with core's `writeLog`: a temporary file next to `file`, fsynced,
 * then renamed over it. An error or a crash never leaves a half-written log.
 */
export async function writeLog(
  file: string,
  shown: string,
  records: readonly AnyRecordedEvent[],
): Promise<void> {
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BadInput([{ file: shown, reason: `no such directory: ${dirname(shown)}` }]);
  await writeNdjsonLog(file, records);
}
