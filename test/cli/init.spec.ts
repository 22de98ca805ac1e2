import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parley, requireBuilt } from './helpers.js';

// In-process: what `parley init` writes and prints. That the project it writes installs, runs and passes
// its own tests is checked from the packed tarballs in test/install/run.mjs.
const base = mkdtempSync(join(tmpdir(), 'parley-init-'));
beforeAll(requireBuilt);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('parley init', () => {
  it('writes a project and prints the commands to run it', async () => {
    const io = bufferIo({ cwd: base });
    expect(await main(['init', 'Harbour Talks'], io)).toBe(0);
    const dir = join(base, 'Harbour Talks');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('harbour-talks');
    expect(pkg.type).toBe('module');
    expect(Object.keys(pkg.dependencies)).toEqual(['@parley/core', '@parley/negotiation']);
    expect(pkg.devDependencies['@parley/cli']).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('node_modules/');
    const out = io.out();
    for (const f of [
      'agendas/harbour.ts',
      'scenarios/harbour-talks.ts',
      'test/harbour-talks.test.ts',
      'tsconfig.json',
    ])
      expect(out).toContain(`  ${f}\n`);
    expect(out).toContain(
      'Next:\n  cd "Harbour Talks"\n  npm install\n  npx parley run scenarios/harbour-talks.ts\n  npm test\n',
    );
  });

  it('runs its starter scenario (from this repository: the agenda, the decider and the story)', async () => {
    const io = bufferIo({ cwd: base });
    expect(await main(['init', 'runs', '--json'], io)).toBe(0);
    const made = JSON.parse(io.out());
    expect(made.next).toEqual([
      'cd runs',
      'npm install',
      'npx parley run scenarios/harbour-talks.ts',
      'npm test',
    ]);
    // The built command, as a user runs it. The project has no node_modules yet: @parley/* resolves
    // from the CLI's own install.
    const ran = await parley(['state', 'scenarios/harbour-talks.ts', '--json'], { cwd: made.dir });
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout).state.adopted).toEqual({ berths: 'half', dredging: 'shared' });
  });

  it('refuses a folder that is not empty (usage, exit 2)', async () => {
    const dir = join(base, 'full');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const io = bufferIo({ cwd: base });
    expect(await main(['init', 'full'], io)).toBe(2);
    expect(io.err()).toContain('"full" is not an empty folder');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
