import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A temporary path next to `file` (same directory, so the final rename is atomic). */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Write `text` to `file` through a temporary file and a rename: readers see the old file or the whole new one. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = tempPathFor(file);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
