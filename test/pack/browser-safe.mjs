// The main entry ('.') of every library package (a public package without a `bin`) must bundle for the
// browser: no file reachable from its built ES module imports a Node built-in — neither `node:url` nor a
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
