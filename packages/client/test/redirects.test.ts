// Redirects: same-origin ones are followed (a bounded number); the token never goes to another origin.
import { describe, expect, it } from 'vitest';
import { defaultExample } from '@vbs/spec';
import { ids, rejectionOf, serve, showPath, token } from './support/fixtures.js';
import { reply, startLoopback } from './support/loopback.js';

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('follows a same-origin %i and sends the token there', async (status) => {
    const { server, client } = await serve((req, res) =>
      req.url === showPath ? reply(res, status, '', { location: '/moved/here' }) : reply(res, 200, defaultExample(200)),
    );
    await client.getBackup(ids);
    expect(server.requests.map((request) => request.url)).toEqual([showPath, '/moved/here']);
    expect(server.requests[1]?.headers['x-auth-token']).toBe(token);
  });

  it('refuses a redirect to another origin, names it and sends it nothing', async () => {
    const elsewhere = await startLoopback((_req, res) => reply(res, 200, defaultExample(200)));
    try {
      const target = `${elsewhere.origin}/steal`;
      const { client } = await serve((_req, res) => reply(res, 302, '', { location: target }));
      const error = await rejectionOf(client.getBackup(ids));
      expect(error).toMatchObject({ kind: 'http', status: 302, location: target, attempts: 1 });
      expect((error as Error).message).toContain(elsewhere.origin);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('treats another port or scheme of the same host as another origin', async () => {
    const { server, client } = await serve((_req, res) => {
      const { port } = new URL(`http://${_req.headers.host}`);
      reply(res, 307, '', { location: `https://127.0.0.1:${port}/x` });
    });
    expect(await rejectionOf(client.getBackup(ids))).toMatchObject({ kind: 'http', status: 307 });
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after 5 same-origin redirects', async () => {
    const { server, client } = await serve((_req, res, hit) => reply(res, 302, '', { location: `/loop/${hit}` }));
    const error = await rejectionOf(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'http', status: 302 });
    expect((error as Error).message).toContain('more than 5 redirects');
    expect(server.requests).toHaveLength(6);
  });

  it('a 3xx without Location is an http error', async () => {
    const { client } = await serve((_req, res) => reply(res, 304, ''));
    expect(await rejectionOf(client.getBackup(ids))).toMatchObject({ kind: 'http', status: 304 });
  });

  it('raw refuses a cross-origin redirect too', async () => {
    const elsewhere = await startLoopback((_req, res) => reply(res, 200, defaultExample(200)));
    try {
      const { client } = await serve((_req, res) => reply(res, 301, '', { location: `${elsewhere.origin}/` }));
      const error = await rejectionOf(
        client.raw.GET('/v3/{project_id}/backups/{backup_id}', {
          params: { path: { project_id: ids.projectId, backup_id: ids.backupId } },
        }),
      );
      expect(error).toMatchObject({ kind: 'http', status: 301 });
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});
