import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium.mjs';
import { root } from '../docs/publicEntries.js';

// The README's second command is `npm test`, which runs `scripts/setup.mjs --build --browser` first: on a
// machine without the browser the viewer's tests need, it must stop at once with the one line to run,
// never skip them.
const setup = join(root, 'scripts', 'setup.mjs');

describe('scripts/setup.mjs', () => {
  it('stops with a one-line instruction when the Chromium it is pointed at is absent', () => {
    const r = spawnSync(process.execPath, [setup, '--browser'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: join(root, 'no-such-chromium') },
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^setup: CHROMIUM_PATH is .*no-such-chromium, which does not exist/);
  });

  it('stops with a one-line instruction when no Chromium is on the PATH and it cannot install one', () => {
    // a machine without Chromium, as a user without apt-get: the PATH holds node and nothing else
    const bin = mkdtempSync(join(tmpdir(), 'parley-setup-path-'));
    try {
      symlinkSync(process.execPath, join(bin, 'node'));
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin };
      delete env.CHROMIUM_PATH;
      delete env.CI;
      const r = spawnSync(process.execPath, [setup, '--browser'], { cwd: root, encoding: 'utf8', env });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^setup: the viewer's browser tests need Chromium \(no chromium, .* or google-chrome on the PATH\): /,
      );
      expect(lines[0]).toContain('sudo apt-get install -y chromium');
      expect(lines[0]).toContain('CHROMIUM_PATH');
      // under CI=true the same: nothing is skipped
      const ci = spawnSync(process.execPath, [setup, '--browser'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...env, CI: 'true' },
      });
      expect(ci.status).toBe(1);
      expect(ci.stderr).toBe(r.stderr);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('finds an executable Chromium on the PATH, or the one CHROMIUM_PATH names (the finder the browser tests use)', () => {
    const bin = mkdtempSync(join(tmpdir(), 'parley-setup-path-'));
    try {
      const fake = join(bin, 'chromium-browser');
      writeFileSync(fake, '#!/bin/sh\n');
      chmodSync(fake, 0o755);
      expect(findChromium({ PATH: `${join(bin, 'nothing')}${delimiter}${bin}` })).toEqual({ path: fake });
      expect(findChromium({ PATH: bin, CHROMIUM_PATH: join(bin, 'nope') })).toEqual({
        missing: 'CHROMIUM_PATH',
        where: join(bin, 'nope'),
      });
      chmodSync(fake, 0o644);
      expect(findChromium({ PATH: bin })).toMatchObject({ missing: 'PATH' });
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('is what `npm test` runs first, with the browser check, and `npx parley` is linked from the root', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts.test).toMatch(/^node scripts\/setup\.mjs --build --browser && /);
    expect(pkg.devDependencies['@parley/cli']).toBe('workspace:*');
    expect(pkg.scripts.parley).toBeUndefined();
  });
});
