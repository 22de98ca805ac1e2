import * as fsp from 'node:fs/promises';

/**
 * The file-system calls the CLI makes to write its outputs: node's `fs/promises` by default; tests inject
 * one whose writes fail (a full disk, a read-only file system) through `Io.fs`.
 */
export interface OutputFs {
  readonly open: typeof fsp.open;
  readonly rename: typeof fsp.rename;
  readonly unlink: typeof fsp.unlink;
  readonly stat: typeof fsp.stat;
  readonly lstat: typeof fsp.lstat;
  readonly realpath: typeof fsp.realpath;
}

/** Node's own file system. */
export const nodeFs: OutputFs = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  stat: fsp.stat,
  lstat: fsp.lstat,
  realpath: fsp.realpath,
};
