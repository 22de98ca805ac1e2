/** One physical line of a file, as bytes, with its 1-based number. */
export interface RawLine {
  readonly line: number;
  readonly bytes: Uint8Array;
  /** True for the last line when the file does not end with a newline (a write cut short). */
  readonly torn: boolean;
}

/** Split a file's bytes on `\n`; the text after the last newline, if any, is a torn line. */
export function splitLines(bytes: Uint8Array): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      // a \r before the newline is dropped with the text (core's lineText), as every reader of logs does
      out.push({ line: ++n, bytes: bytes.subarray(start, i), torn: false });
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push({ line: ++n, bytes: bytes.subarray(start), torn: true });
  return out;
}
