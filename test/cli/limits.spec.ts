import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../packages/core/test/fixtures/tmp.js';
import { STACK } from './helpers.js';

// Limits with clear errors (issue 15): no argument and no input runs the machine out of memory, hangs, or
// ends in a stack trace; each is one line with exit 2 (wrong usage) or 1 (bad input).

const tmp = tempDir('parley-limits-');

async function run(args: string[]): Promise<{ code: number; err: string }> {
  const io = bufferIo({ cwd: tmp.dir });
  const code = await main(args, io);
  const err = io.err().trim();
  expect(err).not.toMatch(STACK);
  expect(err).not.toMatch(/unexpected error/);
  expect(err.split('\n'), err).toHaveLength(1);
  return { code, err };
}

const MC = ['mc', 'issg-2015-2016', '--seed', '1'];

describe('limits of arguments', () => {
  it.each([
    [['--runs', '1000000000000'], /--runs.*more than 100000000.*--shard/],
    [['--runs', '1e12'], /--runs.*not a whole number/],
    [
      ['--runs', '10', '--workers', '1000'],
      /--workers 1000 is more than this machine's \d+ cores.*--force-workers/,
    ],
    [['--runs', '10', '--workers', '1000', '--force-workers'], /--workers 1000 is more than 256/],
    [['--runs', '10', '--days', '100000'], /--days.*more than 3650/],
    [
      ['--runs', '10', '--set', 'constructor.x=1'],
      /unknown parameter "constructor\.x"; accepted: .*monitoring\.enabled/,
    ],
    [['--runs', '10', '--set', '__proto__.polluted=1'], /accepted: /],
    [['--runs', '10', '--set', 'monitoring.prototype=1'], /accepted: /],
  ])('mc %j is wrong usage, one line', async (args, message) => {
    const { code, err } = await run([...MC, ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).x).toBeUndefined();
  });

  it('more workers than cores run when forced', async () => {
    const { code } = await run([
      ...MC,
      '--runs',
      '2',
      '--days',
      '5',
      '--workers',
      String(availableParallelism() + 1),
      '--force-workers',
      '--json',
    ]).catch(() => ({ code: -1 }));
    expect(code).toBe(0);
  }, 120_000);
});

describe('inputs that are not logs', () => {
  it.each(['validate', 'state', 'timeline', 'export'])(
    '%s: a directory, a device, a FIFO are bad input, never read or waited on',
    async (cmd) => {
      const dir = join(tmp.dir, `${cmd}-dir.ndjson`);
      mkdirSync(dir);
      const fifo = join(tmp.dir, `${cmd}-fifo.ndjson`);
      execFileSync('mkfifo', [fifo]);
      const extra = cmd === 'export' ? ['--to', 'cameo'] : [];
      for (const [input, reason] of [
        [dir, /is a directory/],
        [fifo, /not a regular file \(a FIFO\)/],
        ['/dev/zero', /not a (regular )?file/], // not .ndjson: read as a scenario script path
        [join(tmp.dir, 'missing.ndjson'), /no such file/],
      ] as const) {
        const { code, err } = await run([cmd, input, ...extra]);
        expect(code, err).toBe(1);
        expect(err).toContain(input);
        expect(err).toMatch(reason);
      }
    },
  );

  it('mc given a device or a directory as its scenario module is bad input', async () => {
    expect((await run(['mc', '/dev/zero', '--runs', '1'])).err).toMatch(/not a regular file \(a device\)/);
    expect((await run(['mc', tmp.dir, '--runs', '1'])).err).toMatch(/is a directory/);
  });

  it('mc --merge of a FIFO or a directory is bad input', async () => {
    const fifo = join(tmp.dir, 'shard.fifo');
    execFileSync('mkfifo', [fifo]);
    expect((await run(['mc', '--merge', fifo])).code).toBe(1);
    expect((await run(['mc', '--merge', tmp.dir])).err).toMatch(/is a directory/);
  });

  it('nesting 100,000 deep is bad input naming the line, in every reader', async () => {
    const file = join(tmp.dir, 'deep.ndjson');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(
      file,
      `{"stream":"s","seq":1,"id":"s:1","at":"2016-02-27","type":"e","v":1,"data":{"x":${deep}}}\n`,
    );
    for (const cmd of [['validate'], ['state'], ['timeline'], ['export', '--to', 'cameo']]) {
      const { code, err } = await run([cmd[0]!, file, ...cmd.slice(1)]);
      expect(code).toBe(1);
      expect(err).toMatch(/deep\.ndjson:1: .*nested deeper than 256 levels/);
    }
  });

  it('a line longer than 64 MiB is bad input naming the line', async () => {
    const file = join(tmp.dir, 'long.ndjson');
    writeFileSync(file, Buffer.alloc(64 * 1024 * 1024 + 10, 0x61));
    const { code, err } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(err).toMatch(/long\.ndjson:1: line is longer than 67108864 bytes/);
  }, 60_000);
});
