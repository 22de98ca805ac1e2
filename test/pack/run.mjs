#!/usr/bin/env node
// Tests what users install, not the sources: packs every public package with `pnpm pack`, installs the
// tarballs into a scratch project with npm, loads each entry point with both `import` and `require`,
// type-checks an ESM and a CJS consumer against the shipped .d.ts/.d.cts files, and runs publint --strict.
// Needs the packages built first (`pnpm build`). Exit 1 on any failure.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPackages, mainEsmEntry, nodeImports } from './browser-safe.mjs';
import { manifestProblems } from './manifest.mjs';
import { allPackages, packOne, publicPackages, root } from './tarballs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const scratch = join(here, '.scratch');
const sh = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const step = (msg) => console.log(`pack: ${msg}`);

const pkgs = publicPackages();

const browser = browserPackages(
  pkgs,
  allPackages().map((p) => p.json),
);
if (browser.length === 0)
  throw new Error('no package is meant for the browser? (packages/viewer lists none)');
for (const p of browser) {
  const entry = mainEsmEntry(p);
  const problems = entry ? nodeImports(entry) : [`${p.json.name} has no ES-module main entry`];
  if (problems.length)
    throw new Error(`${p.json.name}'s main entry must bundle for the browser:\n${problems.join('\n')}`);
  step(`browser-safe main entry: ${p.json.name} imports no Node built-in`);
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'tarballs'), { recursive: true });

const deps = {};
for (const p of pkgs) {
  step(`publint --strict ${p.json.name}`);
  sh(join(root, 'node_modules', '.bin', 'publint'), ['--strict', '--level', 'suggestion'], p.dir);
  const file = packOne(p, join(scratch, 'tarballs'));
  deps[p.json.name] = `file:${file}`;
  step(`packed ${p.json.name} → ${file.split('/').pop()}`);
  const problems = manifestProblems(p, file);
  if (problems.length) throw new Error(`the registry page of ${p.json.name}:\n${problems.join('\n')}`);
  step(`manifest, README and tarball contents of ${p.json.name} ok`);
  // node16 (from ESM and CJS) and bundler; node10 is stated unsupported in every README (manifest.mjs
  // checks the README says so).
  sh(join(root, 'node_modules', '.bin', 'attw'), [file, '--profile', 'node16', '--format', 'ascii'], root);
  step(`attw: ${p.json.name} types resolve under node16 and bundler`);
}

writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'parley-pack-test', private: true, dependencies: deps, overrides: deps }, null, 2),
);
step('npm install of the tarballs');
sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], scratch);

// Every entry point of every public package (found, not listed) is loaded below: expect.json names them.
const expected = JSON.parse(readFileSync(join(here, 'consumer', 'expect.json'), 'utf8'));
for (const p of pkgs)
  for (const sub of Object.keys(p.json.exports).filter((k) => k !== './package.json')) {
    const entry = sub === '.' ? p.json.name : `${p.json.name}/${sub.slice(2)}`;
    if (!(entry in expected)) throw new Error(`test/pack/consumer/expect.json lacks the entry ${entry}`);
  }

for (const f of readdirSync(join(here, 'consumer')))
  copyFileSync(join(here, 'consumer', f), join(scratch, f));

step('ESM import of every entry');
process.stdout.write(sh('node', ['esm.mjs'], scratch));
step('CJS require of every entry');
process.stdout.write(sh('node', ['cjs.cjs'], scratch));
step('type-check an ESM and a CJS consumer (moduleResolution node16)');
process.stdout.write(
  sh('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], scratch),
);
step('the installed `parley` command runs');
const listed = sh(join(scratch, 'node_modules', '.bin', 'parley'), ['scenarios'], scratch);
if (!listed.includes('issg-2015-2016'))
  throw new Error(`parley scenarios did not list issg-2015-2016:\n${listed}`);
step('ok: every package loads from ESM and CJS with types, and the parley command runs');
