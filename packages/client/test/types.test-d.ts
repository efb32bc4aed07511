// Type-level tests (vitest typecheck mode): what callers can rely on, and what must not compile.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createVbsClient,
  parseBackupDescription,
  VbsError,
  type Backup,
  type BackupLink,
  type BackupWithMeta,
  type components,
  type ItemNotFoundFault,
  type KnownFaultName,
  type VbsClient,
  type VbsErrorKind,
} from '../src/index.js';

const vbs = createVbsClient({ baseUrl: 'https://vbs.eu-de.otc.t-systems.com', token: 'x' });
const ids = { projectId: 'p', backupId: 'b' };

describe('types', () => {
  it('aliases the generated types', () => {
    expectTypeOf<Backup>().toEqualTypeOf<components['schemas']['Backup']>();
    expectTypeOf<BackupLink>().toEqualTypeOf<components['schemas']['Link']>();
    expectTypeOf<ItemNotFoundFault>().toEqualTypeOf<components['schemas']['ItemNotFoundFault']>();
    expectTypeOf<KnownFaultName>().toEqualTypeOf<
      | 'badRequest'
      | 'forbidden'
      | 'itemNotFound'
      | 'badMethod'
      | 'conflictingRequest'
      | 'notImplemented'
      | 'serviceUnavailable'
      | 'computeFault'
      | 'error'
    >();
  });

  it('types a backup end to end', () => {
    expectTypeOf(vbs).toEqualTypeOf<VbsClient>();
    expectTypeOf(vbs.getBackup(ids)).resolves.toEqualTypeOf<Backup>();
    expectTypeOf(vbs.getBackupWithMeta(ids)).resolves.toEqualTypeOf<BackupWithMeta>();
    expectTypeOf<Backup['size']>().toEqualTypeOf<number>();
    expectTypeOf<Backup['name']>().toEqualTypeOf<string | null>();
    expectTypeOf<Backup['links']>().toEqualTypeOf<BackupLink[]>();
    expectTypeOf<BackupWithMeta['requestId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(parseBackupDescription).returns.toEqualTypeOf<{ text: string | null; incremental: boolean | null }>();
  });

  it('accepts every documented option', () => {
    createVbsClient({
      baseUrl: 'https://vbs.eu-de.otc.t-systems.com/',
      token: async () => 'refreshed',
      microversion: 'latest',
      timeoutMs: 5_000,
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 2_000 },
      fetch: globalThis.fetch,
      validateResponses: true,
    });
    createVbsClient({ baseUrl: 'https://x', token: () => 't', retry: false });
    void vbs.getBackup(ids, { signal: AbortSignal.timeout(1_000) });
  });

  it('refuses misuse', () => {
    // @ts-expect-error backupId is required
    void vbs.getBackup({ projectId: 'p' });
    // @ts-expect-error ids are strings
    void vbs.getBackup({ projectId: 'p', backupId: 42 });
    // @ts-expect-error the token is required
    createVbsClient({ baseUrl: 'https://x' });
    // @ts-expect-error retry is false or an object
    createVbsClient({ baseUrl: 'https://x', token: 't', retry: true });
    // @ts-expect-error a token function returns a string
    createVbsClient({ baseUrl: 'https://x', token: () => 42 });
    // @ts-expect-error the second argument holds options, not a signal
    void vbs.getBackup(ids, AbortSignal.abort());
  });

  it('narrows errors by kind and status', () => {
    const error = new Error() as unknown;
    if (error instanceof VbsError) {
      expectTypeOf(error.kind).toEqualTypeOf<VbsErrorKind>();
      expectTypeOf(error.attempts).toEqualTypeOf<number>();
      expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
      if (error.kind === 'http') {
        expectTypeOf(error.status).toEqualTypeOf<number>();
        expectTypeOf(error.location).toEqualTypeOf<string | undefined>();
        expectTypeOf(error.rawBody).toEqualTypeOf<string | undefined>();
      }
      if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'aborted') {
        expectTypeOf(error.status).toEqualTypeOf<undefined>();
        expectTypeOf(error.faultName).toEqualTypeOf<undefined>();
      }
      if (error.kind === 'invalid_response') expectTypeOf(error.path).toEqualTypeOf<string | undefined>();
      if (error.status === 404) expectTypeOf(error.kind).toEqualTypeOf<'http' | 'invalid_response'>();
      if (error.faultName === 'itemNotFound') expectTypeOf(error.kind).toEqualTypeOf<'http'>();
      // @ts-expect-error there is no kind "timed_out"
      if (error.kind === 'timed_out') return;
    }
  });

  it('raw is the typed openapi-fetch client', async () => {
    const { data } = await vbs.raw.GET('/v3/{project_id}/backups/{backup_id}', {
      params: { path: { project_id: 'p', backup_id: 'b' } },
    });
    expectTypeOf(data).toExtend<components['schemas']['BackupDetailResponse'] | undefined>();
    // openapi-fetch maps the response types: the same shape, not the identical type.
    expectTypeOf<NonNullable<typeof data>['backup']>().toExtend<Backup>();
    expectTypeOf<Backup>().toExtend<NonNullable<typeof data>['backup']>();
    // @ts-expect-error an undeclared path
    void vbs.raw.GET('/v3/{project_id}/volumes');
  });
});
