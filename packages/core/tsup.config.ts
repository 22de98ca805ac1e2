import { defineConfig, type Options } from 'tsup';

const common: Options = {
  entry: { index: 'src/index.ts', node: 'src/node.ts', testing: 'src/testing.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
  // keep `node:` on built-in imports: a bundler then knows them for Node's, never npm's `url`/`path`
  removeNodeProtocol: false,
  treeshake: true,
};

export default defineConfig([
  { ...common, format: ['esm'], clean: true },
  {
    ...common,
    format: ['cjs'],
    clean: false,
    // @noble/hashes 2 is ESM-only: bundled into the CommonJS build, so `require('@parley/core')` never
    // goes through require(esm) (which fails on Node 20 for CommonJS loaded by the ES-module loader,
    // e.g. a `.cts` scenario script).
    noExternal: ['@noble/hashes'],
  },
]);
