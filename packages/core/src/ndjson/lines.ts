import { UsageError, ValidationError } from '../errors.js';

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
  /** From {@link splitNdjson} over bytes: the line's raw bytes, without its newline (a `\r` before it kept). */
  readonly bytes?: Uint8Array;
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
const DEFAULT_MAX = 64 * 1024 * 1024;

/**
 * Split NDJSON input into lines, pulling one chunk at a time: a line may span any number of chunks, and
 * nothing is read ahead of the consumer, so memory stays flat for logs of any size (only the current chunk
 * and a partial line are held). Byte chunks are split on newline bytes and each line is decoded as UTF-8
 * on its own (invalid bytes become U+FFFD, which `decodeRecord` reports), so offsets are exact byte
 * positions. A UTF-8 byte order mark at the start is dropped. Blank lines are yielded too (callers skip
 * them). A line longer than `maxLineLength` is a {@link ValidationError}. {@link splitNdjson} is the same
 * splitter over input held in memory.
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
  const splitter = lineSplitter(options, false);
  for await (const chunk of chunks as AsyncIterable<string | Uint8Array>) yield* splitter.push(chunk);
  yield* splitter.end();
}

/**
 * The lines of NDJSON input held in memory (a file's bytes, a string): the splitter of
 * {@link parseNdjson}, at once. For byte input each line also carries its raw `bytes`, so a checker can
 * tell text that is not UTF-8 from text that is.
 *
 * @example
 * ```ts
 * splitNdjson('{"a":1}\r\n\n{"b":2}').map((l) => [l.line, l.text]); // [[1, '{"a":1}'], [2, ''], [3, '{"b":2}']]
 * splitNdjson(readFileSync('log.ndjson')).at(-1)?.terminated; // false: the last write was cut short
 * ```
 */
export function splitNdjson(input: string | Uint8Array, options: ParseNdjsonOptions = {}): NdjsonLine[] {
  const splitter = lineSplitter(options, true);
  return [...splitter.push(input), ...splitter.end()];
}

/** The one line splitter: chunks in, lines out, a partial line held between chunks. */
function lineSplitter(
  options: ParseNdjsonOptions,
  keepBytes: boolean,
): {
  push(chunk: string | Uint8Array): Generator<NdjsonLine, void, undefined>;
  end(): Generator<NdjsonLine, void, undefined>;
} {
  const max = options.maxLineLength ?? DEFAULT_MAX;
  const decoder = new TextDecoder('utf-8');
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
  return {
    *push(chunk) {
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
          const text = stripCR(decoder.decode(bytes));
          yield keepBytes
            ? { line, text, offset, terminated: true, bytes }
            : { line, text, offset, terminated: true };
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
    },
    *end() {
      if (pending === 0) return;
      line++;
      if (mode === 'bytes') {
        const bytes = concat(parts, pending, new Uint8Array(0));
        const text = stripCR(decoder.decode(bytes));
        yield keepBytes
          ? { line, text, offset, terminated: false, bytes }
          : { line, text, offset, terminated: false };
      } else yield { line, text: stripCR(textPart), offset, terminated: false };
      parts = [];
      textPart = '';
      pending = 0;
    },
  };
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
