// `pnpm contract:live` when the target cannot be reached or the run itself breaks: a clear report and
// exit status, never a hang, no Prism left behind.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { freePort } from '../src/free-port.ts';
import { contractLive, finished, referenceServer } from './support/contract-live-run.ts';

describe('pnpm contract:live, failures', () => {
  test('unreachable target -> exit 2 with the connection error', async () => {
    const closedPort = await freePort('127.0.0.1');
    const { code, stdout } = await finished(contractLive(`http://127.0.0.1:${closedPort}`));
    expect(stdout).toContain(`UNREACHABLE`);
    expect(stdout).toContain(`ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(code).toBe(2);
  });

  test('a target that never answers -> exit 2 after --timeout-ms, not a hang', async () => {
    const server = await referenceServer({ mode: 'conformant', beforeRespond: () => new Promise<void>(() => {}) });
    const { code, stdout } = await finished(contractLive(server.url, ['--timeout-ms', '1500']));
    expect(stdout).toContain('UNREACHABLE');
    expect(stdout).toContain('the target did not answer within 1500 ms');
    expect(code).toBe(2);
  });

  test('a target answering 501 -> exit 3: Prism mocks 501 answers instead of checking them, so no false CONFORMANT', async () => {
    const target = createServer((_request, response) => {
      response.writeHead(501, { 'Content-Type': 'application/json' });
      response.end('{"notImplemented": {"code": 501, "message": "not here"}}');
    }).listen(0, '127.0.0.1');
    await once(target, 'listening');
    try {
      const { port } = target.address() as AddressInfo;
      const { code, stdout } = await finished(contractLive(`http://127.0.0.1:${port}`));
      expect(stdout).toContain('CHECK FAILED: The target answered 501.');
      expect(stdout).not.toContain('CONFORMANT');
      expect(code).toBe(3);
    } finally {
      target.close();
    }
  });

  test('Prism dying mid-run -> exit 3 saying so, no hang, no process left', async () => {
    let killedPrism: (() => void) | undefined;
    const prismKilled = new Promise<void>((resolve) => (killedPrism = resolve));
    let run: ReturnType<typeof contractLive> | undefined;
    const server = await referenceServer({
      mode: 'conformant',
      // The request has reached the target through Prism: kill Prism before the answer goes back.
      beforeRespond: async () => {
        const [, pid] = await run!.waitFor(/Prism \(pid (\d+)\)/);
        process.kill(Number(pid), 'SIGKILL');
        killedPrism!();
      },
    });
    run = contractLive(server.url);
    await prismKilled;
    const { code, stdout } = await finished(run);
    expect(stdout).toContain('CHECK FAILED: Prism stopped unexpectedly (SIGKILL) during the check.');
    expect(code).toBe(3);
  });
});
