// getBackup against a real local server: what is sent, what comes back.
import { describe, expect, it } from 'vitest';
import { defaultExample, responseExamples } from '@vbs/spec';
import { createVbsClient } from '../src/index.js';
import { backupId, fastOptions, ids, projectId, serve, showPath, token } from './support/fixtures.js';
import { reply } from './support/loopback.js';

const requestId = 'req-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('getBackup', () => {
  it.each(Object.entries(responseExamples(200)))('returns the backup of the %s example', async (_name, body) => {
    const { client } = await serve((_req, res) => reply(res, 200, body));
    expect(await client.getBackup(ids)).toEqual((body as { backup: unknown }).backup);
  });

  it('sends one GET with the token, Accept and the path built from the ids', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    await client.getBackup(ids);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(showPath);
    expect(request?.headers['x-auth-token']).toBe(token);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['openstack-api-version']).toBeUndefined();
  });

  it('sends the microversion and reports the request id, echoed microversion and attempts', async () => {
    const { server, client } = await serve(
      (_req, res) =>
        reply(res, 200, defaultExample(200), { 'x-openstack-request-id': requestId, 'openstack-api-version': 'volume 3.43' }),
      { microversion: '3.43' },
    );
    const result = await client.getBackupWithMeta(ids);
    expect(server.requests[0]?.headers['openstack-api-version']).toBe('volume 3.43');
    expect(result).toEqual({
      backup: (defaultExample(200) as { backup: unknown }).backup,
      status: 200,
      requestId,
      microversion: '3.43',
      attempts: 1,
    });
  });

  it('sends "volume latest" for the latest microversion', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)), { microversion: 'latest' });
    await client.getBackup(ids);
    expect(server.requests[0]?.headers['openstack-api-version']).toBe('volume latest');
  });

  it('asks a token function before every attempt', async () => {
    let issued = 0;
    const { server, client } = await serve(
      (_req, res, hit) => (hit === 1 ? reply(res, 503, '') : reply(res, 200, defaultExample(200))),
      { token: async () => `token-${++issued}` },
    );
    await client.getBackup(ids);
    expect(server.requests.map((request) => request.headers['x-auth-token'])).toEqual(['token-1', 'token-2']);
  });

  it.each(['', '/', '/volume', '/volume/'])('keeps a base path %j and tolerates a trailing slash', async (basePath) => {
    const { server } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    const client = createVbsClient({ ...fastOptions, baseUrl: server.origin + basePath });
    await client.getBackup(ids);
    expect(server.requests[0]?.url).toBe(`${basePath.replace(/\/$/, '')}${showPath}`);
  });

  it('hands an injected fetch a Request it can inspect', async () => {
    const seen: Request[] = [];
    const client = createVbsClient({
      ...fastOptions,
      baseUrl: 'https://vbs.eu-de.otc.t-systems.com/',
      fetch: async (input) => {
        seen.push(input as Request);
        return Response.json(defaultExample(200), { headers: { 'x-openstack-request-id': requestId } });
      },
    });
    const result = await client.getBackupWithMeta({ projectId, backupId });
    expect(result.requestId).toBe(requestId);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`https://vbs.eu-de.otc.t-systems.com${showPath}`);
    expect(seen[0]?.redirect).toBe('manual');
    expect(seen[0]?.headers.get('x-auth-token')).toBe(token);
  });
});

describe('raw', () => {
  it('is the typed openapi-fetch client on the same endpoint, with the token', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)), { microversion: '3.64' });
    const { data, response } = await client.raw.GET('/v3/{project_id}/backups/{backup_id}', {
      params: { path: { project_id: projectId, backup_id: backupId } },
    });
    expect(response.status).toBe(200);
    expect(data?.backup.id).toBe((defaultExample(200) as { backup: { id: string } }).backup.id);
    expect(server.requests[0]?.url).toBe(showPath);
    expect(server.requests[0]?.headers['x-auth-token']).toBe(token);
    expect(server.requests[0]?.headers['openstack-api-version']).toBe('volume 3.64');
  });

  it('applies middleware registered before its first request, and ejects it again', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    const tagging = (name: string) => ({
      onRequest({ request }: { request: Request }) {
        request.headers.set(name, 'yes');
        return request;
      },
    });
    const tagged = tagging('x-tagged');
    const ejectedAtOnce = tagging('x-ejected');
    client.raw.use(tagged, ejectedAtOnce);
    client.raw.eject(ejectedAtOnce);
    const params = { params: { path: { project_id: projectId, backup_id: backupId } } };
    await client.raw.GET('/v3/{project_id}/backups/{backup_id}', params);
    client.raw.eject(tagged);
    await client.raw.GET('/v3/{project_id}/backups/{backup_id}', params);
    expect(server.requests.map(({ headers }) => [headers['x-tagged'], headers['x-ejected']])).toEqual([
      ['yes', undefined],
      [undefined, undefined],
    ]);
  });
});
