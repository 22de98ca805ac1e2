import type { AnyRecordedEvent } from '../events/envelope.js';
import { type ChainVerdict, verifyChainAsync } from '../hashChain.js';
import { decodeNdjson } from '../ndjson/decodeNdjson.js';
import { fileChunks } from './chunks.js';

/**
 * Check the hash chain of a log file (see `chainRecords`), streaming: the verdict names the first record
 * whose link is broken, with its stream, seq and position. A line that is not a record is a
 * `ValidationError` with its line number. Unlike `readLog`, nothing else is checked, so a broken link is
 * reported as a verdict rather than thrown.
 *
 * @example
 * ```ts
 * const v = await verifyLog('vienna.ndjson');
 * if (!v.ok) console.error(`record ${v.index + 1} (${v.stream} #${v.seq}): ${v.reason}`);
 * ```
 */
export function verifyLog(path: string): Promise<ChainVerdict> {
  async function* records(): AsyncGenerator<AnyRecordedEvent> {
    for await (const { record } of decodeNdjson(fileChunks(path), { file: path })) yield record;
  }
  return verifyChainAsync(records());
}
