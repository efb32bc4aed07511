// Settings every package's vitest config shares: a JSON report per package (read by
// scripts/test-summary.mjs for CI's closing "N passed, N failed" line) beside the usual output.
import type { ViteUserConfig } from 'vitest/config';

export const sharedTestConfig: NonNullable<ViteUserConfig['test']> = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
