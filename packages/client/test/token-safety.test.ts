// The token never appears in anything an error can be logged as: message, toString, toJSON, stack,
// cause, or any other property — even when a server or a fetch function echoes it.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createVbsClient, VbsError } from '../src/index.js';
import { fastOptions, ids, rejectionOf, serve, token } from './support/fixtures.js';
import { reply } from './support/loopback.js';

async function expectNoToken(promise: Promise<unknown>, kind: VbsError['kind']): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(VbsError);
  expect((error as VbsError).kind).toBe(kind);
  const renderings = [
    (error as Error).message,
    String(error),
    JSON.stringify(error),
    (error as Error).stack ?? '',
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
  for (const text of renderings) expect(text).not.toContain(token);
}

describe('the token stays out of errors', () => {
  it('http: a fault message and body that echo it', async () => {
    const { client } = await serve((req, res) =>
      reply(res, 401, { error: { code: 401, title: 'Unauthorized', message: `token ${String(req.headers['x-auth-token'])} expired` } }),
    );
    await expectNoToken(client.getBackup(ids), 'http');
  });

  it('http: a non-JSON page that echoes it', async () => {
    const { client } = await serve((req, res) => reply(res, 502, `<pre>${String(req.headers['x-auth-token'])}</pre>`), {
      retry: false,
    });
    await expectNoToken(client.getBackup(ids), 'http');
  });

  it('invalid_response: a 200 that echoes it', async () => {
    const { client } = await serve((req, res) => reply(res, 200, `token=${String(req.headers['x-auth-token'])}`));
    await expectNoToken(client.getBackup(ids), 'invalid_response');
  });

  it('invalid_response: a schema violation in a body that echoes it', async () => {
    const { client } = await serve((req, res) => reply(res, 200, { backup: { id: req.headers['x-auth-token'] } }), {
      validateResponses: true,
    });
    await expectNoToken(client.getBackup(ids), 'invalid_response');
  });

  it('network: a fetch function whose error (and its cause) contain it', async () => {
    const client = createVbsClient({
      ...fastOptions,
      baseUrl: 'http://127.0.0.1:9',
      retry: false,
      fetch: async (input) => {
        const sent = (input as Request).headers.get('x-auth-token');
        throw new TypeError(`failed with X-Auth-Token: ${sent}`, { cause: new Error(`socket for ${sent}`) });
      },
    });
    await expectNoToken(client.getBackup(ids), 'network');
  });

  it('aborted: a caller reason that contains it', async () => {
    const { client } = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error(`cancelled request with ${token}`)), 20);
    await expectNoToken(client.getBackup(ids, { signal: controller.signal }), 'aborted');
  });

  it('aborted: a reason that contains it, given while waiting to retry or before the call', async () => {
    const { client } = await serve((_req, res) => reply(res, 503, '', { 'retry-after': '60' }), {
      retry: { attempts: 2, maxDelayMs: 60_000 },
    });
    const controller = new AbortController();
    const pending = client.getBackup(ids, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error(`gave up on ${token}`)), 50);
    await expectNoToken(pending, 'aborted');
    await expectNoToken(client.getBackup(ids, { signal: AbortSignal.abort(`stop ${token}`) }), 'aborted');
  });

  it('timeout', async () => {
    const { client } = await serve(() => undefined, { timeoutMs: 30, retry: false });
    await expectNoToken(client.getBackup(ids), 'timeout');
  });

  it('invalid_argument: an unusable token is not quoted', async () => {
    const { client } = await serve(() => undefined, { token: `${token}\n` });
    await expectNoToken(client.getBackup(ids), 'invalid_argument');
  });

  it('a success body is returned untouched', async () => {
    const { client } = await serve((req, res) => reply(res, 200, { backup: { note: req.headers['x-auth-token'] } }));
    expect(await client.getBackup(ids)).toEqual({ note: token });
  });
});
