import { open, readFile, unlink } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { FileStoreWarning } from './warnings.js';

/**
 * The lock file that keeps a second writer off a log: `<log>.lock`, holding the owner's pid.
 *
 * @example
 * ```ts
 * lockPath('vienna.ndjson'); // 'vienna.ndjson.lock'
 * ```
 */
export function lockPath(path: string): string {
  return `${path}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the exclusive lock of a log, or throw a `UsageError` naming the process that holds it. A lock left
 * by a process that no longer runs (a crash) is taken over with a `stale-lock` warning. Returns the
 * function that releases the lock.
 *
 * The lock is advisory and local: it keeps two `fileStore`s (in one process or several on one machine)
 * from writing the same file; it does not protect logs on network file systems.
 *
 * @example
 * ```ts
 * const release = await acquireLock('log.ndjson', console.warn);
 * try { … } finally { await release(); }
 * ```
 */
export async function acquireLock(
  path: string,
  warn: (w: FileStoreWarning) => void,
): Promise<() => Promise<void>> {
  const lock = lockPath(path);
  const mine = `${process.pid}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(lock, 'wx');
      try {
        await fh.writeFile(mine);
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        const now = await readFile(lock, 'utf8').catch(() => undefined);
        if (now === mine) await unlink(lock).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw held(path, lock, await ownerOf(lock));
        throw e;
      }
      const owner = await ownerOf(lock);
      if (owner === undefined || owner === process.pid || isAlive(owner)) throw held(path, lock, owner);
      warn({
        code: 'stale-lock',
        file: path,
        message: `${path}: took over the lock file ${lock} left by process ${owner}, which is no longer running`,
      });
      await unlink(lock).catch(() => undefined);
    }
  }
}

async function ownerOf(lock: string): Promise<number | undefined> {
  const text = await readFile(lock, 'utf8').catch(() => '');
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function held(path: string, lock: string, owner: number | undefined): UsageError {
  const who = owner === process.pid ? 'this process' : `process ${owner ?? '(unknown)'}`;
  return new UsageError(
    `fileStore("${path}"): the log is already open for writing by ${who} (lock file ${lock}); close that store first, or, if no process uses the log, delete the lock file`,
  );
}
