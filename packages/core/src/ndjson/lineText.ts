/**
 * How the bytes of one log line become text, for every reader of logs (`parseNdjson`, and so `readLog`,
 * `fileStore`, `verifyLog`; and `parley validate`): UTF-8, with invalid bytes decoded as U+FFFD (which
 * `decodeRecord` then refuses), a byte order mark dropped only at the very start of the input (a BOM
 * anywhere else, a second one included, stays and makes the line bad JSON), and a `\r` before the newline
 * dropped.
 */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Longest line a log may hold, in bytes: a record longer than this is not one Parley wrote. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;

/**
 * The text of one line's bytes (without its newline); `first` is true for the line at the start of the
 * input, whose BOM is dropped.
 *
 * @example
 * ```ts
 * lineText(new TextEncoder().encode('\ufeff{"a":1}\r'), true); // '{"a":1}'
 * ```
 */
export function lineText(bytes: Uint8Array, first: boolean): string {
  let text = decoder.decode(bytes);
  if (first && text.startsWith('\ufeff')) text = text.slice(1);
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/**
 * Whether an unterminated last line is what a crash mid-append leaves (a torn line, which a store may cut
 * off) rather than bad input: only when the log holds records before it, or the line starts like a record
 * and is text. A file holding nothing but such a line (`1`, NUL bytes) is not an empty log.
 *
 * @example
 * ```ts
 * isTornTail('{"stream":"s","se', 0); // true: the first append of a new log, cut off
 * isTornTail('\u0000\u0000', 0); // false: not a log at all
 * ```
 */
export function isTornTail(text: string, recordsBefore: number): boolean {
  if (recordsBefore > 0 || text.trim() === '') return true;
  return text.startsWith('{') && !text.includes('\u0000') && !text.includes('\ufffd');
}
