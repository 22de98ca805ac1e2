import { type ChainVerdict, chainVerifier } from '../hashChain.js';
import { decodeRecord } from '../ndjson/decode.js';
import { parseNdjson } from '../ndjson/lines.js';
import { CONTINUED } from './batches.js';
import { fileChunks } from './chunks.js';

/**
 * Check the hash chain of a log file (see `chainRecords`), streaming, over the exact text of every line
 * (see `chainVerifier`): the verdict names the first record whose link is broken, or whose line is not
 * its canonical encoding, with its stream, seq and position. A line that is not a record is a
 * `ValidationError` with its line number. Unlike `readLog`, nothing else is checked, so a broken link is
 * reported as a verdict rather than thrown.
 *
 * @example
 * ```ts
 * const v = await verifyLog('vienna.ndjson');
 * if (!v.ok) console.error(`record ${v.index + 1} (${v.stream} #${v.seq}): ${v.reason}`);
 * ```
 */
export async function verifyLog(path: string): Promise<ChainVerdict> {
  const v = chainVerifier();
  for await (const l of parseNdjson(fileChunks(path), { file: path })) {
    if (l.text.trim() === '') continue;
    const text = l.text.endsWith(CONTINUED) ? l.text.slice(0, -CONTINUED.length) : l.text;
    if (v.check(decodeRecord(text, { line: l.line, file: path }), text)) break;
  }
  return v.verdict();
}
