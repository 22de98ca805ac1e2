import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './publicEntries.js';

// docs/postgres.md promises that its ```sh blocks run as written. This test runs them, in order, in one
// bash shell, in a scratch folder inside packages/core (so `@parley/core/node` resolves to this checkout);
// a ```ts block whose first line is `// name.ts` is written there first. Two liberties, neither changing
// what is checked: `source .ci/postgres.sh` gets the script's absolute path, and `npx tsx FILE.ts` runs
// as `node --conditions=@parley/source --import tsx FILE.ts` (the sources, no build needed).
// Blocks fenced as ```console are the operator's examples and are not run.
const doc = readFileSync(join(root, 'docs', 'postgres.md'), 'utf8');
const scratch = join(root, 'packages', 'core', '.tmp', 'docs-postgres');
const run = promisify(execFile);
const hasPostgres =
  existsSync('/usr/lib/postgresql') || process.env.CI === 'true' || process.env.PARLEY_PG_URL !== undefined;

function script(): { files: Map<string, string>; lines: string[] } {
  const files = new Map<string, string>();
  const lines: string[] = [];
  for (const m of doc.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) {
    const lang = m[1];
    const body = m[2] ?? '';
    if (lang === 'ts') {
      const first = /^\/\/ (\S+\.ts)\s*\n/.exec(body);
      if (first?.[1]) files.set(first[1], body);
    } else if (lang === 'sh') lines.push(...body.split('\n').filter((l) => l.trim() !== ''));
  }
  return { files, lines };
}

const rewrite = (line: string) =>
  line
    .replace(/^source \.ci\/postgres\.sh$/, `source ${JSON.stringify(join(root, '.ci', 'postgres.sh'))}`)
    .replace(/^npx tsx (\S+\.ts)$/, 'node --conditions=@parley/source --import tsx $1');

describe.runIf(hasPostgres)('docs/postgres.md: every command runs as written', () => {
  it('runs its sh blocks in order and prints what the page says', async () => {
    const { files, lines } = script();
    expect(files.has('parley-pg-demo.ts')).toBe(true);
    expect(lines.length).toBeGreaterThan(5);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    for (const [name, body] of files) writeFileSync(join(scratch, name), body);
    const bash = [
      'set -euo pipefail',
      "trap 'if declare -F parley_pg_stop >/dev/null; then parley_pg_stop; fi' EXIT",
      ...lines.map((l) => `printf '+ %s\\n' '${l.replace(/'/g, "'\\''")}'; ${rewrite(l)}`),
    ].join('\n');
    const env = { ...process.env };
    delete env.PARLEY_PG_URL; // the page starts its own server
    let out: string;
    try {
      out = (await run('bash', ['-c', bash], { cwd: scratch, env, timeout: 120_000 })).stdout;
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`docs/postgres.md failed:\n${err.stdout ?? ''}\n${err.stderr ?? String(e)}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    expect(out).toContain('heard class-demo#1 note');
    expect(out).toContain('class-demo is at version 2');
    expect(out).toContain('1|class-demo|1\n2|class-demo|2\n');
    expect(out).toContain('\n2|2\n');
  }, 180_000);
});
