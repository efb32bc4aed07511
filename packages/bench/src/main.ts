// `pnpm bench`: measure everything, check the targets, write BENCHMARKS.md at the repository root.
// `--quick`: fewer rounds and no pipeline, report printed instead of written (or written to --out).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBundles } from './bundle.ts';
import { measureInProcess } from './in-process.ts';
import { measureLoopback, type LoopbackPlan } from './loopback.ts';
import { describeMachine } from './machine.ts';
import { measurePipeline, repoRoot } from './pipeline.ts';
import { renderReport } from './report.ts';
import type { BenchResults } from './results.ts';
import { checkTargets } from './targets.ts';

const { values: options } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } },
  // `pnpm bench -- --quick` hands the script a literal `--`.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
});
const quick = options.quick;

interface Settings {
  inProcess: { rounds: number; msPerRound: number };
  loopback: LoopbackPlan[];
  /** Rounds of cold + warm builds; no pipeline section when absent. */
  pipelineRounds?: number;
}

const settings: Settings = quick
  ? {
      inProcess: { rounds: 4, msPerRound: 80 },
      loopback: [
        { concurrency: 1, rounds: 4, callsPerRound: 250, maxMsPerRound: 300 },
        { concurrency: 64, rounds: 2, callsPerRound: 500, maxMsPerRound: 300 },
      ],
    }
  : {
      inProcess: { rounds: 10, msPerRound: 300 },
      loopback: [
        { concurrency: 1, rounds: 10, callsPerRound: 400 },
        { concurrency: 64, rounds: 6, callsPerRound: 1000 },
      ],
      pipelineRounds: 1,
    };

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const started = performance.now();
const machine = describeMachine();

log(`in-process overhead: ${settings.inProcess.rounds} rounds`);
const inProcess = await measureInProcess(settings.inProcess.rounds, settings.inProcess.msPerRound);
log('loopback');
const loopback = await measureLoopback(settings.loopback);
log('bundle sizes');
const bundles = await measureBundles();
let pipeline: BenchResults['pipeline'];
if (settings.pipelineRounds) {
  log(`pipeline: cold and warm pnpm build, ${settings.pipelineRounds} rounds, then pnpm test`);
  pipeline = await measurePipeline(settings.pipelineRounds, true);
}

const results: BenchResults = {
  mode: quick ? 'quick' : 'full',
  machine,
  loadAtEnd: loadavg()[0]!,
  durationMs: performance.now() - started,
  inProcess,
  loopback,
  bundles,
  ...(pipeline ? { pipeline } : {}),
};
const checks = checkTargets(results);
const report = renderReport(results, checks);
const out = options.out ?? (quick ? undefined : join(repoRoot, 'BENCHMARKS.md'));

if (out) {
  writeFileSync(out, report);
  log(`wrote ${out}`);
} else {
  process.stdout.write(report);
}
for (const check of checks) {
  const verdict = check.met === undefined ? check.unmeasured : check.met ? 'met' : 'MISSED';
  log(`${verdict}: ${check.measurement}: ${check.measured ?? '–'} (target ${check.target})`);
}
