// Runs one of this package's command-line entry points as the user would (node + tsx), with a bound
// on its run time so that a hang fails the test instead of stalling the suite.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  /** Resolves with the first stdout/stderr text matching `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  result: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

export function runCli(
  script: string,
  args: string[],
  { env = {}, timeoutMs = 40_000 }: { env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (match: RegExpExecArray) => void; reject: (error: Error) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(stdout + stderr);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), check()));
  child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), check()));
  let closed = false;
  // SIGTERM first: the commands stop their Prism on it; SIGKILL would leave Prism running.
  let killTimer: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    child.kill('SIGTERM');
    killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  }, timeoutMs);
  const result = new Promise<Awaited<CliRun['result']>>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      closed = true;
      for (const waiter of waiters.splice(0)) {
        waiter.reject(new Error(`${script} ended (${signal ?? code}) before printing ${waiter.pattern}:\n${stdout}${stderr}`));
      }
      resolve({ code, signal, stdout, stderr });
    });
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const match = pattern.exec(stdout + stderr);
      if (match) resolve(match);
      else if (closed) reject(new Error(`${script} ended before printing ${pattern}:\n${stdout}${stderr}`));
      else waiters.push({ pattern, resolve, reject });
    });
  return { child, waitFor, result };
}
