import { defineConfig } from 'vitest/config';

// Tests run against the TypeScript sources through the `source` export condition,
// so no build is needed; the packed tarballs are tested separately (test/pack).
export default defineConfig({
  resolve: { conditions: ['@parley/source'] },
  ssr: { resolve: { conditions: ['@parley/source'] } },
  test: {
    include: ['packages/*/test/**/*.spec.ts', 'test/**/*.spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/bench/**', 'test/browser/**'],
    setupFiles: ['test/setup/fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
