import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliContext } from '../context.js';
import { BadInput, WrongUsage } from '../errors.js';
import { ioReason } from './io-reason.js';
import { nodeFs, type OutputFs } from './output-fs.js';

/** An output being written: chunks go to a temporary file that `commit` renames over the path. */
export interface AtomicOutput {
  /** Append a chunk (checked for short writes and errors). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** fsync, close and rename into place (then fsync the directory): the output is done. */
  commit(): Promise<void>;
  /** Give up: close and remove the temporary file; the path keeps what it held before. */
  abort(): Promise<void>;
}

export interface OutputOptions {
  /** Files the command reads (absolute paths): an output that is one of them is refused before anything is written. */
  readonly inputs?: readonly string[];
  /** The flag that named the output, for messages (`--html`). */
  readonly flag?: string;
}

/**
 * Open an output file for atomic writing: a temporary file in the same directory, written with every
 * short write and error checked, fsynced, then renamed over `file`, so the path holds its old content or
 * the whole new one, never a part. Refused before anything is written: an output that resolves to one of
 * `inputs` (same real path, or same device and inode), a directory, or anything that is not a regular
 * file (a device, a FIFO). A failure removes the temporary file and is bad input naming the path and the
 * reason (`ENOSPC`, `EROFS`, `EACCES`, `ENOENT`, `EISDIR`), so the command exits 1 and never reports done.
 *
 * @example
 * ```ts
 * const out = await openOutput(ctx, 'sweep.ndjson', { inputs: [], flag: '--out' });
 * try { await out.write('…\n'); await out.commit(); } catch (e) { await out.abort(); throw e; }
 * ```
 */
export async function openOutput(
  ctx: CliContext,
  shown: string,
  options: OutputOptions = {},
): Promise<AtomicOutput> {
  const fs: OutputFs = ctx.io.fs ?? nodeFs;
  const fail = (e: unknown): Error =>
    e instanceof BadInput || e instanceof WrongUsage
      ? e
      : new BadInput([{ file: shown, reason: `cannot write: ${ioReason(e, 'cannot write')}` }]);
  const { target, existing } = await checkOutput(ctx, shown, options);
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fh: FileHandle | undefined;
  try {
    fh = await fs.open(tmp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (e) {
    throw fail(e);
  }
  const handle = fh;
  let finished = false;
  const abort = async () => {
    if (finished) return;
    finished = true;
    await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
  };
  return {
    async write(chunk) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      try {
        for (let done = 0; done < buf.length; ) {
          const { bytesWritten } = await handle.write(buf, done, buf.length - done);
          if (bytesWritten <= 0)
            throw Object.assign(new Error('short write'), { code: 'EIO', syscall: 'write' });
          done += bytesWritten;
        }
      } catch (e) {
        await abort();
        throw fail(e);
      }
    },
    async commit() {
      try {
        await handle.sync();
        await handle.close();
        finished = true;
        await fs.rename(tmp, target);
      } catch (e) {
        finished = false;
        await abort();
        throw fail(e);
      }
      await syncDir(fs, dirname(target));
    },
    abort,
  };
}

/**
 * Check an output path before any work is done (what {@link openOutput} checks first): refuse a
 * directory, a path that is not a regular file, and an output that resolves to one of `inputs`; returns
 * the path to write (through a symbolic link) and what is there now.
 *
 * @example
 * ```ts
 * await checkOutput(ctx, 'in.ndjson', { inputs: ['/abs/in.ndjson'], flag: '--html' }); // throws WrongUsage
 * ```
 */
export async function checkOutput(
  ctx: CliContext,
  shown: string,
  options: OutputOptions = {},
): Promise<{ target: string; existing: Stats | undefined }> {
  const fs: OutputFs = ctx.io.fs ?? nodeFs;
  let target = ctx.resolvePath(shown);
  const existing = await fs.stat(target).catch(() => undefined);
  if (!existing) return { target, existing };
  if (existing.isDirectory())
    throw new BadInput([{ file: shown, reason: 'cannot write: is a directory (EISDIR)' }]);
  if (!existing.isFile())
    throw new BadInput([
      {
        file: shown,
        reason: 'cannot write: not a regular file (a device, FIFO or socket); give the path of a file',
      },
    ]);
  // write through a symbolic link to the file it names, as writing in place would
  target = await fs.realpath(target).catch(() => target);
  for (const input of options.inputs ?? []) {
    const st = await fs.stat(input).catch(() => undefined);
    const same =
      st !== undefined &&
      ((st.dev === existing.dev && st.ino === existing.ino) ||
        (await fs.realpath(input).catch(() => input)) === target);
    if (same)
      throw new WrongUsage(
        `${options.flag ?? 'the output'} ${shown} is an input of this command; writing it would destroy that input: give another file`,
      );
  }
  return { target, existing };
}

/**
 * Write a whole output atomically (see {@link openOutput}): a string, or chunks as they come.
 *
 * @example
 * ```ts
 * await writeOutput(ctx, 'issg.html', html, { inputs: [logPath], flag: '--html' });
 * ```
 */
export async function writeOutput(
  ctx: CliContext,
  shown: string,
  content: string | Iterable<string> | AsyncIterable<string>,
  options: OutputOptions = {},
): Promise<void> {
  const out = await openOutput(ctx, shown, options);
  try {
    if (typeof content === 'string') await out.write(content);
    else for await (const chunk of content) await out.write(chunk);
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
}

async function syncDir(fs: OutputFs, dir: string): Promise<void> {
  const d = await fs.open(dir, 'r').catch(() => undefined);
  if (!d) return;
  await d.sync().catch(() => undefined);
  await d.close().catch(() => undefined);
}
