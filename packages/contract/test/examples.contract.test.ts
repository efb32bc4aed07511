// Contract: the spec's 200 examples, served by Prism, come through the real client as `Backup`s.
import { inject, describe, expect, expectTypeOf, test } from 'vitest';
import type { Backup } from '@vbs/client';
import { defaultExample, responseExamples, showBackupOperation } from '@vbs/spec';
import { exampleIds } from '../src/example-ids.ts';
import { contractClient } from './support/contract-client.ts';

const prismUrl = inject('prismMockUrl');
const ids = exampleIds();
const backupOf = (example: unknown) => (example as { backup: Backup }).backup;

describe('contract: 200 examples through @vbs/client', () => {
  test("200 with a token returns the spec's default example", async () => {
    const backup = await contractClient(prismUrl).getBackup(ids);
    expectTypeOf(backup).toEqualTypeOf<Backup>();
    expect(backup).toEqual(backupOf(defaultExample(200)));
  });

  test("200 carries the spec's response headers: request id and the echoed microversion", async () => {
    const headers = showBackupOperation().responses['200']?.headers ?? {};
    const headerExample = (name: string) => (headers[name] as { example?: unknown } | undefined)?.example;
    const meta = await contractClient(prismUrl).getBackupWithMeta(ids);
    expect(meta.status).toBe(200);
    expect(meta.requestId).toBe(headerExample('x-openstack-request-id'));
    expect(`volume ${meta.microversion}`).toBe(headerExample('OpenStack-API-Version'));
  });

  test.each(Object.entries(responseExamples(200)))(
    '200 named example "%s" is reachable with Prefer: example=<name> and passes validateResponses',
    async (name, example) => {
      const client = contractClient(prismUrl, { headers: { Prefer: `example=${name}` } }, { validateResponses: true });
      await expect(client.getBackup(ids)).resolves.toEqual(backupOf(example));
    },
  );
});
