import { defaultClientConditions, defineConfig } from 'vite';

// The browser client, built into client-dist/ and served by the classroom server at `/`. The workspace
// packages are bundled from their TypeScript sources (the `source` export condition).
export default defineConfig({
  root: 'client',
  base: './',
  resolve: { conditions: ['@parley/source', ...defaultClientConditions] },
  build: { target: 'es2022', outDir: '../client-dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
});
