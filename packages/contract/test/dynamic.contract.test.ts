// Contract: schema and validator agree. Prism's dynamic mode generates bodies from the spec's schemas
// (json-schema-faker); every generated 200 must pass the client's own response validation, and every
// generated error body must be understood as the fault its schema describes. A fixed seed makes the
// run reproducible: Prism re-seeds per request, so each request sends its own derived seed.
import { describe, expect, expectTypeOf, inject, test } from 'vitest';
import { parseBackupDescription, VbsError, type Backup } from '@vbs/client';
import { defaultExample, errorStatuses, faultNameOf } from '@vbs/spec';
import { exampleIds } from '../src/example-ids.ts';
import { contractClient, vbsErrorOf } from './support/contract-client.ts';

const prismUrl = inject('prismDynamicUrl');
const seed = inject('dynamicSeed');
const ids = exampleIds();
const generatedCount = 300;
const concurrency = 8;
const seedsPerErrorStatus = 5;
// Node's fetch (undici) does not hand a 407 answer to the caller: see errors.contract.test.ts.
const fetchCannotSee = new Set([407]);

const clientWithSeed = (requestSeed: string) =>
  contractClient(prismUrl, { headers: { Prefer: `seed=${requestSeed}` } }, { validateResponses: true });

describe('contract: dynamic mode (prism mock -d, fixed seed)', () => {
  test('the same seed generates the same body (the run is reproducible)', async () => {
    const [first, second] = await Promise.all([clientWithSeed(`${seed}-0`).getBackup(ids), clientWithSeed(`${seed}-0`).getBackup(ids)]);
    expect(second).toEqual(first);
  });

  test(`${generatedCount} generated 200 bodies all pass the client's validateResponses and parse`, async () => {
    const failures: string[] = [];
    const distinct = new Set<string>();
    for (let start = 0; start < generatedCount; start += concurrency) {
      const batch = Array.from({ length: Math.min(concurrency, generatedCount - start) }, (_, offset) => start + offset);
      await Promise.all(
        batch.map(async (index) => {
          try {
            const backup = await clientWithSeed(`${seed}-${index}`).getBackup(ids);
            expectTypeOf(backup).toEqualTypeOf<Backup>();
            distinct.add(JSON.stringify(backup));
            parseBackupDescription(backup.description); // must not throw on any generated description
          } catch (error) {
            const detail = error instanceof VbsError ? `${error.kind} ${error.status ?? ''} ${error.path ?? ''}: ${error.message}` : String(error);
            failures.push(`seed ${seed}-${index}: ${detail}`);
          }
        }),
      );
    }
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([]);
    expect(distinct.size).toBe(generatedCount); // each seed really produced a different body
  });

  test.each(errorStatuses().filter((status) => !fetchCannotSee.has(status)))(
    `generated %i bodies (${seedsPerErrorStatus} seeds) end in VbsError(http) with the fault name the schema requires`,
    async (status) => {
      for (let index = 0; index < seedsPerErrorStatus; index++) {
        const client = contractClient(prismUrl, { headers: { Prefer: `code=${status}, seed=${seed}-${status}-${index}` } });
        const error = await vbsErrorOf(client.getBackup(ids));
        expect(error.kind).toBe('http');
        expect(error.status).toBe(status);
        expect(error.faultName).toBe(faultNameOf(defaultExample(status)));
      }
    },
  );
});
