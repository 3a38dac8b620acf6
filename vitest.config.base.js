// Shared Vitest settings (a plain object, so the root needs no Vitest of its own): every
// package writes one JSON report, and .ci/run adds them up.

/**
 * The one seed of every property test (fast-check), in every package: fixed, so CI runs the
 * same cases each time; FC_SEED=<integer> picks others. Each suite names its seed, and
 * fast-check prints it with a failure; FC_SEED=<that seed> replays the failure.
 */
const DEFAULT_SEED = 20_261_123;
const fcSeed =
  process.env.FC_SEED === undefined || process.env.FC_SEED.trim() === ''
    ? DEFAULT_SEED
    : Number(process.env.FC_SEED);
if (!Number.isSafeInteger(fcSeed))
  throw new Error(`FC_SEED must be an integer, not "${process.env.FC_SEED}".`);

export default {
  test: {
    // Seen by the tests as process.env.FC_SEED, always set and always an integer.
    env: { FC_SEED: String(fcSeed | 0) },
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/report.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};
