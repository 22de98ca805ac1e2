import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built `parley` binary the end-to-end tests spawn. */
export const BIN = join(ROOT, 'packages', 'cli', 'dist', 'bin.js');

/** Fail with a clear message when the binary has not been built. */
export function requireBuilt(): void {
  if (!existsSync(BIN))
    throw new Error(
      `The parley binary is not built (${BIN} is missing). Build it first:\n` +
        '  pnpm -r --filter "./packages/*" build   (or: pnpm --filter @parley/cli build)\n' +
        'then run: pnpm vitest run test/cli',
    );
}

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawn `node packages/cli/dist/bin.js ...args` from the repository root, output piped (not a terminal). */
export function parley(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** No line wider than `width` characters. */
export function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map((l) => [...l].length));
}

/** A stack trace line, which a user's mistake must never print. */
export const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
