/** What each common I/O error means, for one-line messages that name the path and the reason. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
  EXDEV: 'not on the same file system',
  EBUSY: 'the resource is busy',
};

/**
 * The reason of an I/O error for a one-line message: `no such file (ENOENT)`, `no space left on the device
 * (ENOSPC)`; `fallback` with the error's message for an error without a known code.
 *
 * @example
 * ```ts
 * ioReason(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'cannot write'); // 'no space left on the device (ENOSPC)'
 * ```
 */
export function ioReason(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    if (code === 'ENOENT' && fallback === 'cannot read') return 'no such file';
    // a file being created is missing only when its directory is
    if (code === 'ENOENT' && fallback === 'cannot write') return 'no such directory (ENOENT)';
    return `${REASONS[code] ?? fallback} (${code})`;
  }
  return `${fallback}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
}

/** True for an error of the file system or the operating system (it has a `code` such as `ENOSPC`). */
export function isIoError(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error &&
    typeof (e as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code!) &&
    typeof (e as NodeJS.ErrnoException).syscall === 'string'
  );
}
