// The main entry ('.') of every package the browser uses must bundle for the browser — the workspace
// packages a private browser app (packages/viewer) depends on, directly or not, and every package with a
// `./node` subpath (which promises that its main entry is the browser-safe part): no file reachable from its built ES module imports a Node built-in — neither `node:url` nor a
// bare `url`/`path` that a bundler would resolve to an npm package of that name. Node-only code lives
// behind a `./node` subpath. Walks the import graph of the built files (static and dynamic imports).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const builtins = new Set(builtinModules);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** Problems (`file: imports X`) of the graph that starts at `entry`, an absolute path to a built .js file. */
export function nodeImports(entry) {
  const seen = new Set();
  const problems = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(IMPORT)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else if (spec.startsWith('node:') || builtins.has(spec.split('/')[0]))
        problems.push(`${file}: imports "${spec}"`);
    }
  };
  visit(entry);
  return problems;
}

/** The built ES module of a package's main entry, or undefined when it has none. */
export function mainEsmEntry(pkg) {
  const main = pkg.json.exports?.['.'];
  const file = main?.import?.default ?? main?.default;
  return typeof file === 'string' ? join(pkg.dir, file) : undefined;
}

/** The public packages whose main entry must be browser-safe (see the top of this file). */
export function browserPackages(pkgs, allManifests) {
  const byName = new Map(allManifests.map((m) => [m.name, m]));
  const need = new Set();
  const visit = (name) => {
    if (need.has(name) || !byName.has(name)) return;
    need.add(name);
    for (const dep of Object.keys(byName.get(name).dependencies ?? {})) visit(dep);
  };
  for (const app of allManifests.filter((m) => m.private && m.devDependencies?.vite))
    for (const dep of Object.keys(app.dependencies ?? {})) visit(dep);
  return pkgs.filter((p) => need.has(p.json.name) || p.json.exports?.['./node'] !== undefined);
}
