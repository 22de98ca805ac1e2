import { defineConfig } from 'tsup';

// `index` is the programmatic API (ESM and CJS, with types); `bin` is the `parley` command (ESM only).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    // keep `node:` on built-in imports: a bundler then knows them for Node's, never npm's `url`/`path`
    removeNodeProtocol: false,
    treeshake: true,
    // `import.meta.url` (where the CLI resolves `@parley/*` from for scripts outside a project) in CJS too
    shims: true,
  },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    // keep `node:` on built-in imports: a bundler then knows them for Node's, never npm's `url`/`path`
    removeNodeProtocol: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
