// Contract: the example gate. Prism with --errors checks every example against its schema before
// serving it; a spec whose example breaks its schema must make Prism answer 500, and the helper must
// name that example.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDereferencedSpec, responseExamples, showBackupPath, type OpenApiDocument } from '@vbs/spec';
import { findBrokenExamples, formatFindings, namedJsonExamples } from '../src/example-gate.ts';
import { exampleIds } from '../src/example-ids.ts';
import { startPrism, type PrismProcess } from '../src/prism.ts';
import { contractClient, vbsErrorOf } from './support/contract-client.ts';

/** A copy of the spec whose second 200 example has `size` as a string: the schema says integer. */
function specWithBrokenExample(): { spec: OpenApiDocument; brokenExample: string } {
  const spec = loadDereferencedSpec();
  const brokenExample = Object.keys(responseExamples(200, spec))[1]!;
  const examples = spec.paths[showBackupPath]!.get.responses['200']!.content!['application/json']!.examples!;
  (examples[brokenExample]!.value as { backup: { size: unknown } }).backup.size = '40 GiB';
  return { spec, brokenExample };
}

describe('contract: the example gate', () => {
  test('every named example of every status passes Prism --errors validation on the real spec', async () => {
    const spec = loadDereferencedSpec();
    expect(namedJsonExamples(spec).length).toBeGreaterThan(15); // 5 for 200, at least one per error status
    const findings = await findBrokenExamples(inject('prismMockUrl'), spec);
    expect(findings, formatFindings(findings)).toEqual([]);
  });

  describe('the gate bites: a fixture spec copy with an example that violates its schema', () => {
    const { spec, brokenExample } = specWithBrokenExample();
    let scratch: string;
    let prism: PrismProcess;

    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'vbs-broken-spec-'));
      const document = join(scratch, 'openapi.json');
      await writeFile(document, JSON.stringify(spec));
      prism = await startPrism({ command: 'mock', document });
    });
    afterAll(async () => {
      await prism?.stop();
      await rm(scratch, { recursive: true, force: true });
    });

    test('makes Prism answer 500 and the helper report exactly which example is wrong, where and why', async () => {
      const findings = await findBrokenExamples(prism.url, spec);
      expect(findings).toEqual([
        {
          status: 200,
          example: brokenExample,
          answeredStatus: 500,
          violations: [expect.objectContaining({ where: '$.backup.size', rule: 'type', expected: 'must be integer', got: '"40 GiB" (string)' })],
        },
      ]);
      expect(formatFindings(findings)).toContain(`200 example "${brokenExample}" (Prism answered 500)`);
    });

    test('reaches the client as VbsError(http 500) instead of a backup with a string size', async () => {
      const client = contractClient(prism.url, { headers: { Prefer: `example=${brokenExample}` } });
      const error = await vbsErrorOf(client.getBackup(exampleIds(spec)));
      expect(error.kind).toBe('http');
      expect(error.status).toBe(500);
    });
  });
});
