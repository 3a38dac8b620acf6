// Shared Vitest settings: every package writes one JSON report that .ci/run adds up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
