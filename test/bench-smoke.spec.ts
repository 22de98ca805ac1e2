import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REQUIRED_KEYS } from './bench/lib/report.js';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

// A smoke run of `pnpm bench --quick --json`: every figure is there and is a finite number. Never a timing
// bound: the figures themselves are checked against their goals by people, in docs/performance.md.
describe('pnpm bench --quick --json', () => {
  it('prints, as its last line, one JSON object with every figure as a finite number', async () => {
    const { stdout } = await exec(
      process.execPath,
      ['--conditions=@parley/source', '--import', 'tsx', 'test/bench/run.ts', '--quick', '--json'],
      { cwd: ROOT, maxBuffer: 16 << 20 },
    );
    const last = stdout.trim().split('\n').pop()!;
    const figures = JSON.parse(last) as Record<string, unknown>;
    for (const key of REQUIRED_KEYS) {
      expect(typeof figures[key], key).toBe('number');
      expect(Number.isFinite(figures[key]), key).toBe(true);
    }
  }, 600_000);
});
