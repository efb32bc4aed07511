// Values every test file uses: ids and a token from the spec's own examples and a client factory.
import { afterEach } from 'vitest';
import { showBackupParameters } from '@vbs/spec';
import { createVbsClient, type VbsClientOptions } from '../../src/index.js';
import { startLoopback, type Handler, type Loopback } from './loopback.js';

const example = (name: string): string => {
  const value = showBackupParameters().find((parameter) => parameter.name === name)?.example;
  if (typeof value !== 'string') throw new Error(`the spec has no example for ${name}`);
  return value;
};

export const projectId = example('project_id');
export const backupId = example('backup_id');
export const ids = { projectId, backupId };
export const token = 'gAAAAABsecret-token-that-must-never-leak_0123456789';
export const showPath = `/v3/${projectId}/backups/${backupId}`;

/** Retries without waiting, so tests are fast; a short timeout. */
export const fastOptions = {
  token,
  timeoutMs: 2_000,
  retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
} satisfies Omit<VbsClientOptions, 'baseUrl'>;

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A loopback server closed after the current test, and a client pointed at it. */
export async function serve(handler: Handler, options: Partial<VbsClientOptions> = {}) {
  const server = await startLoopback(handler);
  servers.push(server);
  const client = createVbsClient({ ...fastOptions, baseUrl: server.origin, ...options });
  return { server, client };
}

/** The rejection of `promise`, which must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
