import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../scripts/vitest-shared.ts';

export default defineConfig({
  test: {
    ...sharedTestConfig,
    // The soak test measures heap growth after forced garbage collection.
    execArgv: ['--expose-gc'],
    // Timing-sensitive suites (timeouts, Retry-After) must not compete with the soak for the CPU.
    fileParallelism: false,
  },
});
