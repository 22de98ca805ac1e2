import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/node.js', import.meta.url);
const built = [
  dist,
  ...['core', 'issg'].map((p) => new URL(`../../${p}/dist/index.js`, import.meta.url)),
].every((u) => existsSync(u));

/**
 * The built package's worker path: `dist/worker.js` on real worker threads. Runs only after a build
 * of core, issg and sim (`pnpm build`); compares the built package with itself in-process, so a stale build
 * cannot make it fail for the wrong reason.
 */
describe.skipIf(!built)('built package (dist)', () => {
  it('2 worker threads from dist give the same bytes as dist in-process', () => {
    const script = `
      const { sweepLines } = await import(${JSON.stringify(dist.href)});
      const { createHash } = await import('node:crypto');
      for (const workers of [0, 2]) {
        const h = createHash('sha256');
        for await (const l of sweepLines({ scenario: 'issg-2015-2016', runs: 12, seed: 3, days: 40, workers, chunkSize: 2 }))
          h.update(l + '\\n');
        console.log(h.digest('hex'));
      }`;
    const file = join(mkdtempSync(join(tmpdir(), 'parley-sim-dist-')), 'check.mjs');
    writeFileSync(file, script);
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const out = execFileSync(process.execPath, [file], { encoding: 'utf8', env });
    const [inProcess, workers] = out.trim().split('\n');
    expect(inProcess).toMatch(/^[0-9a-f]{64}$/);
    expect(workers).toBe(inProcess);
  });
});
