import { ValidationError } from '../errors.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { decodeRecord } from '../ndjson/decode.js';
import type { NdjsonLine } from '../ndjson/lines.js';

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
 * Read NDJSON lines as committed batches (see {@link CONTINUED}). Envelopes are validated (no catalog) and records deeply frozen unless `freeze` is false;
 * blank lines are skipped. A line that cannot be decoded and is followed by another record throws
 * `badMiddle(line, error)`; a bad or unterminated last line, and an unfinished batch at the end, are
 * reported as a final `torn` item.
 *
 * @example
 * ```ts
 * for await (const item of logBatches(parseNdjson(fileChunks(path, 0, size)), path, corrupt)) …
 * ```
 */
export async function* logBatches(
  lines: AsyncIterable<NdjsonLine>,
  file: string,
  badMiddle: (line: number, error: ValidationError) => Error,
  freeze = true,
): AsyncGenerator<LogItem, void, undefined> {
  let batch: LineRecord[] = [];
  let bad: { line: number; offset: number; error: ValidationError; unterminated: boolean } | undefined;
  for await (const l of lines) {
    if (l.terminated && l.text.trim() === '') continue;
    if (bad) throw badMiddle(bad.line, bad.error);
    if (!l.terminated) {
      bad = {
        line: l.line,
        offset: l.offset,
        unterminated: true,
        error: new ValidationError(
          `${file}:${l.line}: the last line has no newline: an append was cut off (or the file lacks its final newline)`,
          {
            line: l.line,
            file,
          },
        ),
      };
      continue;
    }
    const continued = l.text.endsWith(CONTINUED);
    const text = continued ? l.text.slice(0, -CONTINUED.length) : l.text;
    let record: AnyRecordedEvent;
    try {
      record = decodeRecord(text, { line: l.line, file, freeze });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      bad = { line: l.line, offset: l.offset, error: e, unterminated: false };
      continue;
    }
    batch.push({ record, line: l.line, offset: l.offset, text });
    if (!continued) {
      yield { kind: 'batch', items: batch };
      batch = [];
    }
  }
  const first = batch[0];
  if (first) {
    const n = batch.length + (bad ? 1 : 0);
    yield {
      kind: 'torn',
      code: 'uncommitted-batch',
      line: first.line,
      offset: first.offset,
      reason: `lines ${first.line}–${first.line + n - 1} are an append of several events whose last line never reached the disk`,
    };
  } else if (bad) {
    yield {
      kind: 'torn',
      code: 'torn-line',
      line: bad.line,
      offset: bad.offset,
      reason: bad.unterminated
        ? 'the last line has no newline: an append was cut off (or the file lacks its final newline)'
        : `the last line is unreadable (${bad.error.message.replace(`${file}:${bad.line}: `, '')}): an append was cut off`,
    };
  }
}
