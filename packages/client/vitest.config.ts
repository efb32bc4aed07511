import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../scripts/vitest-shared.ts';

export default defineConfig({
  test: {
    ...sharedTestConfig,
    typecheck: { enabled: true, tsconfig: './tsconfig.typecheck.json', include: ['test/**/*.test-d.ts'] },
  },
});
