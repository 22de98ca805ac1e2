import { defineConfig } from 'tsup';

export default defineConfig({
  // the main entry bundles for the browser (the client uses it); the server lives in `./node`
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  removeNodeProtocol: false,
  treeshake: true,
});
