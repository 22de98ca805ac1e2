import { createColors } from 'picocolors';
import type { OutputFs } from './output/output-fs.js';

/** Where the command reads and writes: the process by default, buffers in tests. */
export interface Io {
  /** Write to standard output (text is written as given; add your own newlines). */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** True when standard output is a terminal: colour, progress and wide charts only then. */
  readonly isTTY: boolean;
  /** True when standard error is a terminal (progress bars go there). */
  readonly isErrTTY: boolean;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** The stream progress bars draw on (standard error of the process); absent in tests. */
  readonly progressStream?: NodeJS.WritableStream;
  /** The file system outputs are written through (default node's); tests inject failing writes. */
  readonly fs?: OutputFs;
}

/**
 * The process's own streams and environment.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    isErrTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    progressStream: process.stderr,
  };
}

/**
 * An in-memory {@link Io} for tests and embedding: collects everything written.
 *
 * @example
 * ```ts
 * const io = bufferIo();
 * await main(['scenarios'], io);
 * io.out(); // the text printed on standard output
 * ```
 */
export function bufferIo(
  options: { isTTY?: boolean; env?: Record<string, string>; cwd?: string; fs?: OutputFs } = {},
): Io & {
  out(): string;
  err(): string;
} {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    isTTY: options.isTTY ?? false,
    isErrTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.fs ? { fs: options.fs } : {}),
    out: () => out,
    err: () => err,
  };
}

/**
 * Whether to colour output: on a terminal, unless `NO_COLOR` is set; `FORCE_COLOR` forces it.
 *
 * @example
 * ```ts
 * useColor(bufferIo({ isTTY: true, env: { NO_COLOR: '1' } })); // false
 * ```
 */
export function useColor(io: Io): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  const no = io.env.NO_COLOR;
  if (no !== undefined && no !== '') return false;
  return io.isTTY && io.env.TERM !== 'dumb';
}

export type Colors = ReturnType<typeof createColors>;

/** Picocolors bound to the decision of {@link useColor}. */
export function colorsFor(io: Io): Colors {
  return createColors(useColor(io));
}
