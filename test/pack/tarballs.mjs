// The public packages of the workspace (every packages/* without "private": true, found, not listed) and
// their tarballs, packed with `pnpm pack` exactly as `pnpm publish` would (workspace: ranges rewritten).
// Shared by test/pack (entry points, types, publint, attw) and test/install (user projects).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `{ dir, json }` for every package under packages/, private ones too. */
export function allPackages() {
  return readdirSync(join(root, 'packages'))
    .filter((d) => existsSync(join(root, 'packages', d, 'package.json')))
    .map((d) => ({
      dir: join(root, 'packages', d),
      json: JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')),
    }));
}

/** `{ dir, json }` for every public package under packages/. */
export function publicPackages() {
  return allPackages().filter((p) => !p.json.private);
}

/** Pack one package into `dest`; returns the tarball's absolute path. */
export function packOne(pkg, dest) {
  mkdirSync(dest, { recursive: true });
  const out = execFileSync('pnpm', ['pack', '--pack-destination', dest], {
    cwd: pkg.dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop().trim();
}

/** Pack every public package into `dest`; returns `{ name: tarball }`. */
export function packAll(dest) {
  const files = {};
  for (const p of publicPackages()) files[p.json.name] = packOne(p, dest);
  return files;
}
