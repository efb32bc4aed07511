// The Prism lifecycle module: bounded start, clear failures, and no Prism process outliving its owner.
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { specRootFile } from '@vbs/spec';
import { PrismStartError, startPrism } from '../src/prism.ts';
import { processGroupAlive } from './support/process-group.ts';
import { runCli } from './support/run-cli.ts';

const scratch = await mkdtemp(join(tmpdir(), 'vbs-contract-'));

async function startFailure(promise: Promise<unknown>): Promise<PrismStartError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PrismStartError);
  return error as PrismStartError;
}

describe('Prism lifecycle', () => {
  test('bad input: a spec that does not parse ends in a clear error naming the parse problem, no process left', async () => {
    const brokenYaml = join(scratch, 'not-yaml.yaml');
    await writeFile(brokenYaml, 'openapi: 3.1.0\ninfo: [unclosed\n  title: x\n');
    const error = await startFailure(startPrism({ command: 'mock', document: brokenYaml }));
    expect(error.message).toMatch(/^Prism exited \(code 1\) before it was listening: Error parsing .*not-yaml\.yaml/);
    expect(error.message).toContain("--- Prism's output ---");
    expect(error.message).not.toContain('Show help'); // Prism's usage text is left out
    expect(processGroupAlive(error.pid!)).toBe(false);
  });

  test('bad input: a port already taken ends in "already in use", not a hang', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    try {
      const error = await startFailure(startPrism({ command: 'mock', document: specRootFile, port }));
      expect(error.message).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(processGroupAlive(error.pid!)).toBe(false);
    } finally {
      blocker.close();
    }
  });

  test('bad input: starting is bounded; a start that takes too long is stopped and reported', async () => {
    const error = await startFailure(startPrism({ command: 'mock', document: specRootFile, startTimeoutMs: 200 }));
    expect(error.message).toMatch(/^Prism did not answer within 200 ms/);
    expect(processGroupAlive(error.pid!)).toBe(false);
  });

  // A clean stop() of a running Prism is checked where the commands use it (contract:live, pnpm mock).
  test('starts on a free 127.0.0.1 port and answers; dying mid-run: exited says so, requests fail at once, stop() still cleans up', async () => {
    const prism = await startPrism({ command: 'mock', document: specRootFile });
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(prism.url);
    expect(response.status).toBe(404); // Prism's own "no path matched": it is Prism that answers
    await response.body?.cancel();
    expect(processGroupAlive(prism.pid)).toBe(true);

    process.kill(prism.pid, 'SIGKILL');
    await expect(prism.exited).resolves.toEqual({ code: null, signal: 'SIGKILL' });
    expect(prism.isRunning()).toBe(false);
    await expect(fetch(prism.url, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow(/fetch failed/);
    await prism.stop();
    await prism.stop(); // a second stop is harmless
    expect(processGroupAlive(prism.pid)).toBe(false);
  });

  test('a caller that crashes without stopping Prism still takes it down (exit hook)', async () => {
    const run = runCli('test/fixtures/start-prism-then-crash.ts', []);
    const [, pid] = await run.waitFor(/prism pid (\d+)/);
    const { code, stderr } = await run.result;
    expect(code).toBe(1);
    expect(stderr).toContain('the caller failed before it stopped Prism');
    // The hook's SIGKILL was sent as the caller exited; nobody waited for it to land.
    await expect.poll(() => processGroupAlive(Number(pid)), { timeout: 5_000 }).toBe(false);
  });
});

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(scratch, { recursive: true, force: true });
});
