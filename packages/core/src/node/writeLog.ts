import { mkdtemp, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CorruptLogError, UsageError, ValidationError } from '../errors.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { validateEnvelope } from '../events/record.js';
import { GENESIS_PREV, hashLine } from '../hashChain.js';
import { encodeRecord } from '../ndjson/encode.js';
import { lockHolder } from './lock.js';
import { logState } from './logState.js';
import { syncDir } from './open.js';

const FLUSH_AT = 256 * 1024;

export interface WriteLogOptions {
  /** Link the records into a hash chain as they are written (replacing any `prev` they carry). */
  readonly hashChain?: boolean;
}

/**
 * Write records to an NDJSON log atomically: they go to a temporary file next to `path`, which is
 * fsynced and then renamed over `path`, so readers see the old file or the new one, never a mix. Records
 * are streamed (memory stays flat) and checked as `fileStore` would check them on open: valid envelopes,
 * gapless seqs and world time order per stream, and a consistent hash chain; a bad record is a
 * `ValidationError` and leaves `path` untouched. Refuses to replace a log a `fileStore` has open.
 *
 * @example
 * ```ts
 * import { writeLog } from '@parley/core/node';
 * await writeLog('vienna.ndjson', runScenario(vienna).records, { hashChain: true });
 * ```
 */
export async function writeLog(
  path: string,
  records: Iterable<AnyRecordedEvent> | AsyncIterable<AnyRecordedEvent>,
  options: WriteLogOptions = {},
): Promise<{ readonly records: number; readonly bytes: number }> {
  const holder = await lockHolder(path);
  if (holder)
    throw new UsageError(
      `writeLog("${path}"): a fileStore of process ${holder.pid} has the log open (lock file ${holder.file}); close it first, or delete the lock file if no process uses the log`,
    );
  const dir = await mkdtemp(join(dirname(path), '.parley-write-'));
  const tmp = join(dir, 'log.ndjson');
  const state = logState(path, options.hashChain || undefined);
  let count = 0;
  let bytes = 0;
  try {
    const fh = await open(tmp, 'wx');
    try {
      let buffer = '';
      let prev = GENESIS_PREV;
      for await (const input of records) {
        count++;
        let record: AnyRecordedEvent;
        try {
          record = validateEnvelope(input);
          if (options.hashChain) record = { ...record, prev };
        } catch (e) {
          throw e instanceof ValidationError
            ? new ValidationError(`writeLog("${path}"): record ${count}: ${e.message}`, { issues: e.issues })
            : e;
        }
        const line = encodeRecord(record);
        if (options.hashChain) prev = hashLine(line);
        try {
          state.apply([{ record, line: count, offset: bytes, text: line }]);
        } catch (e) {
          if (e instanceof CorruptLogError || e instanceof UsageError)
            throw new ValidationError(
              `writeLog("${path}"): record ${count}: ${e.message.replace(`${path}:${count}: `, '')}`,
            );
          throw e;
        }
        buffer += `${line}\n`;
        if (buffer.length >= FLUSH_AT) {
          bytes += await writeAll(fh, buffer);
          buffer = '';
        }
      }
      bytes += await writeAll(fh, buffer);
      await fh.datasync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    await syncDir(dirname(path));
    return { records: count, bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeAll(fh: import('node:fs/promises').FileHandle, text: string): Promise<number> {
  const buf = Buffer.from(text, 'utf8');
  for (let done = 0; done < buf.length; ) done += (await fh.write(buf, done, buf.length - done)).bytesWritten;
  return buf.length;
}
