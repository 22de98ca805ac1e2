import { randomBytes } from 'node:crypto';
import type { Colors, Io } from '../io.js';

/**
 * Characters a terminal acts on rather than shows: C0 controls but tab and newline (so ESC, which starts
 * every escape sequence — window titles, cursor queries the terminal answers, OSC-8 links — and CR, which
 * overwrites a line), DEL, C1 controls (U+0080–U+009F: U+009B is a CSI on its own), and the bidirectional
 * overrides and isolates that reorder what is shown.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Show the control characters of `text` escaped (`\u001b`, `\u007f`, `\u009b`), so text from data can never
 * drive the terminal it is printed on. The `\uXXXX` form is also a JSON escape: inside a JSON string the
 * result still decodes to the original text.
 *
 * @example
 * ```ts
 * escapeControls('title\u001b]0;owned\u0007'); // 'title\\u001b]0;owned\\u0007'
 * ```
 */
export function escapeControls(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, escapeOne) : text;
}

/**
 * Where our own colour sequences start, in text on its way out: a private-use character and a random
 * nonce, which data cannot contain by chance nor guess, turned back into `ESC [` by {@link terminalIo}
 * after every control character of the data has been escaped.
 */
const MARK = `\ue000${randomBytes(6).toString('hex')}`;
const ESC_BRACKET = '\u001b[';

/**
 * The one exit of everything the CLI prints: an {@link Io} whose `stdout` and `stderr` escape every control
 * character (see {@link escapeControls}) and then restore only the colour sequences {@link terminalColors}
 * made. Every command prints through it (the context's `io` and `print`), so no byte of data reaches the
 * terminal raw: timeline, run, state, validate's messages, errors and warnings alike.
 *
 * @example
 * ```ts
 * const io = terminalIo(processIo());
 * io.stdout('\u001b]8;;https://evil\u0007click\n'); // prints \u001b]8;;https://evil\u0007click
 * ```
 */
export function terminalIo(io: Io): Io {
  const clean = (text: string) => escapeControls(text).replaceAll(MARK, ESC_BRACKET);
  return { ...io, stdout: (t) => io.stdout(clean(t)), stderr: (t) => io.stderr(clean(t)) };
}

/**
 * Colours whose escape sequences survive {@link terminalIo} (and nothing else does): each function escapes
 * the control characters of its argument, applies the colour, and marks its own sequences.
 *
 * @example
 * ```ts
 * const c = terminalColors(createColors(true));
 * terminalIo(io).stdout(c.red('alert')); // a red "alert"
 * ```
 */
export function terminalColors(colors: Colors): Colors {
  if (!colors.isColorSupported) return colors;
  const out: Colors = { ...colors };
  const slots = out as Record<keyof Colors, unknown>;
  for (const k of Object.keys(colors) as (keyof Colors)[]) {
    const v: unknown = colors[k];
    if (typeof v === 'function')
      slots[k] = (s: unknown) =>
        (v as (x: string) => string)(escapeControls(String(s))).replaceAll(ESC_BRACKET, MARK);
  }
  return out;
}
