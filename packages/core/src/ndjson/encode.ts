import type { AnyRecordedEvent } from '../events/envelope.js';

const NEEDS_ESCAPE = /[\u2028\u2029\ufffd]/;
const ESCAPES = /[\u2028\u2029\ufffd]/g;
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16)}`;

/**
 * `JSON.stringify` with U+2028, U+2029 and U+FFFD written as `\u` escapes: the JSON text of a value as it
 * appears in a log line.
 *
 * @example
 * ```ts
 * canonicalJson('a\u2028b'); // '"a\\u2028b"'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, escapeChar) : text;
}

/**
 * Encode a record as one NDJSON line (no trailing newline), with the envelope keys in canonical order:
 * `stream, seq, id, at, type, v, data, meta, prev` (absent `meta`/`prev` are left out; keys inside
 * `data` and `meta` keep their order). The line is plain `JSON.stringify` output, except that U+2028,
 * U+2029 and U+FFFD are written as `\u` escapes: a raw U+FFFD in a log therefore always means bytes
 * that were not valid UTF-8, which {@link decodeRecord} reports.
 *
 * The encoding is stable: `encodeRecord(decodeRecord(encodeRecord(r)))` equals `encodeRecord(r)`, which is
 * what the hash chain relies on.
 *
 * @example
 * ```ts
 * encodeRecord({ stream: 's', seq: 1, id: 's:1', at: '2016-02-27', type: 'truce', v: 1, data: {} });
 * // '{"stream":"s","seq":1,"id":"s:1","at":"2016-02-27","type":"truce","v":1,"data":{}}'
 * ```
 */
export function encodeRecord(record: AnyRecordedEvent): string {
  const canonical: Record<string, unknown> = {
    stream: record.stream,
    seq: record.seq,
    id: record.id,
    at: record.at,
    type: record.type,
    v: record.v,
    data: record.data,
  };
  if (record.meta !== undefined) canonical.meta = record.meta;
  if (record.prev !== undefined) canonical.prev = record.prev;
  return canonicalJson(canonical);
}
