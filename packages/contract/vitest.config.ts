import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../scripts/vitest-shared.ts';

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Starts one Prism per mode for the whole run and hands the URLs to the tests.
    globalSetup: ['test/support/global-setup.ts'],
    // Most of the time goes to Prism processes starting up; on 2 cores vitest would run one file at a
    // time (cores - 1), leaving a core idle while a file waits for its Prism.
    maxWorkers: 2,
  },
});
