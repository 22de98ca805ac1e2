import { UsageError, ValidationError } from '../errors.js';
import { lineText, MAX_LINE_LENGTH } from './lineText.js';

/** One line of NDJSON input. */
export interface NdjsonLine {
  /** 1-based line number. */
  readonly line: number;
  /** The line's text, without its newline (and without a `\r` before it). */
  readonly text: string;
  /**
   * Where the line starts in the whole input: a byte offset when the chunks are `Uint8Array`s, a
   * UTF-16 code unit offset when they are strings.
   */
  readonly offset: number;
  /** False only for a last line that has no newline after it (possibly torn by a crash). */
  readonly terminated: boolean;
}

export interface ParseNdjsonOptions {
  /** Longest line accepted, in bytes (or characters for string input); default 64 MiB. */
  readonly maxLineLength?: number;
  /** File name for error messages. */
  readonly file?: string;
}

/** Any source of text or bytes: a Node read stream, a web `ReadableStream`, an array of strings. */
export type NdjsonSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

const NL = 10;

/**
 * The one NDJSON line splitter of Parley, fed chunk by chunk: every reader of logs and sweep files uses
 * it, through {@link parseNdjson} (streams) or {@link splitNdjson} (a whole text or buffer in memory).
 * `push` yields the lines a chunk completes (a line may span any number of chunks); `end` yields the last
 * line when it has no newline after it (`terminated: false`). Byte chunks are split on newline bytes and
 * each line is decoded as UTF-8 on its own (see `lineText`: invalid bytes become U+FFFD, a byte order mark
 * is dropped only at the start of the input, a `\r` before the newline is dropped), so offsets are exact
 * byte positions; string chunks give UTF-16 offsets. A line longer than `maxLineLength` is a
 * {@link ValidationError}.
 *
 * @example
 * ```ts
 * const split = lineSplitter();
 * [...split.push('{"a":1}\n{"b"'), ...split.push(':2}'), ...split.end()].map((l) => l.text);
 * // ['{"a":1}', '{"b":2}']
 * ```
 */
export function lineSplitter(options: ParseNdjsonOptions = {}) {
  const max = options.maxLineLength ?? MAX_LINE_LENGTH;
  let mode: 'bytes' | 'text' | undefined;
  let parts: Uint8Array[] = [];
  let textPart = '';
  let pending = 0;
  let offset = 0;
  let line = 0;
  const tooLong = () =>
    new ValidationError(
      `${options.file !== undefined ? `${options.file}:` : 'line '}${line + 1}: line is longer than ${max} ${
        mode === 'bytes' ? 'bytes' : 'characters'
      }; is this an NDJSON event log? (raise maxLineLength if the records really are that large)`,
      {
        line: line + 1,
        ...(options.file !== undefined ? { file: options.file } : {}),
        issues: [{ path: '', message: 'line too long' }],
      },
    );
  const stripCR = (t: string) => (t.endsWith('\r') ? t.slice(0, -1) : t);
  function* push(chunk: string | Uint8Array): Generator<NdjsonLine, void, undefined> {
    const kind = typeof chunk === 'string' ? 'text' : 'bytes';
    if (mode === undefined) mode = kind;
    else if (mode !== kind)
      throw new UsageError(
        'parseNdjson: the chunks mix strings and bytes; give all strings or all Uint8Arrays',
      );
    if (typeof chunk === 'string') {
      let text = chunk;
      if (offset === 0 && pending === 0 && line === 0 && text.startsWith('\ufeff')) {
        text = text.slice(1);
        offset = 1;
      }
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const whole = pending === 0 ? text.slice(start, nl) : textPart + text.slice(start, nl);
        textPart = '';
        pending = 0;
        if (whole.length > max) throw tooLong();
        line++;
        yield { line, text: stripCR(whole), offset, terminated: true };
        offset += whole.length + 1;
        start = nl + 1;
      }
      if (start < text.length) {
        textPart += text.slice(start);
        pending = textPart.length;
        if (pending > max) throw tooLong();
      }
    } else {
      let start = 0;
      for (let nl = chunk.indexOf(NL, start); nl >= 0; nl = chunk.indexOf(NL, start)) {
        let bytes = chunk.subarray(start, nl);
        if (pending > 0) {
          bytes = concat(parts, pending, bytes);
          parts = [];
          pending = 0;
        }
        if (bytes.length > max) throw tooLong();
        line++;
        yield { line, text: lineText(bytes, line === 1), offset, terminated: true };
        offset += bytes.length + 1;
        start = nl + 1;
      }
      if (start < chunk.length) {
        const rest = chunk.slice(start);
        parts.push(rest);
        pending += rest.length;
        if (pending > max) throw tooLong();
      }
    }
  }
  function* end(): Generator<NdjsonLine, void, undefined> {
    if (pending === 0) return;
    const text =
      mode === 'bytes' ? lineText(concat(parts, pending, new Uint8Array(0)), line === 0) : stripCR(textPart);
    line++;
    pending = 0;
    yield { line, text, offset, terminated: false };
  }
  return { push, end };
}

/**
 * Split NDJSON input into lines, pulling one chunk at a time: a line may span any number of chunks, and
 * nothing is read ahead of the consumer, so memory stays flat for logs of any size (only the current chunk
 * and a partial line are held). The splitting is {@link lineSplitter}'s. Blank lines are yielded too
 * (callers skip them). A line longer than `maxLineLength` is a {@link ValidationError}.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * for await (const { line, text } of parseNdjson(createReadStream('log.ndjson'))) {
 *   console.log(line, text.length);
 * }
 * ```
 */
export async function* parseNdjson(
  chunks: NdjsonSource,
  options: ParseNdjsonOptions = {},
): AsyncGenerator<NdjsonLine, void, undefined> {
  const split = lineSplitter(options);
  for await (const chunk of chunks as AsyncIterable<string | Uint8Array>) yield* split.push(chunk);
  yield* split.end();
}

/**
 * The lines of a whole NDJSON text or buffer already in memory, synchronously, as {@link parseNdjson}
 * splits a stream (line numbers, offsets, `\r\n`, a BOM at the start, an unterminated last line): for
 * browsers and tools that hold the file (a `File`'s text, a fetched body, `readFileSync`).
 *
 * @example
 * ```ts
 * splitNdjson('{"a":1}\r\n{"b":2}').map((l) => [l.line, l.text, l.terminated]);
 * // [[1, '{"a":1}', true], [2, '{"b":2}', false]]
 * ```
 */
export function splitNdjson(input: string | Uint8Array, options: ParseNdjsonOptions = {}): NdjsonLine[] {
  const split = lineSplitter(options);
  return [...split.push(input), ...split.end()];
}

function concat(parts: readonly Uint8Array[], length: number, tail: Uint8Array): Uint8Array {
  const out = new Uint8Array(length + tail.length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  out.set(tail, at);
  return out;
}
