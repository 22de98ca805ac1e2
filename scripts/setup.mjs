#!/usr/bin/env node
// Brings a fresh clone to a runnable state with nothing but Node 20 and npm:
// installs the workspace with pnpm 10 (through npx when pnpm is not on the PATH) when node_modules is
// missing or older than pnpm-lock.yaml, and with --build builds every package (tsup, Vite).
// Used by `npm run demo` and `npm test` (the README's two commands); CI runs the same steps itself.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`setup: \`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function pnpm(args) {
  const has = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (has.status === 0 && has.stdout.startsWith('10.')) run('pnpm', args);
  else run('npx', ['-y', PNPM, ...args]);
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('setup: installing dependencies (pnpm install --frozen-lockfile)…');
  pnpm(['install', '--frozen-lockfile']);
}
if (process.argv.includes('--build')) {
  console.error('setup: building the packages…');
  pnpm(['-r', '--filter', './packages/*', 'run', 'build']);
}
