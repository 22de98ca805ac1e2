import { randomBytes, randomInt } from 'node:crypto';
import { open, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { FileStoreWarning } from './warnings.js';

/**
 * The prefix of a log's lock claims: `<log>.lock` (the file older versions of Parley used, holding a
 * pid) and `<log>.lock.<pid>.<token>` (a claim of this version; see {@link acquireLock}).
 *
 * @example
 * ```ts
 * lockPath('vienna.ndjson'); // 'vienna.ndjson.lock'
 * ```
 */
export function lockPath(path: string): string {
  return `${path}.lock`;
}

/** A claim on a log: its file, and the process that made it (undefined: unreadable, treated as dead). */
interface Claim {
  readonly file: string;
  readonly pid: number | undefined;
  /** The single `<log>.lock` file of older versions (pid inside, possibly empty after a full disk). */
  readonly legacy: boolean;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const CLAIM = /^(\d+)\.([0-9a-f]{16})$/;

/** Every claim on `path` now in its directory (new-style claims and an old `<log>.lock`). */
async function claims(path: string): Promise<Claim[]> {
  const dir = dirname(path);
  const prefix = `${basename(lockPath(path))}.`;
  const out: Claim[] = [];
  for (const name of await readdir(dir)) {
    if (name === basename(lockPath(path))) {
      const text = await readFile(join(dir, name), 'utf8').catch(() => undefined);
      if (text === undefined) continue; // removed meanwhile
      const pid = Number.parseInt(text, 10);
      out.push({ file: join(dir, name), pid: pid > 0 ? pid : undefined, legacy: true });
      continue;
    }
    if (!name.startsWith(prefix)) continue;
    const m = CLAIM.exec(name.slice(prefix.length));
    if (m) out.push({ file: join(dir, name), pid: Number(m[1]), legacy: false });
  }
  return out;
}

/**
 * The process holding the lock of `path`, or undefined when no live process holds it.
 *
 * @example
 * ```ts
 * if ((await lockHolder('log.ndjson')) !== undefined) throw new Error('the log is open');
 * ```
 */
export async function lockHolder(path: string): Promise<{ pid: number; file: string } | undefined> {
  for (const c of await claims(path).catch(() => []))
    if (c.pid !== undefined && isAlive(c.pid)) return { pid: c.pid, file: c.file };
  return undefined;
}

const ATTEMPTS = 12;

/** Claims this process holds (open stores): a claim of this process not in here is a racing open. */
const ours = new Set<string>();

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Take the exclusive lock of a log, or throw a `UsageError` naming the process that holds it. Returns the
 * function that releases the lock.
 *
 * How (correct under races, with no step that can remove a live owner's lock): a process claims the log
 * by creating its own file `<log>.lock.<pid>.<token>` (`O_EXCL`; the name says who made it, so the file
 * has no content to tear), then lists the directory. It holds the lock when the listing shows no other
 * claim of a live process; otherwise it removes its own claim and, after a short random pause, tries
 * again (a few times; then the log is held). Two processes cannot both hold it: each listed the directory
 * after creating its claim, so at least one of them saw the other's. Claims of processes that no longer
 * run (a crash) are removed with a `stale-lock` warning: their names are unique, so removing one can only
 * ever remove that dead process's claim. An old-style `<log>.lock` holding a live pid is respected; one
 * holding a dead pid, or nothing (a full disk while it was written), is removed.
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
  const mine = `${lockPath(path)}.${process.pid}.${randomBytes(8).toString('hex')}`;
  let holder: Claim | undefined;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(randomInt(1, 4 + 4 * attempt));
    const fh = await open(mine, 'wx');
    await fh.close();
    holder = undefined;
    try {
      for (const c of await claims(path)) {
        if (c.file === mine) continue;
        if (c.pid !== undefined && isAlive(c.pid)) {
          holder ??= c;
          continue;
        }
        // a dead process's claim: its name is unique to it, so this removes nothing anyone else holds
        const removed = await unlink(c.file).then(
          () => true,
          () => false,
        );
        if (removed)
          warn({
            code: 'stale-lock',
            file: path,
            message: `${path}: removed the lock file ${c.file} left by ${c.pid !== undefined ? `process ${c.pid}, which is no longer running` : 'a process that could not write its pid (a full disk?)'}`,
          });
      }
    } catch (e) {
      await unlink(mine).catch(() => undefined);
      throw e;
    }
    if (!holder) {
      ours.add(mine);
      return async () => {
        ours.delete(mine);
        await unlink(mine).catch(() => undefined);
      };
    }
    await unlink(mine).catch(() => undefined);
    // a store this process has open is no racer: no point in waiting for it
    if (ours.has(holder.file)) break;
  }
  throw held(path, holder);
}

function held(path: string, holder: Claim | undefined): UsageError {
  const pid = holder?.pid;
  const who = pid === process.pid ? 'this process' : `process ${pid ?? '(unknown)'}`;
  return new UsageError(
    `fileStore("${path}"): the log is already open for writing by ${who} (lock file ${holder?.file ?? lockPath(path)}); close that store first, or, if no process uses the log, delete the lock file`,
  );
}
