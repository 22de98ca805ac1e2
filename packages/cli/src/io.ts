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
  /** Columns of the terminal standard output is, when it is one. */
  readonly columns?: number;
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
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
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
  options: {
    isTTY?: boolean;
    env?: Record<string, string>;
    cwd?: string;
    columns?: number;
    fs?: OutputFs;
  } = {},
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
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.fs ? { fs: options.fs } : {}),
    out: () => out,
    err: () => err,
  };
}

/**
 * Whether to colour output, by the conventions of well-kept Node CLIs: `NO_COLOR` (any non-empty value)
 * turns it off and wins over everything; `FORCE_COLOR=0` or `false` turns it off; any other non-empty
 * `FORCE_COLOR` turns it on even when piped; otherwise colour on a terminal (not `TERM=dumb`) only.
 * The `--no-color` flag sets `NO_COLOR` for the run.
 *
 * @example
 * ```ts
 * useColor(bufferIo({ isTTY: true, env: { NO_COLOR: '1' } })); // false
 * useColor(bufferIo({ env: { NO_COLOR: '1', FORCE_COLOR: '1' } })); // false: NO_COLOR wins
 * useColor(bufferIo({ env: { FORCE_COLOR: '1' } })); // true, although piped
 * ```
 */
export function useColor(io: Io): boolean {
  const no = io.env.NO_COLOR;
  if (no !== undefined && no !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** The narrowest width tables and charts are laid out for, whatever the terminal says. */
export const MIN_WIDTH = 40;

/**
 * The width tables, charts and paragraphs fit in: `COLUMNS` when set to a number, else the terminal's
 * width (`process.stdout.columns`, `io.columns`), else 80 (piped output); never below {@link MIN_WIDTH}.
 *
 * @example
 * ```ts
 * outputWidth(bufferIo()); // 80: piped
 * outputWidth(bufferIo({ env: { COLUMNS: '120' } })); // 120
 * ```
 */
export function outputWidth(io: Io): number {
  const env = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const width = Number.isFinite(env) && env > 0 ? env : io.isTTY && io.columns ? io.columns : 80;
  return Math.max(MIN_WIDTH, width);
}

export type Colors = ReturnType<typeof createColors>;

/** Picocolors bound to the decision of {@link useColor}. */
export function colorsFor(io: Io): Colors {
  return createColors(useColor(io));
}
