// Fuzzing the ids: each generated id is either refused with `invalid_argument` before any request,
// or becomes exactly one path segment that decodes back to it. The seed is fixed so CI is repeatable
// (FUZZ_SEED overrides it); fast-check prints seed and path of any counterexample.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createVbsClient, VbsError } from '@vbs/client';
import { hostileId } from '../src/id-arbitrary.ts';
import { exampleIds } from '../src/run-scenario.ts';
import { successBody } from '../src/responses.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20_240_607);
const runsPerId = 10_000;

/** The documented rule: non-empty, not a dot segment, no control character, encodable as UTF-8. */
function isAcceptable(id: string): boolean {
  if (id === '' || id === '.' || id === '..' || /\p{Cc}/u.test(id)) return false;
  try {
    encodeURIComponent(id); // throws on an unpaired surrogate
    return true;
  } catch {
    return false;
  }
}

const sent: Request[] = [];
const client = createVbsClient({
  baseUrl: 'http://127.0.0.1:9',
  token: 'fuzz-token',
  retry: false,
  fetch: async (input, init) => {
    sent.push(new Request(input, init));
    return new Response(successBody, { status: 200, headers: { 'content-type': 'application/json' } });
  },
});

const tally = { accepted: 0, refused: 0 };

/** Throws, describing what went wrong, unless `id` in `field` was handled as the contract says. */
async function checkId(field: 'projectId' | 'backupId', id: string): Promise<void> {
  sent.length = 0;
  const ids = { ...exampleIds, [field]: id };
  const error = await client.getBackup(ids).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isAcceptable(id)) {
    if (!(error instanceof VbsError) || error.kind !== 'invalid_argument') {
      throw new Error(`expected invalid_argument, got ${error === undefined ? 'a backup' : String(error)}`);
    }
    if (sent.length > 0) throw new Error(`refused, yet ${sent.length} request(s) went out`);
    tally.refused += 1;
    return;
  }
  if (error !== undefined) throw new Error(`an acceptable id was refused: ${String(error)}`);
  if (sent.length !== 1) throw new Error(`expected one request, saw ${sent.length}`);
  const url = new URL(sent[0]!.url);
  const segments = url.pathname.split('/');
  const [root, version, projectSegment = '', collection, backupSegment = ''] = segments;
  const decoded = { projectId: decodeURIComponent(projectSegment), backupId: decodeURIComponent(backupSegment) };
  const shapeOk =
    url.origin === 'http://127.0.0.1:9' &&
    url.search === '' &&
    url.hash === '' &&
    segments.length === 5 &&
    root === '' &&
    version === 'v3' &&
    collection === 'backups';
  if (!shapeOk || decoded.projectId !== ids.projectId || decoded.backupId !== ids.backupId) {
    throw new Error(`sent ${url.href}, which does not decode to ${JSON.stringify(ids)}`);
  }
  tally.accepted += 1;
}

afterAll(() => {
  console.log(
    `[reliability] ids fuzzed: ${tally.accepted + tally.refused} ` +
      `(${tally.accepted} sent as one segment, ${tally.refused} refused before sending), seed ${seed}`,
  );
});

describe('id fuzzing', () => {
  for (const field of ['backupId', 'projectId'] as const) {
    it(`${field}: refused before sending, or exactly one segment that decodes back`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileId, (id) => checkId(field, id)),
        { seed, numRuns: runsPerId },
      );
    });
  }

  it('the oracle itself refuses what the contract names', () => {
    expect(['', '.', '..', 'a\u0000b', 'a\nb', '\u007f', '\u0085', 'a\ud800'].filter(isAcceptable)).toEqual([]);
    expect(['...', '%2e%2e', 'a/b', ' ', 'é😀', '\u200b'].every(isAcceptable)).toBe(true);
  });
});
