import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../scripts/vitest-shared.ts';

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // Starts one Prism per mode for the whole run and hands the URLs to the tests.
    globalSetup: ['test/support/global-setup.ts'],
  },
});
