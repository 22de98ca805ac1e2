import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedFunction, exportedFunctions, publicEntries } from './publicEntries.js';

// The API reference (TypeDoc, typedoc.json) is generated from TSDoc; every exported function of the
// public entries of @parley/core, @parley/negotiation, @parley/issg and @parley/sim must show how it is called.
const PACKAGES = ['core', 'negotiation', 'issg', 'sim'] as const;

describe('every exported function of the public entries has an @example in its TSDoc', () => {
  let functions: ExportedFunction[] = [];
  beforeAll(() => {
    // One TypeScript program for all entries (the packages import each other).
    functions = exportedFunctions(PACKAGES.flatMap((p) => publicEntries(p)));
  });
  for (const pkg of PACKAGES) {
    it(`@parley/${pkg}`, () => {
      const mine = functions.filter(
        (f) => f.entry === `@parley/${pkg}` || f.entry.startsWith(`@parley/${pkg}/`),
      );
      expect(mine.length).toBeGreaterThan(0);
      const missing = mine.filter((f) => !f.hasExample).map((f) => `${f.entry}: ${f.name} (${f.file})`);
      expect(missing, `exports without an @example:\n  ${missing.join('\n  ')}`).toEqual([]);
    });
  }
});
