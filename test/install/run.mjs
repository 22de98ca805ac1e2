#!/usr/bin/env node
// Parley as people install it (issue 14): the packed tarballs installed with npm into scratch projects
// outside this repository, and a scenario script of every kind run in each.
//
// - npm-initialised (`npm init -y`: npm 11 writes "type": "commonjs"), a `"type": "module"` project, and a
//   folder with no package.json at all — each with .ts .mts .cts .js .mjs (and .cjs) scripts;
// - the package-less folder is run by a `parley` installed elsewhere (a tool folder, laid out as a global
//   install is: the CLI with its own dependencies), so `@parley/*` resolves from the CLI's install;
// - a project with its own copy of @parley/core wins over the CLI's.
// Then `parley init` (test/install/init.mjs). Needs the packages built (`pnpm build`). Exit 1 on failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll, root } from '../pack/tarballs.mjs';
import { runGettingStarted } from './getting-started.mjs';

const step = (msg) => console.log(`install: ${msg}`);
// Outside the repository: its package.json ("type": "module") must not decide how scripts load.
const base = mkdtempSync(join(tmpdir(), 'parley-install-'));
const env = { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' };
delete env.NODE_OPTIONS;
const sh = (cmd, args, cwd, extra = {}) =>
  execFileSync(cmd, args, {
    cwd,
    env: { ...env, ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
// The registry's stand-in: `names` become dependencies (or devDependencies) on their tarballs, and
// every @parley/* dependency, direct or transitive, resolves to its tarball (overrides, same spec).
const standIn = (cwd, names, dev = false) => {
  const manifest = join(cwd, 'package.json');
  const json = JSON.parse(readFileSync(manifest, 'utf8'));
  const spec = (n) => `file:${tarballs[n]}`;
  const field = dev ? 'devDependencies' : 'dependencies';
  json[field] = { ...json[field], ...Object.fromEntries(names.map((n) => [n, spec(n)])) };
  json.overrides = Object.fromEntries(Object.keys(tarballs).map((n) => [n, spec(n)]));
  writeFileSync(manifest, `${JSON.stringify(json, null, 2)}\n`);
};
const npmInstall = (cwd, names, dev = false) => {
  standIn(cwd, names, dev);
  return sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], cwd);
};

export const tarballs = packAll(join(base, 'tarballs'));
step(`packed ${Object.keys(tarballs).join(', ')}`);
const runtime = ['@parley/core', '@parley/issg'];

// One script per extension and module system; each forks the ISSG record at its own date (TypeScript
// syntax where the file is TypeScript, so an untransformed load fails).
const at = {
  ts: '2016-02-11',
  mts: '2016-02-12',
  cts: '2016-02-13',
  js: '2016-02-14',
  mjs: '2016-02-15',
  cjs: '2016-02-16',
};
const esmTs = (id) =>
  `import { defineScenario } from '@parley/core';\nimport { issgRecord } from '@parley/issg';\n` +
  `const at: string = '${at[id]}';\n` +
  `export default defineScenario({ id: 'user-${id}', title: 'User script .${id}', start: { scenario: issgRecord, at } });\n`;
const esmJs = (id) =>
  `import { defineScenario } from '@parley/core';\nimport { issgRecord } from '@parley/issg';\n` +
  `export default defineScenario({ id: 'user-${id}', title: 'User script .${id}', start: { scenario: issgRecord, at: '${at[id]}' } });\n`;
const cjsJs = (id) =>
  `const { defineScenario } = require('@parley/core');\nconst { issgRecord } = require('@parley/issg');\n` +
  `module.exports = defineScenario({ id: 'user-${id}', title: 'User script .${id}', start: { scenario: issgRecord, at: '${at[id]}' } });\n`;

function writeScripts(dir, jsIsEsm) {
  writeFileSync(join(dir, 'my-scenario.ts'), esmTs('ts'));
  writeFileSync(join(dir, 'my-scenario.mts'), esmTs('mts'));
  writeFileSync(join(dir, 'my-scenario.cts'), esmTs('cts'));
  writeFileSync(join(dir, 'my-scenario.js'), jsIsEsm ? esmJs('js') : cjsJs('js'));
  writeFileSync(join(dir, 'my-scenario.mjs'), esmJs('mjs'));
  writeFileSync(join(dir, 'my-scenario.cjs'), cjsJs('cjs'));
}

function runEach(dir, parley, label) {
  for (const ext of Object.keys(at)) {
    const file = `my-scenario.${ext}`;
    let out;
    try {
      out = sh(parley[0], [...parley.slice(1), 'run', file, '--json'], dir);
    } catch (e) {
      throw new Error(`${label}: parley run ${file} failed (exit ${e.status}):\n${e.stderr}${e.stdout}`);
    }
    const json = JSON.parse(out);
    if (json.scenario !== `user-${ext}` || json.basedOn?.at !== at[ext])
      throw new Error(`${label}: parley run ${file} ran ${json.scenario} from ${json.basedOn?.at}`);
  }
  step(`${label}: parley run of .${Object.keys(at).join(' .')} scripts ok`);
}

// 1. `npm init -y`: whatever type npm writes (commonjs on npm 11), scripts load.
const cjsProject = join(base, 'npm-init');
mkdirSync(cjsProject);
sh('npm', ['init', '-y'], cjsProject);
const type = JSON.parse(readFileSync(join(cjsProject, 'package.json'), 'utf8')).type ?? '(none)';
step(`npm init -y wrote "type": ${type}; installing the tarballs`);
npmInstall(cjsProject, runtime);
npmInstall(cjsProject, ['@parley/cli'], true);
writeScripts(cjsProject, type === 'module');
runEach(cjsProject, ['npx', '--no-install', 'parley'], `npm init -y ("type": ${type})`);
{
  // `npx parley negotiate` from the same npm-initialised project: the ISSG agenda, negotiated and analysed.
  const out = sh(
    'npx',
    ['--no-install', 'parley', 'negotiate', 'vienna-2016-05-17', '--seed', '1', '--json'],
    cjsProject,
  );
  const json = JSON.parse(out);
  if (json.agenda?.id !== 'vienna-2016-05-17' && json.agenda !== 'vienna-2016-05-17')
    throw new Error(`parley negotiate printed another agenda:\n${out.slice(0, 400)}`);
  if (!['adopted', 'failed'].includes(json.outcome?.status) || typeof json.analysis?.zopaSize !== 'number')
    throw new Error(`parley negotiate printed no outcome or analysis:\n${out.slice(0, 400)}`);
  step(`npm init -y: npx parley negotiate vienna-2016-05-17 --seed 1 --json ok (${json.outcome.status})`);
}

// 2. "type": "module".
const esmProject = join(base, 'esm');
mkdirSync(esmProject);
writeFileSync(
  join(esmProject, 'package.json'),
  JSON.stringify({ name: 'esm-scenarios', version: '1.0.0', private: true, type: 'module' }, null, 2),
);
npmInstall(esmProject, [...runtime, '@parley/cli']);
writeScripts(esmProject, true);
runEach(esmProject, ['npx', '--no-install', 'parley'], '"type": "module"');

// 3. No package.json anywhere above: a parley installed elsewhere (as `npm i -g @parley/cli` lays it
// out: the CLI beside its dependencies) finds @parley/core and @parley/issg from its own install.
const tool = join(base, 'tool');
mkdirSync(tool);
writeFileSync(join(tool, 'package.json'), JSON.stringify({ name: 'tool', private: true }));
npmInstall(tool, ['@parley/cli']);
const loose = join(base, 'loose');
mkdirSync(loose);
writeScripts(loose, true);
runEach(loose, [join(tool, 'node_modules', '.bin', 'parley')], 'no package.json, parley from elsewhere');

// 4. The script's project first: the project's copy of @parley/core announces itself when loaded; the
// CLI (installed elsewhere, with its own copy) runs a script of the project, which must load the project's.
const own = join(esmProject, 'node_modules', '@parley', 'core', 'dist', 'index.js');
const original = readFileSync(own, 'utf8');
try {
  writeFileSync(own, `${original}\nprocess.stderr.write('[the project\\'s @parley/core]\\n');\n`);
  const r = spawnSync(join(tool, 'node_modules', '.bin', 'parley'), ['run', 'my-scenario.ts', '--json'], {
    cwd: esmProject,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0 || JSON.parse(r.stdout).scenario !== 'user-ts')
    throw new Error(`parley from elsewhere in a project failed (exit ${r.status}):\n${r.stderr}`);
  if (!r.stderr.includes("[the project's @parley/core]"))
    throw new Error(`the script did not load its project's @parley/core:\n${r.stderr}`);
  step("the script's project's @parley/core wins over the CLI's own");
} finally {
  writeFileSync(own, original);
}

// 5. `parley init`: the project it writes installs (its @parley/* ranges stood in for by the tarballs),
// and the commands it prints run as printed — the starter scenario and its own vitest tests — and it
// type-checks.
const initOut = sh(join(tool, 'node_modules', '.bin', 'parley'), ['init', 'harbour'], base);
const next = initOut
  .slice(initOut.indexOf('Next:\n') + 'Next:\n'.length)
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
if (next[0] !== 'cd harbour' || !next.includes('npm install') || !next.includes('npm test'))
  throw new Error(`parley init printed unexpected next steps:\n${initOut}`);
const project = join(base, 'harbour');
const made = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
// the printed `npm install` installs them
standIn(
  project,
  Object.keys(made.dependencies).filter((n) => n in tarballs),
);
standIn(
  project,
  Object.keys(made.devDependencies).filter((n) => n in tarballs),
  true,
);
let cwd = base;
for (const line of next) {
  if (line.startsWith('cd ')) {
    cwd = join(cwd, line.slice(3));
    continue;
  }
  try {
    const out = sh('sh', ['-c', line], cwd);
    if (line.startsWith('npx parley run') && !out.includes('Two ports share one harbour'))
      throw new Error(`\`${line}\` did not run the starter scenario:\n${out}`);
  } catch (e) {
    throw new Error(
      `parley init's \`${line}\` failed (exit ${e.status}):\n${e.stderr ?? ''}${e.stdout ?? e}`,
    );
  }
  step(`parley init's project: \`${line}\` ok`);
}
sh('npm', ['run', 'typecheck'], project);
step("parley init's project: npm run typecheck ok");

// 6. docs/getting-started.md, every command as written.
await runGettingStarted(root, tarballs, step);

if (!process.env.PARLEY_KEEP_SCRATCH) rmSync(base, { recursive: true, force: true });
step('ok: scenario scripts load in CommonJS, ES-module and package-less folders, from the tarballs');
