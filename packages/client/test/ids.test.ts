// Ids come from outside: each is refused (invalid_argument, nothing sent) or becomes exactly one
// path segment that decodes back to it. No id can change which URL is requested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExample } from '@vbs/spec';
import { createVbsClient, VbsError } from '../src/index.js';
import { fastOptions, ids, rejectionOf, serve } from './support/fixtures.js';
import { reply } from './support/loopback.js';

const baseUrl = 'https://vbs.eu-de.otc.t-systems.com/prefix';

/** A client whose fetch records the URL it is asked for and answers with the spec's 200 example. */
function recordingClient() {
  const urls: string[] = [];
  const client = createVbsClient({
    ...fastOptions,
    baseUrl,
    fetch: async (input) => {
      urls.push((input as Request).url);
      return Response.json(defaultExample(200));
    },
  });
  return { client, urls };
}

// Strings with the characters that matter: separators, dots, percent signs, controls, surrogates.
const awkwardId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'E', 'f', '?', '#', ';', ' ', '\n', '\u0000', ':', '@'), maxLength: 8 }),
  fc.constantFrom('.', '..', '%2e', '%2e%2e', '.%2E', '../', '..\\', '?', '#', '', '\uD800', 'a\u007fb', 'a\u0085b'),
);

describe('ids', () => {
  it('random ids are refused or decode back from exactly one segment (property)', async () => {
    const { client, urls } = recordingClient();
    await fc.assert(
      fc.asyncProperty(awkwardId, awkwardId, async (projectId, backupId) => {
        urls.length = 0;
        try {
          await client.getBackup({ projectId, backupId });
        } catch (error) {
          expect(error).toBeInstanceOf(VbsError);
          expect((error as VbsError).kind).toBe('invalid_argument');
          expect(urls).toHaveLength(0);
          return;
        }
        expect(urls).toHaveLength(1);
        const url = new URL(urls[0] ?? '');
        expect(url.origin + url.pathname.slice(0, '/prefix'.length)).toBe(baseUrl);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
        const segments = url.pathname.split('/');
        expect(segments).toHaveLength(6);
        expect(segments.slice(0, 3)).toEqual(['', 'prefix', 'v3']);
        expect(segments[4]).toBe('backups');
        expect(decodeURIComponent(segments[3] ?? '')).toBe(projectId);
        expect(decodeURIComponent(segments.at(-1) ?? '')).toBe(backupId);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['empty', ''],
    ['"."', '.'],
    ['".."', '..'],
    ['a control character', 'abc\u0000'],
    ['a line break', 'abc\r\n'],
    ['DEL', 'a\u007f'],
    ['an unpaired surrogate', 'a\uDC00'],
    ['not a string', 42],
  ])('refuses a backupId that is %s', async (_what, backupId) => {
    const { client, urls } = recordingClient();
    const error = await rejectionOf(client.getBackup({ projectId: ids.projectId, backupId: backupId as string }));
    expect(error).toMatchObject({ kind: 'invalid_argument', attempts: 0 });
    expect((error as Error).message).toContain('backupId');
    expect(urls).toHaveLength(0);
  });

  it.each([
    ['../../admin', '..%2F..%2Fadmin'],
    ['%2e%2e', '%252e%252e'],
    ['a?b#c', 'a%3Fb%23c'],
    ['snowman ☃', 'snowman%20%E2%98%83'],
  ])('encodes %j as one segment', async (backupId, segment) => {
    const { client, urls } = recordingClient();
    await client.getBackup({ projectId: ids.projectId, backupId });
    expect(urls[0]).toBe(`${baseUrl}/v3/${ids.projectId}/backups/${segment}`);
  });

  it('a real server receives the encoded segment', async () => {
    const { server, client } = await serve((_req, res) => reply(res, 200, defaultExample(200)));
    await client.getBackup({ projectId: ids.projectId, backupId: '../x y' });
    expect(server.requests[0]?.url).toBe(`/v3/${ids.projectId}/backups/..%2Fx%20y`);
  });
});
