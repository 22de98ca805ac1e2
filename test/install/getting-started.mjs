// docs/getting-started.md runs as written: every line of its ```sh blocks, in order, in one bash session
// (so `cd` carries over) in a scratch folder outside the repository, with each ```ts block whose first
// line is `// FILE` written to FILE where it appears. `npm i @parley/…` and `npx -p @parley/cli` reach the
// packed tarballs through a local registry for the @parley scope (registry.mjs). Exit 1 on failure.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry } from './registry.mjs';

/** Run the page's commands against `tarballs` (`{ name: file }`); throws with the output on failure. */
export async function runGettingStarted(root, tarballs, log = console.log) {
  const page = readFileSync(join(root, 'docs', 'getting-started.md'), 'utf8');
  const script = ['set -euo pipefail'];
  let commands = 0;
  for (const m of page.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
    const [, lang, body] = m;
    if (lang === 'sh')
      for (const line of body.split('\n').filter((l) => l.trim() !== '')) {
        script.push(`echo "\\$ ${line.replace(/["\\$`]/g, '\\$&')}"`, line);
        commands += 1;
      }
    if (lang === 'ts') {
      const file = /^\/\/ (\S+)\n/.exec(body)?.[1];
      if (file) script.push(`cat > ${file} <<'PARLEY_EOF'\n${body}PARLEY_EOF`);
    }
  }
  // The README's "In your own project" block repeats commands of this page: each must be one of them.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In your own project'), readme.indexOf('## Packages'));
  for (const m of section.matchAll(/```sh\n([\s\S]*?)```/g))
    for (const line of m[1].split('\n').filter((l) => l.trim() !== ''))
      if (!script.includes(line))
        throw new Error(`README.md's "${line}" is not a command of docs/getting-started.md`);
  const registry = await startRegistry(tarballs);
  const dir = mkdtempSync(join(tmpdir(), 'parley-getting-started-'));
  try {
    const env = { ...process.env, NO_COLOR: '1', 'npm_config_@parley:registry': registry.url };
    for (const k of ['NODE_OPTIONS', 'npm_config_registry']) delete env[k];
    env.npm_config_update_notifier = 'false';
    env.npm_config_fund = 'false';
    env.npm_config_audit = 'false';
    env.npm_config_yes = 'true';
    // asynchronous: the registry answers from this process's event loop
    const r = await new Promise((resolve) => {
      const child = spawn('bash', ['-c', script.join('\n')], { cwd: dir, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    if (r.status !== 0)
      throw new Error(
        `docs/getting-started.md: a command failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`,
      );
    for (const expected of [
      'The record up to Munich',

      'issg-2015-2016',
      'Test Files  1 passed',
    ])
      if (!r.stdout.includes(expected))
        throw new Error(`docs/getting-started.md: the output lacks "${expected}":\n${r.stdout}`);
    log(`getting-started: ${commands} commands of docs/getting-started.md ran as written`);
  } finally {
    registry.close();
    if (!process.env.PARLEY_KEEP_SCRATCH) rmSync(dir, { recursive: true, force: true });
  }
}
