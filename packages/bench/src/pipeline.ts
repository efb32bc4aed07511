// Pipeline suite: the repository's own commands, timed from outside as a developer runs them.
// Cold = turbo's cache bypassed (--force), warm = the same build again, answered from the cache.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './statistics.ts';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface CommandTiming {
  command: string;
  ms: number;
  exitCode: number;
  /** turbo's closing lines, e.g. "Tasks: 5 successful, 5 total" and "Cached: 5 cached, 5 total". */
  turboSummary: string;
  /** The end of the output, kept when the command failed. */
  failureTail?: string;
}

export interface PipelineMeasured {
  cold: CommandTiming[];
  warm: CommandTiming[];
  /** Median over rounds of warm / cold. */
  warmToCold: number;
  test?: CommandTiming;
}

export const coldBuildArgs = ['build', '--force'];
export const warmBuildArgs = ['build'];
export const testArgs = ['test'];

export function turboSummaryOf(output: string): string {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Tasks|Cached):\s/.test(line))
    .map((line) => line.replace(/\s+/g, ' '))
    .join('; ');
}

/** The report is committed: the checkout's location on this machine stays out of it. */
const withoutMachinePaths = (output: string): string =>
  output.replaceAll(repoRoot, '').replaceAll(repoRoot.replace(/\/$/, ''), '.');

export async function timeCommand(args: readonly string[]): Promise<CommandTiming> {
  const started = performance.now();
  const child = spawn('pnpm', args, {
    cwd: repoRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const ms = performance.now() - started;
  return {
    command: `pnpm ${args.join(' ')}`,
    ms,
    exitCode,
    turboSummary: turboSummaryOf(output),
    ...(exitCode === 0 ? {} : { failureTail: withoutMachinePaths(output).trim().split('\n').slice(-15).join('\n') }),
  };
}

/** Interleaved cold and warm builds, then (optionally) `pnpm test` once. */
export async function measurePipeline(rounds: number, withTest: boolean): Promise<PipelineMeasured> {
  const cold: CommandTiming[] = [];
  const warm: CommandTiming[] = [];
  for (let round = 0; round < rounds; round++) {
    cold.push(await timeCommand(coldBuildArgs));
    warm.push(await timeCommand(warmBuildArgs));
  }
  return {
    cold,
    warm,
    warmToCold: median(warm.map((timing, round) => timing.ms / cold[round]!.ms)),
    ...(withTest ? { test: await timeCommand(testArgs) } : {}),
  };
}
