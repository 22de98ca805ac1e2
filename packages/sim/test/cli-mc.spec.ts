import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo, main } from '../../cli/src/index.js';

const sweep = ['issg-2015-2016', '--runs', '9', '--seed', '4', '--days', '30', '--workers', '0'];

describe('parley mc', () => {
  it('prints the summary as JSON', async () => {
    const io = bufferIo();
    expect(await main(['mc', ...sweep, '--json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as {
      spec: { seed: number };
      outcomes: { runs: number };
      summary: { days: number };
    };
    expect(out.spec.seed).toBe(4);
    expect(out.outcomes.runs).toBe(9);
    expect(out.summary.days).toBe(30);
  });

  it('--shard outputs merged with --merge equal the whole sweep, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-mc-'));
    const io = bufferIo({ cwd: dir });
    expect(await main(['mc', ...sweep, '--out', 'whole.ndjson'], io)).toBe(0);
    for (const k of [1, 2])
      expect(await main(['mc', ...sweep, '--shard', `${k}/2`, '--out', `s${k}.ndjson`], io)).toBe(0);
    expect(await main(['mc', '--merge', 's2.ndjson', 's1.ndjson', '--out', 'merged.ndjson'], io)).toBe(0);
    expect(readFileSync(join(dir, 'merged.ndjson'), 'utf8')).toBe(
      readFileSync(join(dir, 'whole.ndjson'), 'utf8'),
    );
  });

  it('--merge of a file that is not a shard, or is missing, is bad input: exit 1, FILE:LINE: reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-mc-'));
    const io = bufferIo({ cwd: dir });
    expect(await main(['mc', ...sweep, '--shard', '1/2', '--out', 's1.ndjson'], io)).toBe(0);
    writeFileSync(join(dir, 'garbage.ndjson'), 'not json at all\n');
    const bad = bufferIo({ cwd: dir });
    expect(await main(['mc', '--merge', 's1.ndjson', 'garbage.ndjson', '--out', 'm.ndjson'], bad)).toBe(1);
    expect(bad.err().trim().split('\n')).toEqual([
      'garbage.ndjson:1: not JSON: not the NDJSON output of `parley mc --shard K/N`',
    ]);
    const cut = readFileSync(join(dir, 's1.ndjson'), 'utf8').split('\n');
    writeFileSync(join(dir, 'cut.ndjson'), [cut[0], cut[2], '{"kind":"run",'].join('\n'));
    const torn = bufferIo({ cwd: dir });
    expect(await main(['mc', '--merge', 'cut.ndjson', '--out', 'm.ndjson'], torn)).toBe(1);
    expect(torn.err()).toMatch(
      /^cut\.ndjson:2: expected run 0 next, found run 1: a shard is missing or repeated\n$/,
    );
    const missing = bufferIo({ cwd: dir });
    expect(await main(['mc', '--merge', 's1.ndjson', 'nope.ndjson'], missing)).toBe(1);
    expect(missing.err()).toBe('nope.ndjson: no such file\n');
    const short = bufferIo({ cwd: dir });
    expect(await main(['mc', '--merge', 's1.ndjson', '--out', 'm.ndjson'], short)).toBe(1);
    expect(short.err()).toMatch(/^s1\.ndjson: the shards hold \d+ of 9 runs; a shard is missing\n$/);
  });

  it('wrong usage exits 2 with one line', async () => {
    const io = bufferIo();
    expect(await main(['mc', 'issg-2015-2016', '--runs', '3', '--set', 'monitoring.nope=1'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
