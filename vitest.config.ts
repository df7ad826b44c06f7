import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit and integration tests; the Chromium end-to-end suite runs from scripts/e2e.mjs.
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
