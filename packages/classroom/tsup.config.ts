import { defineConfig } from 'tsup';

export default defineConfig({
  // the main entry bundles for the browser (the client uses it); the server lives in `./node`
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // keep `node:` on built-in imports: a bundler then knows them for Node's, never npm's `url`/`path`
  removeNodeProtocol: false,
  treeshake: true,
});
