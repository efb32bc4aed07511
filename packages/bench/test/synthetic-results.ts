// Hand-made results for testing the targets and the report: every figure is chosen, none is measured.
import { bundleNames, type BundleMeasured } from '../src/bundle.ts';
import type { Measured } from '../src/measure.ts';
import { contenderNames as names } from '../src/names.ts';
import type { CommandTiming } from '../src/pipeline.ts';
import type { BenchResults } from '../src/results.ts';
import type { Summary } from '../src/statistics.ts';

export const summary = (opsPerSecond: number, p50Ms = 1000 / opsPerSecond, p99Ms = 2 * p50Ms): Summary => ({
  calls: 1000,
  opsPerSecond,
  p50Ms,
  p99Ms,
  opsPerSecondByRound: [opsPerSecond, opsPerSecond, opsPerSecond],
});

const measured = (rows: Record<string, Summary>, pace: Measured['plan']['pace']): Measured => ({
  plan: { rounds: 3, pace },
  summaries: new Map(Object.entries(rows)),
});

const bundle = (name: string, gzipBytes: number, validator: BundleMeasured['validator']): BundleMeasured => ({
  name,
  source: `// consumer ${name}`,
  singleFile: { minifiedBytes: 3 * gzipBytes, gzipBytes },
  onImport: { minifiedBytes: 3 * gzipBytes, gzipBytes },
  allChunks: { minifiedBytes: 6 * gzipBytes, gzipBytes: 2 * gzipBytes },
  validator,
  largestInputs: [{ path: 'openapi-fetch/dist/index.mjs', bytes: 6500 }],
});

const timing = (command: string, ms: number, turboSummary: string): CommandTiming => ({
  command,
  ms,
  exitCode: 0,
  turboSummary,
});

/** Every target met: getBackup as fast as the bare GET, small bundle, warm build a twentieth of cold. */
export function resultsMeetingEveryTarget(): BenchResults {
  const loopback = (concurrency: number) => ({
    concurrency,
    ...measured(
      {
        [names.rawFetch]: summary(5000, 0.2),
        [names.rawFetchRequest]: summary(4950, 0.202),
        [names.openapiFetch]: summary(4900, 0.204),
        [names.getBackup]: summary(4900, 0.205),
        [names.getBackupValidated]: summary(4800, 0.21),
      },
      { kind: 'concurrent', callsPerRound: 1000, concurrency },
    ),
  });
  return {
    mode: 'full',
    machine: {
      cpuModel: 'Test CPU 3000',
      cores: 2,
      memoryGiB: 8,
      os: 'linux 6.1',
      node: 'v20.0.0',
      date: '2025-01-01T00:00:00.000Z',
      loadAtStart: 0.5,
    },
    loadAtEnd: 0.7,
    durationMs: 120_000,
    inProcess: measured(
      {
        [names.rawFetch]: summary(200_000),
        [names.rawFetchRequest]: summary(150_000),
        [names.openapiFetch]: summary(100_000),
        [names.axios]: summary(50_000),
        [names.getBackup]: summary(95_000),
        [names.getBackupValidated]: summary(90_000),
      },
      { kind: 'sequential', msPerRound: 100 },
    ),
    loopback: [loopback(1), loopback(64)],
    bundles: [
      bundle(bundleNames.client, 4000, 'lazy chunk'),
      bundle(bundleNames.clientValidating, 4000, 'lazy chunk'),
      bundle(bundleNames.openapiFetch, 2600, 'absent'),
    ],
    pipeline: {
      cold: [timing('pnpm build --force', 40_000, 'Tasks: 5 successful, 5 total; Cached: 0 cached, 5 total')],
      warm: [timing('pnpm build', 2_000, 'Tasks: 5 successful, 5 total; Cached: 5 cached, 5 total')],
      warmToCold: 0.05,
      test: timing('pnpm test', 200_000, 'Tasks: 9 successful, 9 total; Cached: 0 cached, 9 total'),
    },
  };
}
