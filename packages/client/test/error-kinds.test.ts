// One test (at least) per VbsError kind, against a real local server or an injected fetch.
import { describe, expect, it } from 'vitest';
import { defaultExample, errorStatuses, faultNameOf, showBackupOperation } from '@vbs/spec';
import { createVbsClient, VbsError } from '../src/index.js';
import { fastOptions, ids, rejectionOf, serve } from './support/fixtures.js';
import { reply, startLoopback } from './support/loopback.js';

const requestId = 'req-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** The spec's text/html example of a status, when it declares one. */
function htmlExample(status: number): string | undefined {
  const examples = showBackupOperation().responses[String(status)]?.content?.['text/html']?.examples ?? {};
  const [first] = Object.values(examples);
  return first?.value as string | undefined;
}

function faultMessage(body: unknown): string {
  const fault = faultNameOf(body);
  return ((body as Record<string, { message: string }>)[fault ?? '']?.message) ?? '';
}

async function vbsError(promise: Promise<unknown>): Promise<VbsError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(VbsError);
  return error as VbsError;
}

describe('kind "http"', () => {
  // Node's fetch turns any 407 into a network error, so that status is checked with an injected fetch below.
  const statuses = errorStatuses().filter((status) => status !== 407);

  it.each(statuses)('%i: status, fault name, message and request id from the spec\'s example', async (status) => {
    const body = defaultExample(status);
    const { client } = await serve((_req, res) => reply(res, status, body, { 'x-openstack-request-id': requestId }), {
      retry: false,
    });
    const error = await vbsError(client.getBackup(ids));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.faultName).toBe(faultNameOf(body));
    expect(error.message).toBe(faultMessage(body));
    expect(error.requestId).toBe(requestId);
    expect(error.attempts).toBe(1);
    expect(error.body).toEqual(body);
    expect(error.rawBody).toBeUndefined();
  });

  it('407 through an injected fetch', async () => {
    const body = defaultExample(407);
    const client = createVbsClient({
      ...fastOptions,
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => Response.json(body, { status: 407 }),
    });
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'http', status: 407, faultName: faultNameOf(body), attempts: 1 });
  });

  it.each(errorStatuses().filter((status) => htmlExample(status) !== undefined && status !== 407))(
    '%i with the spec\'s HTML page keeps the page as rawBody',
    async (status) => {
      const page = htmlExample(status) ?? '';
      const { client } = await serve((_req, res) => reply(res, status, page), { retry: false });
      const error = await vbsError(client.getBackup(ids));
      expect(error).toMatchObject({ kind: 'http', status, rawBody: page, faultName: undefined, body: undefined });
      expect(error.message).toContain(String(status));
    },
  );

  it('an empty 500 body is an http error with rawBody ""', async () => {
    const { client } = await serve((_req, res) => reply(res, 500, ''));
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'http', status: 500, rawBody: '', attempts: 1 });
    expect(error.message).toBe('HTTP 500 Internal Server Error with an empty body');
  });
});

describe('kind "invalid_argument"', () => {
  it('bad ids throw before any request', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    const error = await vbsError(client.getBackup({ projectId: ids.projectId, backupId: '..' }));
    expect(error).toMatchObject({ kind: 'invalid_argument', attempts: 0, status: undefined });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ baseUrl: 'ftp://example.com' }, 'baseUrl'],
    [{ baseUrl: 'https://user:secret@example.com' }, 'credentials'],
    [{ baseUrl: 'https://example.com/?region=eu' }, 'query'],
    [{ microversion: 'volume 3.43' }, 'microversion'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: 2 ** 31 }, 'timeoutMs'],
    [{ retry: { attempts: 0 } }, 'retry.attempts'],
    [{ retry: { attempts: 2.5 } }, 'retry.attempts'],
    [{ retry: { maxDelayMs: Number.NaN } }, 'retry.maxDelayMs'],
  ])('createVbsClient refuses %j', (override, named) => {
    let error: unknown;
    try {
      createVbsClient({ ...fastOptions, baseUrl: 'https://example.com', ...override });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VbsError);
    expect(error).toMatchObject({ kind: 'invalid_argument', attempts: 0 });
    expect((error as VbsError).message).toContain(named);
  });

  it.each([['empty', ''], ['with a newline', 'abc\r\nX-Evil: 1'], ['a failing function', () => Promise.reject(new Error('vault down'))]])(
    'a token that is %s is refused before sending',
    async (_what, badToken) => {
      const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)), {
        token: badToken as string,
      });
      const error = await vbsError(client.getBackup(ids));
      expect(error).toMatchObject({ kind: 'invalid_argument', attempts: 0 });
      expect(server.requests).toHaveLength(0);
    },
  );
});

describe('kind "network"', () => {
  it('a refused connection, after every attempt', async () => {
    const closed = await startLoopback(() => undefined);
    await closed.close();
    const client = createVbsClient({ ...fastOptions, baseUrl: closed.origin });
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'network', attempts: 3, status: undefined });
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('a connection reset mid-answer', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"backup": {');
      setTimeout(() => res.socket?.destroy(), 10);
    }, { retry: false });
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'network', attempts: 1 });
  });

  it("Node's fetch reports a 407 as a network error", async () => {
    const { client } = await serve((_req, res) => reply(res, 407, defaultExample(407)), { retry: false });
    expect(await vbsError(client.getBackup(ids))).toMatchObject({ kind: 'network', attempts: 1 });
  });
});

describe('kind "timeout"', () => {
  it('each attempt gets timeoutMs; the last one timing out is a timeout', async () => {
    const { server, client } = await serve(() => undefined, { timeoutMs: 50, retry: { attempts: 2, baseDelayMs: 1 } });
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('covers a body that trickles in too slowly', async () => {
    const { client } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
    }, { timeoutMs: 80, retry: false });
    expect(await vbsError(client.getBackup(ids))).toMatchObject({ kind: 'timeout', attempts: 1 });
  });

  it('applies to a fetch that ignores its signal', async () => {
    const client = createVbsClient({
      ...fastOptions,
      baseUrl: 'http://127.0.0.1:9',
      timeoutMs: 30,
      retry: false,
      fetch: () => new Promise<Response>(() => undefined),
    });
    expect(await vbsError(client.getBackup(ids))).toMatchObject({ kind: 'timeout', attempts: 1 });
  });
});

describe('kind "aborted"', () => {
  it('the caller\'s signal aborts a pending request at once, not as a timeout', async () => {
    const { client } = await serve(() => undefined, { timeoutMs: 10_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await vbsError(client.getBackup(ids, { signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'aborted', attempts: 1 });
  });

  it('an already aborted signal sends nothing', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    const error = await vbsError(client.getBackup(ids, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ kind: 'aborted', attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });

  it('aborting during the wait before a retry ends the call at once', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 503, '', { 'retry-after': '60' }), {
      retry: { attempts: 3, maxDelayMs: 60_000 },
    });
    const controller = new AbortController();
    const pending = client.getBackup(ids, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await vbsError(pending)).toMatchObject({ kind: 'aborted', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('kind "invalid_response"', () => {
  it('a 200 whose body is not JSON keeps the raw body', async () => {
    const { client } = await serve((_req, res) => reply(res, 200, '<html>login page</html>'));
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200, rawBody: '<html>login page</html>', attempts: 1 });
  });

  it('a 200 without a backup object names the path', async () => {
    const { client } = await serve((_req, res) => reply(res, 200, { backups: [] }));
    const error = await vbsError(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'invalid_response', path: '/backup', body: { backups: [] } });
  });
});
