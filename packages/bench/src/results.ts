import type { BundleMeasured } from './bundle.ts';
import type { LoopbackMeasured } from './loopback.ts';
import type { Machine } from './machine.ts';
import type { Measured } from './measure.ts';
import type { PipelineMeasured } from './pipeline.ts';

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  mode: 'full' | 'quick';
  machine: Machine;
  /** 1-minute load average when the run ended. */
  loadAtEnd: number;
  durationMs: number;
  inProcess: Measured;
  loopback: LoopbackMeasured[];
  bundles: BundleMeasured[];
  /** Not measured in quick mode. */
  pipeline?: PipelineMeasured;
}
