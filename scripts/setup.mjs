#!/usr/bin/env node
// Brings a fresh clone to a runnable state with nothing but Node 20 and npm:
// - installs the workspace with pnpm 10 (through npx when pnpm is not on the PATH) when node_modules is
//   missing or older than pnpm-lock.yaml; the root package depends on @parley/cli, so the install links
//   the `parley` bin and `npx parley …` works from the repository root;
// - builds every package (tsup, Vite) with --build, and always when a package has not been built yet
//   (the `parley` bin runs the built CLI);
// - with --browser (what `npm test` passes), finds Chromium for the viewer's browser tests where they look
//   (CHROMIUM_PATH, else chromium or Chrome on the PATH: scripts/chromium.mjs), installs Debian's
//   `chromium` when it can (root and apt-get), and otherwise stops with the one line to run.
//   Nothing is skipped: the browser tests never pass without a browser, under CI=true or not.
// Used by `npm run demo` and `npm test` (the README's two commands); CI runs the same steps itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_CHROMIUM, findChromium, onPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
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

/** A package with a build script whose dist/ folder is missing. */
function unbuilt() {
  const packages = join(root, 'packages');
  return readdirSync(packages).filter((name) => {
    const manifest = join(packages, name, 'package.json');
    if (!existsSync(manifest)) return false;
    const { scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
    return scripts.build !== undefined && !existsSync(join(packages, name, 'dist'));
  });
}

/** Run a command; true when it succeeded (its output goes to the terminal). */
function attempt(cmd, args, options = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options }).status === 0;
}

/** Find Chromium (scripts/chromium.mjs, as the browser tests do), or install Debian's, or stop with the instruction. */
function chromium() {
  const found = findChromium();
  if ('path' in found) return;
  if (found.missing === 'CHROMIUM_PATH') {
    console.error(
      `setup: CHROMIUM_PATH is ${found.where}, which does not exist: point it at a Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get', process.env.PATH)) {
    console.error("setup: installing Debian's chromium for the viewer's browser tests (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      attempt('apt-get', ['update', '-qq'], { env }) &&
      attempt('apt-get', ['install', '-y', '-qq', 'chromium'], { env })
    ) {
      if ('path' in findChromium()) return;
      console.error(
        `setup: chromium is installed at ${DEBIAN_CHROMIUM} but is not on the PATH: add /usr/bin to the PATH or set CHROMIUM_PATH=${DEBIAN_CHROMIUM}, then run npm test again.`,
      );
      process.exit(1);
    }
  }
  console.error(
    `setup: the viewer's browser tests need Chromium (no ${found.where} on the PATH): run \`sudo apt-get install -y chromium\` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.`,
  );
  process.exit(1);
}

const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.error('setup: installing dependencies (pnpm install --frozen-lockfile)…');
  pnpm(['install', '--frozen-lockfile']);
}
// Before the build, so a missing browser stops the tests at once.
if (process.argv.includes('--browser')) chromium();
if (process.argv.includes('--build') || unbuilt().length > 0) {
  console.error('setup: building the packages…');
  pnpm(['-r', '--filter', './packages/*', 'run', 'build']);
}
