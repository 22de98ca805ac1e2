import { readFile, stat } from 'node:fs/promises';
import { BadInput } from '../errors.js';
import { ioReason } from '../output/io-reason.js';

/** Largest input file read whole (a log, a sweep shard): 1 GiB. A larger file is refused, not read until memory runs out. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Read an input file whole, after checking with `stat` that it is a regular file of a sane size: a
 * directory, a device (`/dev/zero`), a FIFO or a socket is bad input (one line naming the path), never
 * read until memory runs out or waited on forever. I/O errors become bad input naming the path and the
 * reason (`ENOENT`, `EACCES`, `EISDIR`, …).
 *
 * @example
 * ```ts
 * const bytes = await readInputFile('/abs/run.ndjson', 'run.ndjson');
 * ```
 */
export async function readInputFile(file: string, shown: string): Promise<Buffer> {
  await checkInputFile(file, shown);
  try {
    return await readFile(file);
  } catch (e) {
    throw new BadInput([{ file: shown, reason: ioReason(e, 'cannot read') }]);
  }
}

/**
 * Check that `file` is a regular file Parley may read whole (see {@link readInputFile}), without reading it.
 *
 * @example
 * ```ts
 * await checkInputFile('/abs/shard-1.ndjson', 'shard-1.ndjson');
 * ```
 */
export async function checkInputFile(file: string, shown: string): Promise<void> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(file);
  } catch (e) {
    throw new BadInput([{ file: shown, reason: ioReason(e, 'cannot read') }]);
  }
  if (st.isDirectory()) throw new BadInput([{ file: shown, reason: 'is a directory, not a file (EISDIR)' }]);
  if (!st.isFile())
    throw new BadInput([
      {
        file: shown,
        reason: `is not a regular file (${st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : 'a device'}); give the path of a file`,
      },
    ]);
  if (st.size > MAX_INPUT_BYTES)
    throw new BadInput([
      {
        file: shown,
        reason: `is ${st.size} bytes, more than the ${MAX_INPUT_BYTES} bytes parley reads whole; split it or read it with @parley/core's readLog`,
      },
    ]);
}
