import type { FileHandle } from 'node:fs/promises';
import { CorruptLogError, UsageError, ValidationError } from '../errors.js';
import { parseNdjson } from '../ndjson/lines.js';
import { logBatches } from './batches.js';
import { fileChunks } from './chunks.js';
import { logState } from './logState.js';
import type { FileStoreWarning } from './warnings.js';

/** A log as opening found it: its checked state, its committed size and the number of its next line. */
export type Scanned = { state: ReturnType<typeof logState>; size: number; nextLine: number };

/**
 * Scan a log when a store opens it, streaming: apply every committed batch to a {@link logState} (which
 * checks seqs, world time and the hash chain), turn a damaged complete line (anywhere, the last included)
 * into a `CorruptLogError`, and truncate an interrupted append at the end with a warning (the reading
 * policy of `logBatches`).
 *
 * @example
 * ```ts
 * const { state, size, nextLine } = await scanLog(path, fh, undefined, emitWarning);
 * ```
 */
export async function scanLog(
  path: string,
  fh: FileHandle,
  hashChain: boolean | undefined,
  warn: (w: FileStoreWarning) => void,
): Promise<Scanned> {
  const st = await fh.stat();
  if (!st.isFile())
    throw new UsageError(
      `fileStore("${path}"): not a regular file (a device, FIFO or socket); give the path of a log file`,
    );
  const { size } = st;
  const state = logState(path, hashChain);
  let lastLine = 0;
  const corrupt = (line: number, e: ValidationError) =>
    new CorruptLogError(
      path,
      line,
      `${e.message.replace(`${path}:${line}: `, '')}; the log is damaged: fix or remove that line by hand, or restore the log from a copy (Parley never skips a complete line, and truncates only what a crash mid-append leaves: an unterminated last line)`,
    );
  async function* counted() {
    try {
      for await (const l of parseNdjson(fileChunks(path, 0, size), { file: path })) {
        lastLine = l.line;
        yield l;
      }
    } catch (e) {
      if (e instanceof ValidationError && e.line !== undefined) throw corrupt(e.line, e);
      throw e;
    }
  }
  for await (const item of logBatches(counted(), path, corrupt, false)) {
    if (item.kind === 'batch') {
      state.apply(item.items);
      continue;
    }
    warn({
      code: item.code,
      file: path,
      line: item.line,
      message: `${path}:${item.line}: ${item.reason}; truncated the log to ${item.offset} bytes (that append had not resolved, so nothing acknowledged is lost)`,
    });
    await fh.truncate(item.offset);
    await fh.datasync();
    return { state, size: item.offset, nextLine: item.line };
  }
  return { state, size, nextLine: lastLine + 1 };
}
