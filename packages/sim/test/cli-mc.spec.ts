import { mkdtempSync, readFileSync } from 'node:fs';
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

  it('wrong usage exits 2 with one line', async () => {
    const io = bufferIo();
    expect(await main(['mc', 'issg-2015-2016', '--runs', '3', '--set', 'monitoring.nope=1'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
