// The fault server itself, probed with plain node:http requests: each fault must break the
// exchange exactly the way its name says, or the client suites would prove nothing.
import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultExample } from '@vbs/spec';
import { startLoopbackServer, type Handler, type LoopbackServer } from '../src/loopback-server.ts';
import {
  gatewayHtml,
  neverAnswer,
  resetBeforeHeaders,
  resetMidBody,
  sendEmpty,
  sendHtml,
  sendSuccess,
  sendTruncatedJson,
  successBody,
  trickleBody,
} from '../src/responses.ts';

type Exchange =
  | { stage: 'no-response'; error: NodeJS.ErrnoException }
  | { stage: 'body-failed'; response: IncomingMessage; received: string }
  | { stage: 'complete'; response: IncomingMessage; body: string };

/** One request on a fresh connection; gives up (destroying the socket) after `giveUpMs`. */
function exchange(server: LoopbackServer, giveUpMs = 2000): Promise<Exchange> {
  return new Promise<Exchange>((settle) => {
    const req = request(`${server.origin}/v3/p/backups/b`, { agent: false });
    const giveUp = setTimeout(() => req.destroy(Object.assign(new Error('gave up'), { code: 'GAVE_UP' })), giveUpMs);
    const resolve = (result: Exchange) => {
      clearTimeout(giveUp);
      settle(result);
    };
    let response: IncomingMessage | undefined;
    let text = '';
    const failed = (error: NodeJS.ErrnoException) =>
      resolve(response ? { stage: 'body-failed', response, received: text } : { stage: 'no-response', error });
    req.on('error', failed);
    req.on('response', (received) => {
      response = received;
      received.setEncoding('utf8');
      received.on('data', (chunk: string) => (text += chunk));
      received.on('end', () => resolve({ stage: 'complete', response: received, body: text }));
      received.on('error', failed);
    });
    req.end();
  });
}

let server: LoopbackServer | undefined;
const serve = async (handler: Handler) => (server = await startLoopbackServer(handler));

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fault server', () => {
  it('answers success with the spec’s default 200 example', async () => {
    const result = await exchange(await serve((_req, res) => sendSuccess(res)));
    expect(result.stage).toBe('complete');
    if (result.stage !== 'complete') return;
    expect(result.response.statusCode).toBe(200);
    expect(result.response.headers['x-openstack-request-id']).toMatch(/^req-[0-9a-f-]{36}$/);
    expect(JSON.parse(result.body)).toEqual(defaultExample(200));
  });

  it('never answers when told so, until the client hangs up', async () => {
    const result = await exchange(await serve((_req, res) => neverAnswer(res)), 200);
    expect(result.stage === 'no-response' && result.error.code).toBe('GAVE_UP');
    expect(await server!.openSocketsAfter(2000)).toBe(0);
  });

  it('resets the connection before any header', async () => {
    const result = await exchange(await serve((_req, res) => resetBeforeHeaders(res)));
    expect(result.stage === 'no-response' && result.error.code).toBe('ECONNRESET');
  });

  it('resets the connection after the headers and part of the body', async () => {
    const result = await exchange(await serve((_req, res) => resetMidBody(res)));
    expect(result.stage).toBe('body-failed');
    if (result.stage !== 'body-failed') return;
    expect(result.response.statusCode).toBe(200);
    expect(result.received.length).toBeGreaterThan(0);
    expect(result.received.length).toBeLessThan(successBody.length);
  });

  it('sends a well-framed body that is cut-off JSON', async () => {
    const result = await exchange(await serve((_req, res) => sendTruncatedJson(res)));
    expect(result.stage).toBe('complete');
    if (result.stage !== 'complete') return;
    expect(successBody.startsWith(result.body)).toBe(true);
    expect(() => JSON.parse(result.body)).toThrow(SyntaxError);
  });

  it('trickles the body slower than a client would wait', async () => {
    const result = await exchange(await serve((_req, res) => trickleBody(res, 20)), 300);
    expect(result.stage).toBe('body-failed');
    if (result.stage !== 'body-failed') return;
    expect(result.received.length).toBeGreaterThan(0);
    expect(result.received.length).toBeLessThan(successBody.length);
    // The server stops writing once the client has gone.
    expect(await server!.openSocketsAfter(2000)).toBe(0);
  });

  it('sends the spec’s HTML page for a gateway 502 and nothing for an empty 500', async () => {
    const html = await exchange(await serve((_req, res, hit) => (hit === 1 ? sendHtml(res, 502) : sendEmpty(res, 500))));
    const empty = await exchange(server!);
    expect(html.stage === 'complete' && [html.response.statusCode, html.response.headers['content-type'], html.body]).toEqual([
      502,
      'text/html',
      gatewayHtml(502),
    ]);
    expect(empty.stage === 'complete' && [empty.response.statusCode, empty.body]).toEqual([500, '']);
    expect(server!.hits).toBe(2);
  });

  it('records every request in arrival order', async () => {
    await serve((_req, res) => sendSuccess(res));
    await exchange(server!);
    await exchange(server!);
    expect(server!.requests.map(({ hit, method, url }) => [hit, method, url])).toEqual([
      [1, 'GET', '/v3/p/backups/b'],
      [2, 'GET', '/v3/p/backups/b'],
    ]);
  });
});
