import { ValidationError } from '../errors.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { binaryReason, decodeRecord } from '../ndjson/decode.js';
import type { NdjsonLine } from '../ndjson/lines.js';
import { isTornTail } from '../ndjson/lineText.js';

/**
 * How a multi-event append stays all-or-nothing on disk (the framing of a log written by `fileStore`).
 *
 * A batch of n records is written with one `write` as n lines. Every line but the batch's last ends with
 * one space before its newline (`…} ␠\n`, insignificant JSON whitespace, so the file stays plain NDJSON);
 * the batch's last line ends right after its `}`. A line without the trailing space is the batch's commit
 * marker. After a crash, lines after the last commit marker belong to an append that never completed (its
 * promise never resolved) and are dropped, together with a torn last line; a damaged line anywhere
 * else is corruption and is never skipped. A single-event append is one plain line, so files written by
 * other tools (`writeLog`, `encodeRecord` + `\n`) are logs of one-record batches.
 */
export const CONTINUED = ' ';

/** A record and where its line is. */
export interface LineRecord {
  readonly record: AnyRecordedEvent;
  readonly line: number;
  /** Byte offset of the line's start. */
  readonly offset: number;
  /** The canonical text of the line, without the continuation marker. */
  readonly text: string;
}

/** One item of a log read as batches. */
export type LogItem =
  | { readonly kind: 'batch'; readonly items: readonly LineRecord[] }
  | {
      /** The end of the log holds an interrupted append (only ever the last item). */
      readonly kind: 'torn';
      readonly code: 'torn-line' | 'uncommitted-batch';
      /** First line of the interrupted append. */
      readonly line: number;
      /** Byte offset to truncate the file to. */
      readonly offset: number;
      readonly reason: string;
    };

/**
 * Read NDJSON lines as committed batches (see {@link CONTINUED}): the one reading policy of logs, shared by
 * `fileStore` (on open), `readLog` and, through them, every command that reads a log. Envelopes are
 * validated (no catalog) and records deeply frozen unless `freeze` is false; blank lines are skipped.
 *
 * - A complete line (newline-terminated) that is not a record is bad input wherever it is, the last line
 *   included: `badLine(line, error)` is thrown.
 * - What a crash mid-append leaves at the end is reported as a final `torn` item, to be cut off: an
 *   unterminated last line (when the log holds records before it, or it starts like a record: see
 *   `isTornTail`), and the lines of a multi-event append whose commit line never reached the disk.
 * - A file with no record whose only content is an unterminated line that is not a record (`1`, NUL
 *   bytes) is bad input, not an empty log.
 *
 * @example
 * ```ts
 * for await (const item of logBatches(parseNdjson(fileChunks(path, 0, size)), path, corrupt)) …
 * ```
 */
export async function* logBatches(
  lines: AsyncIterable<NdjsonLine>,
  file: string,
  badLine: (line: number, error: ValidationError) => Error,
  freeze = true,
): AsyncGenerator<LogItem, void, undefined> {
  let batch: LineRecord[] = [];
  let records = 0;
  let tail: { line: number; offset: number } | undefined;
  for await (const l of lines) {
    if (l.terminated && l.text.trim() === '') continue;
    if (!l.terminated) {
      if (!isTornTail(l.text, records + batch.length)) {
        const why =
          binaryReason(l.text) ??
          'the file holds no record, only an unterminated line that is not one; is this an event log?';
        throw badLine(l.line, new ValidationError(`${file}:${l.line}: ${why}`, { line: l.line, file }));
      }
      tail = { line: l.line, offset: l.offset };
      continue;
    }
    const continued = l.text.endsWith(CONTINUED);
    const text = continued ? l.text.slice(0, -CONTINUED.length) : l.text;
    let record: AnyRecordedEvent;
    try {
      record = decodeRecord(text, { line: l.line, file, freeze });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      throw badLine(l.line, e);
    }
    batch.push({ record, line: l.line, offset: l.offset, text });
    if (!continued) {
      records += batch.length;
      yield { kind: 'batch', items: batch };
      batch = [];
    }
  }
  const first = batch[0];
  if (first) {
    const n = batch.length + (tail ? 1 : 0);
    yield {
      kind: 'torn',
      code: 'uncommitted-batch',
      line: first.line,
      offset: first.offset,
      reason: `lines ${first.line}–${first.line + n - 1} are an append of several events whose last line never reached the disk`,
    };
  } else if (tail) {
    yield {
      kind: 'torn',
      code: 'torn-line',
      line: tail.line,
      offset: tail.offset,
      reason: 'the last line has no newline: an append was cut off (or the file lacks its final newline)',
    };
  }
}
