// createVbsClient: the typed, safe show-backup call, plus the underlying openapi-fetch client.
import type { Client } from 'openapi-fetch';
import { redactor, resolveToken } from './auth.js';
import { requestHeaders } from './attempt.js';
import type { BackupWithMeta } from './answers.js';
import { getBackupWithMeta, type BackupIds, type GetBackupOptions } from './get-backup.js';
import { resolveOptions, type ResolvedOptions, type VbsClientOptions } from './options.js';
import { lazyRawClient } from './raw-client.js';
import { fetchSameOrigin } from './redirects.js';
import type { Backup, paths } from './types.js';

export interface VbsClient {
  /** The backup, or a `VbsError`. */
  getBackup(ids: BackupIds, options?: GetBackupOptions): Promise<Backup>;
  /** The backup with the answer's request id, echoed microversion and the number of attempts. */
  getBackupWithMeta(ids: BackupIds, options?: GetBackupOptions): Promise<BackupWithMeta>;
  /**
   * The typed openapi-fetch client on the same endpoint. It sends the token and the microversion and
   * follows only same-origin redirects; it has no timeout, retry or `VbsError`s. openapi-fetch is
   * loaded when it sends its first request.
   */
  readonly raw: Client<paths, 'application/json'>;
}

function authorizedFetch(options: ResolvedOptions): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const token = await resolveToken(options.token);
    for (const [name, value] of Object.entries(requestHeaders(token, options.microversion))) headers.set(name, value);
    const authorized = { method: request.method, headers, signal: request.signal };
    return fetchSameOrigin(options.fetch, request.url, authorized, 1, redactor(token));
  };
}

export function createVbsClient(clientOptions: VbsClientOptions): VbsClient {
  const options = resolveOptions(clientOptions);
  return {
    getBackup: async (ids, callOptions) => (await getBackupWithMeta(options, ids, callOptions)).backup,
    getBackupWithMeta: (ids, callOptions) => getBackupWithMeta(options, ids, callOptions),
    raw: lazyRawClient({ baseUrl: options.baseUrl, fetch: authorizedFetch(options) }),
  };
}
