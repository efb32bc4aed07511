// validateResponses: 200 bodies checked with the validator compiled from the spec at generate time.
import { describe, expect, it } from 'vitest';
import { defaultExample, responseExamples } from '@vbs/spec';
import { ids, rejectionOf, serve } from './support/fixtures.js';
import { reply } from './support/loopback.js';

type Body = { backup: Record<string, unknown> };
const example = (): Body => structuredClone(defaultExample(200)) as Body;

describe('validateResponses: true', () => {
  it.each(Object.entries(responseExamples(200)))('accepts the %s example', async (_name, body) => {
    const { client } = await serve((_req, res) => reply(res, 200, body), { validateResponses: true });
    expect(await client.getBackup(ids)).toEqual((body as Body).backup);
  });

  it('lets unknown extra properties pass', async () => {
    const body = example();
    body.backup['vendor:extra'] = { anything: [1, 2] };
    const { client } = await serve((_req, res) => reply(res, 200, { ...body, also: true }), { validateResponses: true });
    expect((await client.getBackup(ids))['vendor:extra']).toEqual({ anything: [1, 2] });
  });

  it.each([
    ['a wrong type', (backup: Record<string, unknown>) => (backup.size = '10 GiB'), '/backup/size'],
    ['a missing required key', (backup: Record<string, unknown>) => delete backup.volume_id, '/backup'],
    ['a bad timestamp', (backup: Record<string, unknown>) => (backup.created_at = '2019-03-27 12:36'), '/backup/created_at'],
  ])('names the JSON path of %s', async (_what, spoil, path) => {
    const body = example();
    spoil(body.backup);
    const { client } = await serve((_req, res) => reply(res, 200, body), { validateResponses: true });
    const error = await rejectionOf(client.getBackup(ids));
    expect(error).toMatchObject({ kind: 'invalid_response', status: 200, path, attempts: 1 });
    expect((error as Error).message).toContain(path);
  });

  it('is off by default', async () => {
    const body = example();
    body.backup.size = '10 GiB';
    const { client } = await serve((_req, res) => reply(res, 200, body));
    expect((await client.getBackup(ids)).size).toBe('10 GiB');
  });
});
