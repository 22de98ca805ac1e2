import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The public entry points of a package: the `source` file of every subpath in its `exports`. */
export function publicEntries(pkg: string): { subpath: string; file: string }[] {
  const dir = join(root, 'packages', pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { '@parley/source'?: string }>;
  };
  return Object.entries(manifest.exports)
    .filter(([, v]) => typeof v === 'object' && typeof v['@parley/source'] === 'string')
    .map(([k, v]) => ({
      subpath: k === '.' ? manifest.name : `${manifest.name}/${k.slice(2)}`,
      file: join(dir, (v as { '@parley/source': string })['@parley/source']),
    }));
}

/** An exported function of an entry point and whether its TSDoc has an `@example`. */
export interface ExportedFunction {
  readonly entry: string;
  readonly name: string;
  readonly file: string;
  readonly hasExample: boolean;
}

function isFunctionLike(decl: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(decl)) return true;
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = decl.initializer;
    return ts.isArrowFunction(init) || ts.isFunctionExpression(init);
  }
  return false;
}

function hasExampleTag(decl: ts.Declaration): boolean {
  const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return (
    ts.getJSDocTags(decl).some((t) => t.tagName.text === 'example') ||
    ts.getJSDocTags(node).some((t) => t.tagName.text === 'example')
  );
}

/**
 * Every function (a `function` declaration, or a `const` bound to an arrow function or function
 * expression) exported by the given entry points, with whether one of its declarations has an `@example`.
 * Uses the TypeScript compiler API with the repository's compiler options (the `source` condition).
 */
export function exportedFunctions(entries: readonly { subpath: string; file: string }[]): ExportedFunction[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { ...options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const out: ExportedFunction[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    if (!source) throw new Error(`publicEntries: cannot read ${entry.file}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = (symbol.declarations ?? []).filter(isFunctionLike);
      if (decls.length === 0) continue;
      out.push({
        entry: entry.subpath,
        name: exported.name,
        file: decls[0]!.getSourceFile().fileName.slice(root.length + 1),
        hasExample: decls.some(hasExampleTag),
      });
    }
  }
  return out;
}
