// Retries: only for network errors, timeouts and 408/429/502/503/504; backoff with full jitter;
// Retry-After honoured up to maxDelayMs.
import { describe, expect, it } from 'vitest';
import { defaultExample, errorStatuses } from '@vbs/spec';
import { VbsError } from '../src/index.js';
import { parseRetryAfter, retryDelayMs } from '../src/retry.js';
import { ids, rejectionOf, serve } from './support/fixtures.js';
import { reply } from './support/loopback.js';

const retryable = [408, 429, 502, 503, 504];
const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('which failures are retried', () => {
  it.each(retryable)('%i is retried until an answer succeeds', async (status) => {
    const { server, client } = await serve((_req, res, hit) =>
      hit < 3 ? reply(res, status, '') : reply(res, 200, defaultExample(200)),
    );
    const result = await client.getBackupWithMeta(ids);
    expect(result.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it.each(errorStatuses().filter((status) => !retryable.includes(status) && status !== 407))(
    '%i is never retried',
    async (status) => {
      const { server, client } = await serve((_req, res) => reply(res, status, defaultExample(status)));
      const error = await rejectionOf(client.getBackup(ids));
      expect(error).toMatchObject({ kind: 'http', status, attempts: 1 });
      expect(server.requests).toHaveLength(1);
    },
  );

  it('stops after `attempts` tries and reports the last answer', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 502, '<html>502</html>'), {
      retry: { attempts: 4, baseDelayMs: 1 },
    });
    const error = await rejectionOf(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'http', status: 502, attempts: 4, rawBody: '<html>502</html>' });
    expect(server.requests).toHaveLength(4);
  });

  it('retry: false sends once', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 503, ''), { retry: false });
    expect(await rejectionOf(client.getBackup(ids))).toMatchObject({ kind: 'http', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('a network error on one attempt is retried', async () => {
    const { client } = await serve((_req, res, hit) =>
      hit === 1 ? res.socket?.destroy() : reply(res, 200, defaultExample(200)),
    );
    expect((await client.getBackupWithMeta(ids)).attempts).toBe(2);
  });

  it('invalid responses are not retried', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, 'not json'));
    expect(await rejectionOf(client.getBackup(ids))).toBeInstanceOf(VbsError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('how long to wait', () => {
  it('waits what Retry-After says (seconds), capped at maxDelayMs', async () => {
    const { server, client } = await serve(
      (_req, res, hit) => (hit === 1 ? reply(res, 429, '', { 'retry-after': '3600' }) : reply(res, 200, defaultExample(200))),
      { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 150 } },
    );
    const started = performance.now();
    await client.getBackup(ids);
    // At least the cap (not the jitter's few ms), and the hour was not waited: the call returned.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['seconds', '7', 7_000],
    ['zero', '0', 0],
    ['an HTTP date', new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), 30_000],
    ['a past HTTP date', new Date(Date.UTC(2029, 11, 31)).toUTCString(), 0],
  ])('parses Retry-After as %s', (_what, value, expected) => {
    expect(parseRetryAfter(value, Date.UTC(2030, 0, 1))).toBe(expected);
  });

  it.each([null, '', 'soon', '-5', '1.5'])('ignores Retry-After %j', (value) => {
    expect(parseRetryAfter(value)).toBeUndefined();
  });

  it('Retry-After wins over the backoff, up to maxDelayMs', () => {
    expect(retryDelayMs(1, policy, 400, () => 0)).toBe(400);
    expect(retryDelayMs(1, policy, 60_000, () => 0)).toBe(1_000);
  });

  it('full jitter: anywhere from 0 to base * 2^(retry - 1), never above maxDelayMs', () => {
    expect(retryDelayMs(1, policy, undefined, () => 0)).toBe(0);
    expect(retryDelayMs(1, policy, undefined, () => 0.999)).toBe(99);
    expect(retryDelayMs(3, policy, undefined, () => 0.5)).toBe(200);
    expect(retryDelayMs(10, policy, undefined, () => 0.999)).toBe(999);
  });
});
