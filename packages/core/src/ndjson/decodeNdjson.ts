import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { decodeRecord } from './decode.js';
import { type NdjsonSource, parseNdjson } from './lines.js';

/** A decoded record and the line it came from. */
export interface NdjsonRecord {
  readonly line: number;
  readonly record: AnyRecordedEvent;
}

export interface DecodeNdjsonOptions {
  /** File name for error messages. */
  readonly file?: string;
  /** Upcast and validate each record's data (see `decodeRecord`). */
  readonly catalog?: EventCatalog<any>;
  /** Longest line accepted (see `parseNdjson`). */
  readonly maxLineLength?: number;
}

/**
 * Decode NDJSON input into validated records, one at a time and in order, each with its line number;
 * blank lines are skipped. The first bad line throws a `ValidationError` carrying `line` and `file`.
 * Memory stays flat for inputs of any size (see {@link parseNdjson}).
 *
 * @example
 * ```ts
 * const res = await fetch('/logs/vienna.ndjson');
 * for await (const { line, record } of decodeNdjson(res.body!, { catalog: issgEvents })) {
 *   folder.apply(record);
 * }
 * ```
 */
export async function* decodeNdjson(
  chunks: NdjsonSource,
  options: DecodeNdjsonOptions = {},
): AsyncGenerator<NdjsonRecord, void, undefined> {
  const lines = parseNdjson(chunks, {
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.maxLineLength !== undefined ? { maxLineLength: options.maxLineLength } : {}),
  });
  for await (const { line, text } of lines) {
    if (text.trim() === '') continue;
    const record = decodeRecord(text, {
      line,
      ...(options.file !== undefined ? { file: options.file } : {}),
      ...(options.catalog !== undefined ? { catalog: options.catalog } : {}),
    });
    yield { line, record };
  }
}
