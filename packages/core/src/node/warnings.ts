/** Something a file store repaired or worked around, reported through `onWarning`. */
export interface FileStoreWarning {
  /**
   * - `torn-line`: the last line was cut off (or unreadable) by a crash mid-append and was truncated;
   * - `uncommitted-batch`: the log ended inside a multi-event append whose last record never reached the
   *   disk; its lines were truncated;
   * - `stale-lock`: the lock file of a process that no longer runs was taken over.
   */
  readonly code: 'torn-line' | 'uncommitted-batch' | 'stale-lock';
  readonly file: string;
  /** First line removed, for `torn-line` and `uncommitted-batch`. */
  readonly line?: number;
  readonly message: string;
}

/**
 * The default warning handler: `process.emitWarning` with type `ParleyWarning` and the warning's code.
 *
 * @example
 * ```ts
 * await fileStore(path, { onWarning: (w) => { log(w); emitWarning(w); } });
 * ```
 */
export function emitWarning(w: FileStoreWarning): void {
  process.emitWarning(w.message, {
    type: 'ParleyWarning',
    code: `PARLEY_${w.code.toUpperCase().replace(/-/g, '_')}`,
  });
}
