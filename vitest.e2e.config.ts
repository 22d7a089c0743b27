import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium per file, files one after another (2-core machine).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
