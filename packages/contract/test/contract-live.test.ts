// `pnpm contract:live` against the local Cinder stand-in: conformant, drifted, unreachable, and the
// ways a run can go wrong. The command runs as users run it; only the target is local.
import { afterEach, describe, expect, test } from 'vitest';
import { freePort } from '../src/free-port.ts';
import {
  referenceBackupId,
  referenceProjectId,
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '../src/reference-server.ts';
import { processGroupAlive } from './support/process-group.ts';
import { runCli } from './support/run-cli.ts';

const token = 'live-check-secret-token-7f3a';
const servers: ReferenceServer[] = [];

async function referenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const server = await startReferenceServer(options);
  servers.push(server);
  return server;
}

function contractLive(target: string, extra: string[] = [], env: Record<string, string | undefined> = { OS_AUTH_TOKEN: token }) {
  return runCli(
    'src/cli/contract-live.ts',
    ['--target', target, '--project-id', referenceProjectId, '--backup-id', referenceBackupId, ...extra],
    { env },
  );
}

/** Runs to the end; checks that the token was never printed and that Prism is gone. */
async function finished(run: ReturnType<typeof contractLive>) {
  const result = await run.result;
  expect(result.stdout + result.stderr).not.toContain(token);
  const pid = /Prism \(pid (\d+)\)/.exec(result.stderr)?.[1];
  if (pid) expect(processGroupAlive(Number(pid))).toBe(false);
  return result;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('pnpm contract:live', () => {
  test('conformant reference server (microversion 3.64, all optional fields) -> exit 0, CONFORMANT', async () => {
    const server = await referenceServer({ mode: 'conformant' });
    const { code, stdout } = await finished(contractLive(server.url, ['--microversion', 'volume 3.64']));
    expect(stdout).toContain(`CONFORMANT: GET /v3/{project_id}/backups/{backup_id} at ${server.url} answered 200`);
    expect(code).toBe(0);
  });

  test('drifted reference server (size as a string, volume_id missing) -> exit 1 naming both violations', async () => {
    const server = await referenceServer({ mode: 'drifted' });
    const { code, stdout } = await finished(contractLive(server.url));
    expect(stdout).toContain('NOT CONFORMANT');
    expect(stdout).toContain('2 violations');
    expect(stdout).toMatch(/\$\.backup\.size {2}\[type\]\n\s+expected: must be integer\n\s+got: {6}"40" \(string\)/);
    expect(stdout).toMatch(/\$\.backup\.volume_id {2}\[required\]\n\s+expected: a required property\n\s+got: {6}missing/);
    expect(code).toBe(1);
  });

  test('unreachable target -> exit 2 with the connection error', async () => {
    const closedPort = await freePort('127.0.0.1');
    const { code, stdout } = await finished(contractLive(`http://127.0.0.1:${closedPort}`));
    expect(stdout).toContain(`UNREACHABLE`);
    expect(stdout).toContain(`ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(code).toBe(2);
  });

  test('bad input: no OS_AUTH_TOKEN -> exit 3 with a clear message, nothing started', async () => {
    const { code, stderr } = await finished(contractLive('http://127.0.0.1:9', [], { OS_AUTH_TOKEN: undefined }));
    expect(stderr).toContain('OS_AUTH_TOKEN is not set');
    expect(stderr).not.toContain('Prism (pid');
    expect(code).toBe(3);
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
