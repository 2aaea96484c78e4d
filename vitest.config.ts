import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'properties/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    // Both cores: vitest's default leaves one free (availableParallelism − 1 = 1 worker on a 2-core machine).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-results.json' },
  },
});
