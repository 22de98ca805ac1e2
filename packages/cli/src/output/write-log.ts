import { type AnyRecordedEvent, encodeRecord } from '@parley/core';
import { lockHolder } from '@parley/core/node';
import type { CliContext } from '../context.js';
import { BadInput } from '../errors.js';
import { type OutputOptions, writeOutput } from './atomic-write.js';

/**
 * Write records as an NDJSON event log (one `encodeRecord` line each) through {@link writeOutput}: a
 * temporary file next to the path, every write checked, fsynced, renamed over it; a failure leaves the
 * path as it was and is bad input naming it. A log a `fileStore` has open is refused.
 *
 * @example
 * ```ts
 * await writeLog(ctx, 'run.ndjson', records, { flag: '--out' });
 * ```
 */
export async function writeLog(
  ctx: CliContext,
  shown: string,
  records: readonly AnyRecordedEvent[],
  options: OutputOptions = {},
): Promise<void> {
  const holder = await lockHolder(ctx.resolvePath(shown));
  if (holder)
    throw new BadInput([
      {
        file: shown,
        reason: `cannot write: a store of process ${holder.pid} has the log open (lock file ${holder.file}); close it first`,
      },
    ]);
  await writeOutput(ctx, shown, lines(records), options);
}

function* lines(records: readonly AnyRecordedEvent[]): Generator<string> {
  let chunk = '';
  for (const r of records) {
    chunk += `${encodeRecord(r)}\n`;
    if (chunk.length >= 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
