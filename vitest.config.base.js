// Shared Vitest settings (a plain object, so the root needs no Vitest of its own): every
// package writes one JSON report, and .ci/run adds them up.
export default {
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};
