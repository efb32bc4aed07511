// The Cinder stand-in that contract:live is tested against must itself behave like Cinder: every
// answer Prism lets through to it conforms to the spec, and the answers Prism would refuse to forward
// (no token, malformed microversion, another method) look like Cinder's too.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { specRootFile } from '@vbs/spec';
import { backupUrl } from '../src/backup-url.ts';
import { startPrism, type PrismProcess } from '../src/prism.ts';
import {
  referenceBackupId,
  referenceProjectId,
  startReferenceServer,
  type ReferenceServer,
} from '../src/reference-server.ts';
import { violationsHeader } from '../src/violations.ts';

let server: ReferenceServer;
let proxy: PrismProcess;

beforeAll(async () => {
  server = await startReferenceServer({ mode: 'conformant' });
  proxy = await startPrism({ command: 'proxy', document: specRootFile, upstream: server.url });
});
afterAll(async () => {
  await proxy?.stop();
  await server?.close();
});

const get = (base: string, headers: Record<string, string>, backupId = referenceBackupId, method = 'GET') =>
  fetch(backupUrl(base, referenceProjectId, backupId), { method, headers: { Accept: 'application/json', ...headers } });

describe('reference server answers, validated by prism proxy --errors', () => {
  test.each([
    ['no microversion (3.0: the 17 always-present keys)', {}, 200, 'volume 3.0', 17],
    ['volume 3.18 (adds os-backup-project-attr:project_id)', { 'OpenStack-API-Version': 'volume 3.18' }, 200, 'volume 3.18', 18],
    ['volume 3.43 (adds metadata)', { 'OpenStack-API-Version': 'volume 3.43' }, 200, 'volume 3.43', 19],
    ['volume 3.64 (adds user_id, encryption_key_id)', { 'OpenStack-API-Version': 'volume 3.64' }, 200, 'volume 3.64', 21],
    ['volume latest', { 'OpenStack-API-Version': 'volume latest' }, 200, 'volume 3.70', 21],
    ['an unsupported microversion -> 406 computeFault', { 'OpenStack-API-Version': 'volume 3.99' }, 406, undefined, undefined],
  ])('%s conforms', async (_case, headers, status, echoedVersion, backupKeys) => {
    const response = await get(proxy.url, { 'X-Auth-Token': 'reference', ...headers });
    const body = (await response.json()) as { backup?: object };
    expect(violationsHeader(response.headers)).toEqual([]);
    expect(response.status, JSON.stringify(body)).toBe(status);
    expect(response.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    if (echoedVersion) expect(response.headers.get('openstack-api-version')).toBe(echoedVersion);
    if (backupKeys) expect(Object.keys(body.backup ?? {})).toHaveLength(backupKeys);
  });

  test('an unknown backup -> 404 itemNotFound conforms', async () => {
    const unknown = referenceBackupId.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    const response = await get(proxy.url, { 'X-Auth-Token': 'reference' }, unknown);
    expect(violationsHeader(response.headers)).toEqual([]);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ itemNotFound: { code: 404, message: `Backup ${unknown} could not be found.` } });
  });
});

describe('reference server answers Prism does not forward (asked directly)', () => {
  test('no token -> 401 Keystone body and WWW-Authenticate', async () => {
    const response = await get(server.url, {});
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Keystone uri=/);
    expect(await response.json()).toMatchObject({ error: { code: 401, title: 'Unauthorized' } });
  });

  test('malformed microversion -> 400 badRequest', async () => {
    const response = await get(server.url, { 'X-Auth-Token': 'reference', 'OpenStack-API-Version': 'volume 3.x' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ badRequest: { code: 400 } });
  });

  test('another method -> 405 badMethod', async () => {
    const response = await get(server.url, { 'X-Auth-Token': 'reference' }, referenceBackupId, 'DELETE');
    expect(response.status).toBe(405);
    expect(await response.json()).toMatchObject({ badMethod: { code: 405 } });
  });
});
