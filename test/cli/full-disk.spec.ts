import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, type OutputFs } from '../../packages/cli/src/output/output-fs.js';
import { tempDir } from '../../packages/core/test/fixtures/tmp.js';
import { STACK } from './helpers.js';

// Every command that writes a file (issue 15): on a full disk, a read-only file system, a missing
// directory or a directory in the way, it exits non-zero with one line naming the path and the reason,
// never reports done, and leaves no part of a file (the path keeps what it held before; no temporary file).

const tmp = tempDir('parley-full-');
const MC = ['--runs', '6', '--seed', '1', '--days', '20', '--workers', '0'];

/** Each command that writes, given the output path; `done` is what it prints when it has written. */
const WRITERS: { name: string; args: (out: string, dir: string) => string[]; done: RegExp; ext: string }[] = [
  {
    name: 'run --out',
    ext: 'ndjson',
    args: (o) => ['run', 'issg-2015-2016', '--out', o],
    done: /log written to/,
  },
  {
    name: 'report --html',
    ext: 'html',
    args: (o) => ['report', 'issg-2015-2016', '--html', o],
    done: /^Wrote /m,
  },
  {
    name: 'mc --out',
    ext: 'ndjson',
    args: (o) => ['mc', 'issg-2015-2016', ...MC, '--out', o],
    done: /Monte Carlo:/,
  },
  {
    name: 'mc --csv',
    ext: 'csv',
    // a long horizon, so the CSV (a row a day) is larger than the space left
    args: (o) => ['mc', 'issg-2015-2016', ...MC, '--days', '300', '--csv', o],
    done: /Monte Carlo:/,
  },
  {
    name: 'mc --log',
    ext: 'ndjson',
    args: (o) => ['mc', 'issg-2015-2016', ...MC, '--log', o],
    done: /^wrote run/m,
  },
  {
    name: 'mc --merge --out',
    ext: 'ndjson',
    args: (o, dir) => ['mc', '--merge', join(dir, 'shard-1.ndjson'), join(dir, 'shard-2.ndjson'), '--out', o],
    done: /Monte Carlo:/,
  },
];

let shards = '';
beforeAll(async () => {
  shards = join(tmp.dir, 'shards');
  mkdirSync(shards);
  for (const k of [1, 2]) {
    const io = bufferIo({ cwd: shards });
    expect(
      await main(['mc', 'issg-2015-2016', ...MC, '--shard', `${k}/2`, '--out', `shard-${k}.ndjson`], io),
    ).toBe(0);
  }
}, 120_000);

async function expectFailure(
  w: (typeof WRITERS)[number],
  out: string,
  reason: RegExp,
  io = bufferIo(),
): Promise<void> {
  const before = existsSync(out) ? readFileSync(out) : undefined;
  const code = await main(w.args(out, shards), io);
  const err = io.err().trim();
  expect(code, `${w.name}: ${err}`).toBe(1);
  expect(err.split('\n'), `${w.name}: one line`).toHaveLength(1);
  expect(err).toContain(out);
  expect(err).toMatch(reason);
  expect(err).not.toMatch(STACK);
  expect(io.out()).not.toMatch(w.done);
  if (before) expect(readFileSync(out).equals(before), `${w.name}: the old file is kept`).toBe(true);
  else expect(existsSync(out), `${w.name}: no file is left`).toBe(false);
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

const mounts: string[] = [];
// at the top level, so it runs (before the temporary directory is removed) even when a filter skips a block
afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
});

/** A small tmpfs (root only); false where the machine does not allow one. */
function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

describe('writing on a full disk (a 96 KiB tmpfs)', () => {
  const dir = join(tmp.dir, 'full');
  mkdirSync(dir);
  const mounted = mountTmpfs(dir, 'size=96k');

  it.skipIf(!mounted).each(WRITERS.map((w) => [w.name, w] as const))('%s', async (_n, w) => {
    // fill the disk to a few KiB of its end, so the output starts and then runs out of space
    const filler = join(dir, 'filler');
    writeFileSync(filler, '');
    try {
      writeFileSync(filler, Buffer.alloc(200 * 1024));
    } catch {
      // ENOSPC: the filler took what there was
    }
    const size = readFileSync(filler).length;
    writeFileSync(filler, Buffer.alloc(Math.max(0, size - 4 * 1024)));
    const out = join(dir, `out.${w.ext}`);
    await expectFailure(w, out, /no space left on the device \(ENOSPC\)/);
    // an existing output is kept as it was
    writeFileSync(out, 'the old output\n');
    await expectFailure(w, out, /ENOSPC/);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('writing on a read-only file system', () => {
  const dir = join(tmp.dir, 'ro');
  mkdirSync(dir);
  const mounted = mountTmpfs(dir, 'size=64k,ro');
  it.skipIf(!mounted).each(WRITERS.map((w) => [w.name, w] as const))('%s', async (_n, w) => {
    await expectFailure(w, join(dir, `out.${w.ext}`), /read-only file system \(EROFS\)/);
  });
});

/** A file system whose writes stop after `budget` bytes: a short write, then ENOSPC (or `code`). */
function failingFs(budget: number, code = 'ENOSPC'): OutputFs {
  return {
    ...nodeFs,
    open: (async (...args: Parameters<typeof nodeFs.open>) => {
      const fh = await nodeFs.open(...args);
      let left = budget;
      return new Proxy(fh, {
        get(target, prop) {
          if (prop === 'write')
            return async (buf: Uint8Array, offset = 0, length = buf.length - offset) => {
              if (left <= 0) throw Object.assign(new Error(`${code}: injected`), { code, syscall: 'write' });
              const n = Math.min(left, length, 1000);
              left -= n;
              return fh.write(buf, offset, n);
            };
          const v = Reflect.get(target, prop, target);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      }) as FileHandle;
    }) as OutputFs['open'],
  };
}

describe('an injected write failure (any machine)', () => {
  it.each(WRITERS.map((w) => [w.name, w] as const))('%s: short writes, then ENOSPC', async (_n, w) => {
    const dir = join(tmp.dir, `inject-${w.name.replace(/\W+/g, '-')}`);
    mkdirSync(dir);
    const out = join(dir, `out.${w.ext}`);
    await expectFailure(w, out, /ENOSPC/, bufferIo({ fs: failingFs(2500) }));
    writeFileSync(out, 'the old output\n');
    await expectFailure(w, out, /EIO/, bufferIo({ fs: failingFs(10, 'EIO') }));
    expect(leftovers(dir)).toEqual([]);
  });

  it.each(WRITERS.map((w) => [w.name, w] as const))(
    '%s: a missing directory, a directory in the way',
    async (_n, w) => {
      await expectFailure(w, join(tmp.dir, 'no', 'such', `out.${w.ext}`), /\(ENOENT\)/);
      const d = join(tmp.dir, `a-dir-${w.name.replace(/\W+/g, '-')}.${w.ext}`);
      mkdirSync(d);
      const io = bufferIo();
      expect(await main(w.args(d, shards), io)).toBe(1);
      expect(io.err().trim()).toMatch(/is a directory \(EISDIR\)/);
    },
  );
});

describe('an output that is an input', () => {
  it('report in.ndjson --html in.ndjson is refused before anything is written, through a link too', async () => {
    const dir = join(tmp.dir, 'clobber');
    mkdirSync(dir);
    const log = join(dir, 'in.ndjson');
    expect(await main(['run', 'issg-2015-2016', '--until', '2015-11-14', '--out', log], bufferIo())).toBe(0);
    const before = readFileSync(log);
    for (const target of [log, join(dir, '.', 'in.ndjson')]) {
      const io = bufferIo({ cwd: dir });
      expect(await main(['report', 'in.ndjson', '--html', target], io)).toBe(2);
      expect(io.err()).toMatch(/--html .* is an input of this command/);
      expect(readFileSync(log).equals(before)).toBe(true);
    }
    execFileSync('ln', ['-s', log, join(dir, 'link.html')]);
    const io = bufferIo({ cwd: dir });
    expect(await main(['report', 'in.ndjson', '--html', 'link.html'], io)).toBe(2);
    expect(readFileSync(log).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('mc --merge a b --out a is refused and a is kept', async () => {
    const a = join(shards, 'shard-1.ndjson');
    const before = readFileSync(a);
    const io = bufferIo();
    expect(await main(['mc', '--merge', a, join(shards, 'shard-2.ndjson'), '--out', a], io)).toBe(2);
    expect(io.err()).toMatch(/--out .* is an input of this command/);
    expect(readFileSync(a).equals(before)).toBe(true);
  });
});
