import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { corpus } from './fixtures/corpus.js';
import { parley, ROOT, requireBuilt, STACK } from './helpers.js';

// End to end: `parley validate` on the corpus of corrupted logs (test/cli/fixtures/logs, from corpus.ts).
beforeAll(requireBuilt);
// Each test spawns node; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const fixtures = corpus();
const rel = (name: string) => `test/cli/fixtures/logs/${name}`;
const sha = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(ROOT, file)))
    .digest('hex');

describe('the corpus', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s is committed and current', (_n, f) => {
    expect(Buffer.from(readFileSync(join(ROOT, rel(f.name)))).equals(Buffer.from(f.bytes))).toBe(true);
  });

  it('covers every fault of the issue', () => {
    const faults = fixtures.map((f) => f.fault).join('\n');
    for (const fault of [
      'malformed JSON',
      'unknown event type',
      'schema error',
      'missing field',
      'gap in seq',
      'duplicate seq',
      'world time going backwards',
      'unknown party id',
      'without an upcaster',
      '__proto__',
      'binary garbage',
      'torn last line',
    ])
      expect(faults).toContain(fault);
  });
});

describe.concurrent('parley validate', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every problem on its own line, naming the right line',
    async (_n, f) => {
      const file = rel(f.name);
      const before = sha(file);
      const r = await parley(['validate', file]);
      expect(sha(file)).toBe(before); // nothing is modified
      expect(r.stderr).not.toMatch(STACK);
      const expected = [...f.problems, ...(f.warnings ?? [])].sort((a, b) => a.line - b.line);
      if (f.problems.length === 0) {
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/: ok \(\d+ records?\)/);
        if (expected.length === 0) expect(r.stderr).toBe('');
      } else expect(r.code).toBe(1);
      const lines = r.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => l !== '');
      expect(lines).toHaveLength(expected.length);
      expected.forEach((p, i) => {
        const m = /^(.+):(\d+): (.+)$/.exec(lines[i]!);
        expect(m, lines[i]).not.toBeNull();
        expect(m![1]).toBe(file);
        expect(Number(m![2])).toBe(p.line);
        expect(m![3]).toMatch(p.reason);
      });
    },
  );

  it('a missing file is bad input (exit 1)', async () => {
    const r = await parley(['validate', 'no/such/log.ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('no/such/log.ndjson: no such file');
  });

  it('a log written by parley run --out is valid', async () => {
    const r = await parley(['validate', rel('valid.ndjson')]);
    expect(r.code).toBe(0);
  });
});
