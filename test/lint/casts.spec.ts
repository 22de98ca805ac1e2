import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md: "Adapters that need `as unknown as` to cross a package seam are a sign a type is missing
// (`AnyDecider`)". A cast through `unknown` (or to `never`) in a package's src is refused unless the line
// before it is a comment saying why it cannot be avoided.

const ROOT = join(import.meta.dirname, '..', '..');
const CAST = /\bas (unknown as|never)\b/;

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

/** Every cast through `unknown` or to `never` in src whose previous line is not a `//` comment. */
function uncommentedCasts(): string[] {
  const out: string[] = [];
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    const src = join(ROOT, 'packages', pkg, 'src');
    let files: string[];
    try {
      files = [...sources(src)];
    } catch {
      continue;
    }
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (/^\s*(\*|\/\*)/.test(line) || !CAST.test(code)) return;
        if (/^\s*\/\//.test(lines[i - 1] ?? '')) return;
        out.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  return out;
}

describe('casts in src', () => {
  it('no `as unknown as` or `as never` without a comment on the line before saying why', () => {
    expect(uncommentedCasts()).toEqual([]);
  });

  it('the check sees a cast (it can fail)', () => {
    expect(CAST.test('const x = y as unknown as Z;')).toBe(true);
    expect(CAST.test('f(a as never)')).toBe(true);
    expect(CAST.test('it was never committed; the areas never')).toBe(false);
  });
});
