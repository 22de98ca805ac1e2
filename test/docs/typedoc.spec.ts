import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './publicEntries.js';

// The API reference (`pnpm docs:api`, TypeDoc) covers every public entry point and subpath of every public
// package — found from the packages' exports, so a new package or subpath without a reference fails here.
describe('typedoc.json', () => {
  it('lists the source of every export subpath of every public package', () => {
    const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const expected: string[] = [];
    for (const dir of readdirSync(join(root, 'packages'))) {
      const file = join(root, 'packages', dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        private?: boolean;
        exports: Record<string, string | Record<string, unknown>>;
      };
      if (manifest.private) continue;
      for (const target of Object.values(manifest.exports))
        if (typeof target === 'object' && typeof target['@parley/source'] === 'string')
          expected.push(`packages/${dir}/${(target['@parley/source'] as string).slice(2)}`);
    }
    expect(expected).toContain('packages/cli/src/index.ts');
    expect([...config.entryPoints].sort()).toEqual(expected.sort());
  });
});
