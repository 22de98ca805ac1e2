import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Open a log for reading and writing, creating it (and making its directory entry durable) when absent.
 *
 * @example
 * ```ts
 * const fh = await openLog('vienna.ndjson');
 * ```
 */
export async function openLog(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const fh = await open(path, 'wx+');
  await syncDir(dirname(path));
  return fh;
}

/**
 * Make a new directory entry durable (a no-op where directories cannot be opened, e.g. Windows).
 *
 * @example
 * ```ts
 * await rename(tmp, path); await syncDir(dirname(path));
 * ```
 */
export async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, constants.O_RDONLY).catch(() => undefined);
  if (!d) return;
  try {
    await d.sync();
  } catch {
    // some platforms cannot fsync a directory; the file's own data is synced regardless
  } finally {
    await d.close();
  }
}
