import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
