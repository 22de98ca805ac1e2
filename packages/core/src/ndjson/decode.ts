import { ValidationError } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { validateEnvelope } from '../events/record.js';
import { deepFreeze, MAX_DEPTH } from './jsonValue.js';

/** Where a line comes from and how to check it. */
export interface DecodeOptions {
  /** 1-based line number, reported in errors. */
  readonly line?: number;
  /** File name, reported in errors. */
  readonly file?: string;
  /** When given, the record's data is upcast to the current version of its type and validated. */
  readonly catalog?: EventCatalog<any>;
  /** Deep-freeze the record (default true); a scan that only checks records may skip it. */
  readonly freeze?: boolean;
}

/**
 * `file:line: `, `line N: ` or nothing, to prefix a message with.
 *
 * @example
 * ```ts
 * locationPrefix({ file: 'log.ndjson', line: 3 }); // 'log.ndjson:3: '
 * ```
 */
export function locationPrefix(where: {
  readonly line?: number | undefined;
  readonly file?: string | undefined;
}) {
  if (where.file !== undefined && where.line !== undefined) return `${where.file}:${where.line}: `;
  if (where.line !== undefined) return `line ${where.line}: `;
  if (where.file !== undefined) return `${where.file}: `;
  return '';
}

/**
 * The same validation error, with the line and file it was found at.
 *
 * @example
 * ```ts
 * throw locate(e, { line: 12, file: 'log.ndjson' }); // message 'log.ndjson:12: …'
 * ```
 */
export function locate(
  e: ValidationError,
  where: { readonly line?: number | undefined; readonly file?: string | undefined },
): ValidationError {
  return new ValidationError(`${locationPrefix(where)}${e.message}`, {
    issues: e.issues,
    ...(e.type !== undefined ? { type: e.type } : {}),
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.file !== undefined ? { file: where.file } : {}),
  });
}

/**
 * Why a line of text cannot be an NDJSON record before it is even parsed (binary data, invalid UTF-8),
 * or undefined when it may be one.
 *
 * @example
 * ```ts
 * binaryReason('\u0000\u0000'); // 'binary data (NUL bytes) …'
 * ```
 */
export function binaryReason(text: string): string | undefined {
  if (text.includes('\u0000'))
    return 'binary data (NUL bytes) where an NDJSON record was expected; is this file an event log?';
  if (text.includes('\ufffd'))
    return 'bytes that are not valid UTF-8 (decoded as U+FFFD); the file is damaged or not UTF-8 text (a real U+FFFD character must be written escaped, as \\ufffd)';
  return undefined;
}

export { MAX_DEPTH };

/** The deepest nesting of `[` and `{` in JSON text (outside strings), scanning no further than needed. */
function depthOver(text: string, limit: number): boolean {
  // a line shorter than twice the limit cannot nest deeper than it
  if (text.length <= 2 * limit) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Parse the JSON of one log line, or say why it cannot be a record: binary data or invalid UTF-8 (see
 * {@link binaryReason}), an empty line, nesting deeper than {@link MAX_DEPTH}, malformed JSON. The first
 * step of {@link decodeRecord}, shared with tools that check a log line by line (`parley validate`), so
 * they judge every line the same way.
 *
 * @example
 * ```ts
 * parseLine('{"a":1}'); // { value: { a: 1 } }
 * parseLine('{"a":'); // { reason: 'not valid JSON (…); each line must hold one JSON record' }
 * ```
 */
export function parseLine(line: string): { value: unknown } | { reason: string } {
  const binary = binaryReason(line);
  if (binary !== undefined) return { reason: binary };
  if (line.trim() === '') return { reason: 'empty line where an NDJSON record was expected' };
  if (depthOver(line, MAX_DEPTH))
    return {
      reason: `arrays or objects nested deeper than ${MAX_DEPTH} levels; this is not an event record`,
    };
  try {
    return { value: JSON.parse(line) as unknown };
  } catch (e) {
    return { reason: `not valid JSON (${(e as Error).message}); each line must hold one JSON record` };
  }
}

/**
 * Decode one NDJSON line into a validated, deeply frozen record: rejects binary data and invalid UTF-8,
 * nesting deeper than {@link MAX_DEPTH}, malformed JSON, a bad envelope (see `validateEnvelope`: missing or mistyped fields, unknown fields,
 * and the keys `__proto__`, `constructor`, `prototype` anywhere), and, with a `catalog`, unknown types,
 * versions without an upcaster and data that fails its schema (data is upcast to the current version).
 * Every failure is a {@link ValidationError} carrying `line` and `file` when given, its message starting
 * with `file:line: `.
 *
 * @example
 * ```ts
 * const r = decodeRecord(text, { line: 12, file: 'vienna.ndjson', catalog: issgEvents });
 * // or: ValidationError "vienna.ndjson:12: event "truce": at: expected an ISO 8601 date …"
 * ```
 */
export function decodeRecord(line: string, options: DecodeOptions = {}): AnyRecordedEvent {
  const where = { line: options.line, file: options.file };
  const fail = (message: string, path = ''): ValidationError =>
    locate(new ValidationError(message, { issues: [{ path, message }] }), where);
  const parsed = parseLine(line);
  if ('reason' in parsed) throw fail(parsed.reason);
  const { value } = parsed;
  let record: AnyRecordedEvent;
  try {
    record = validateEnvelope(value);
    if (options.catalog) record = options.catalog.upcast(record);
  } catch (e) {
    if (e instanceof ValidationError) throw locate(e, where);
    throw e;
  }
  return options.freeze === false ? record : deepFreeze(record);
}
