// Contract: every declared error status, served by Prism, ends in the documented VbsError; requests
// that break the spec are refused by Prism and surface as typed errors too.
import { request } from 'node:http';
import { inject, describe, expect, test } from 'vitest';
import { defaultExample, errorStatuses, faultNameOf, showBackupOperation } from '@vbs/spec';
import { backupUrl } from '../src/backup-url.ts';
import { exampleIds } from '../src/example-ids.ts';
import { contractClient, contractToken, vbsErrorOf } from './support/contract-client.ts';

const prismUrl = inject('prismMockUrl');
const ids = exampleIds();
// Node's fetch (undici) does not hand a 407 answer to the caller: it fails with a network error.
const fetchCannotSee = new Set([407]);
const messageOf = (body: unknown) => Object.values(body as Record<string, { message: string }>)[0]?.message;
const htmlExample = (status: number) => {
  const html = showBackupOperation().responses[String(status)]?.content?.['text/html'];
  return html && Object.values(html.examples ?? {})[0]?.value;
};

function getWithNodeHttp(headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(backupUrl(prismUrl, ids.projectId, ids.backupId), { headers }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: JSON.parse(text) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('contract: declared error statuses through @vbs/client', () => {
  test.each(errorStatuses().filter((status) => !fetchCannotSee.has(status)))(
    'Prefer: code=%i ends in VbsError(http) with that status and the fault name of its example',
    async (status) => {
      const example = defaultExample(status);
      const error = await vbsErrorOf(contractClient(prismUrl, { headers: { Prefer: `code=${status}` } }).getBackup(ids));
      expect(error.kind).toBe('http');
      expect(error.status).toBe(status);
      expect(error.faultName).toBe(faultNameOf(example));
      expect(error.body).toEqual(example);
      expect(error.message).toBe(messageOf(example));
      expect(error.attempts).toBe(1);
    },
  );

  test('Prefer: code=407 is answered by Prism as documented, but Node fetch reports it as a network error', async () => {
    // At the HTTP level the contract holds: Prism sends 407 with the documented body...
    const answer = await getWithNodeHttp({ 'X-Auth-Token': contractToken, Prefer: 'code=407', Accept: 'application/json' });
    expect(answer).toEqual({ status: 407, body: defaultExample(407) });
    // ...but fetch turns a 407 into "fetch failed", so the client can only report a network error.
    const error = await vbsErrorOf(contractClient(prismUrl, { headers: { Prefer: 'code=407' } }).getBackup(ids));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
  });

  test.each(errorStatuses().filter((status) => htmlExample(status) !== undefined && !fetchCannotSee.has(status)))(
    'Prefer: code=%i with Accept: text/html ends in VbsError(http) carrying the gateway page as rawBody',
    async (status) => {
      const client = contractClient(prismUrl, { headers: { Prefer: `code=${status}`, Accept: 'text/html' } });
      const error = await vbsErrorOf(client.getBackup(ids));
      expect(error.kind).toBe('http');
      expect(error.status).toBe(status);
      expect(error.faultName).toBeUndefined();
      expect(error.rawBody).toBe(htmlExample(status));
    },
  );

  test('no token -> 401 with the Keystone error body', async () => {
    const error = await vbsErrorOf(contractClient(prismUrl, { headers: { 'X-Auth-Token': null } }).getBackup(ids));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(401);
    expect(error.faultName).toBe(faultNameOf(defaultExample(401)));
  });

  test('malformed OpenStack-API-Version: the client refuses it up front (invalid_argument, nothing sent)', () => {
    expect(() => contractClient(prismUrl, {}, { microversion: '3.x' })).toThrow(
      expect.objectContaining({ name: 'VbsError', kind: 'invalid_argument', attempts: 0 }),
    );
  });

  test("malformed OpenStack-API-Version sent anyway -> Prism's 400 surfaces as VbsError(http, badRequest)", async () => {
    const client = contractClient(prismUrl, { headers: { 'OpenStack-API-Version': 'volume 3.x' } });
    const error = await vbsErrorOf(client.getBackup(ids));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.faultName).toBe(faultNameOf(defaultExample(400)));
  });

  test.each([
    ['project_id', { ...ids, projectId: 'not-a-32-hex-project' }],
    ['backup_id', { ...ids, backupId: 'not-a-uuid' }],
  ])("an id breaking the spec's %s pattern -> Prism's 400 surfaces as VbsError(http, badRequest)", async (_name, badIds) => {
    const error = await vbsErrorOf(contractClient(prismUrl).getBackup(badIds));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.faultName).toBe(faultNameOf(defaultExample(400)));
  });
});
