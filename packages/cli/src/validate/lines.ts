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
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) end--;
      out.push({ line: ++n, bytes: bytes.subarray(start, end), torn: false });
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push({ line: ++n, bytes: bytes.subarray(start), torn: true });
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode a line as text, or say why it is binary garbage: not UTF-8, or a control character
 * (anything below U+0020 but tab, and DEL) where a JSON line can have none.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { garbage: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { garbage: `binary garbage: not UTF-8 text (byte 0x${hex(bytes[at] ?? 0)} at column ${at + 1})` };
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f)
      return {
        garbage: `binary garbage: control character U+${c.toString(16).padStart(4, '0').toUpperCase()} at column ${i + 1}`,
      };
  }
  return { text };
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0').toUpperCase();
}

/** Index of the first byte that breaks UTF-8 (a bad lead byte, a missing continuation, an overlong form). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
