// Runs `contract:live` (as users run it) against local reference servers that are closed after each test.
import { afterEach, expect } from 'vitest';
import {
  referenceBackupId,
  referenceProjectId,
  startReferenceServer,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '../../src/reference-server.ts';
import { processGroupAlive } from './process-group.ts';
import { runCli, type CliRun } from './run-cli.ts';

export const liveToken = 'live-check-secret-token-7f3a';
const servers: ReferenceServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

export async function referenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const server = await startReferenceServer(options);
  servers.push(server);
  return server;
}

export function contractLive(
  target: string,
  extra: string[] = [],
  env: Record<string, string | undefined> = { OS_AUTH_TOKEN: liveToken },
): CliRun {
  return runCli(
    'src/cli/contract-live.ts',
    ['--target', target, '--project-id', referenceProjectId, '--backup-id', referenceBackupId, ...extra],
    { env },
  );
}

/** Runs to the end; checks that the token was never printed and that Prism is gone. */
export async function finished(run: CliRun) {
  const result = await run.result;
  expect(result.stdout + result.stderr).not.toContain(liveToken);
  const pid = /Prism \(pid (\d+)\)/.exec(result.stderr)?.[1];
  if (pid) expect(processGroupAlive(Number(pid))).toBe(false);
  return result;
}
