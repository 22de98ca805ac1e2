import { defaultClientConditions, defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// One self-contained dist/index.html: Chromium refuses <script type="module" src> from file://, so the
// bundle, its CSS and the sample data are inlined. The workspace packages are bundled from their
// TypeScript sources (the `source` export condition), so no package build is needed first.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@parley/source', ...defaultClientConditions] },
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  server: { open: false },
});
