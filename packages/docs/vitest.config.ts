import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../scripts/vitest-shared.ts';

export default defineConfig({ test: { ...sharedTestConfig } });
