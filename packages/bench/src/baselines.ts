// The baselines @vbs/client is measured against. Each one fetches the same backup with the same token
// over the same transport and returns the backup object, as getBackup does.
import axios from 'axios';
import createClient from 'openapi-fetch';
import { showBackupPath } from '@vbs/spec';
import type { paths } from '@vbs/client';
import { backupId, projectId, token } from './fixture.ts';
import { contenderNames } from './names.ts';
import type { Contender } from './rounds.ts';

/** Where the contenders send their requests, and through which fetch. */
export interface Transport {
  baseUrl: string;
  fetch: typeof globalThis.fetch;
}

interface BackupBody {
  backup: unknown;
}

const backupUrl = (baseUrl: string): string =>
  `${baseUrl}/v3/${encodeURIComponent(projectId)}/backups/${encodeURIComponent(backupId)}`;

async function backupOf(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (JSON.parse(await response.text()) as BackupBody).backup;
}

export function rawFetch(transport: Transport): Contender {
  return {
    name: contenderNames.rawFetch,
    call: async () => backupOf(await transport.fetch(backupUrl(transport.baseUrl), { headers: { 'X-Auth-Token': token } })),
  };
}

/**
 * The same with a `Request` object, as openapi-fetch (and any wrapper that builds one) hands to fetch:
 * tells how much of a gap to raw fetch is the Request itself.
 */
export function rawFetchWithRequest(transport: Transport): Contender {
  return {
    name: contenderNames.rawFetchRequest,
    call: async () =>
      backupOf(await transport.fetch(new Request(backupUrl(transport.baseUrl), { headers: { 'X-Auth-Token': token } }))),
  };
}

export function bareOpenapiFetch(transport: Transport): Contender {
  const client = createClient<paths>({
    baseUrl: transport.baseUrl,
    fetch: transport.fetch,
    headers: { 'X-Auth-Token': token },
  });
  return {
    name: contenderNames.openapiFetch,
    call: async () => {
      const { data, response } = await client.GET(showBackupPath, {
        params: { path: { project_id: projectId, backup_id: backupId } },
      });
      if (!data) throw new Error(`openapi-fetch: HTTP ${response.status}`);
      return data.backup;
    },
  };
}

/** axios through its own fetch adapter, so that it shares the other contenders' transport. */
export function axiosWithFetchAdapter(transport: Transport): Contender {
  const instance = axios.create({
    baseURL: transport.baseUrl,
    adapter: 'fetch',
    env: { fetch: transport.fetch },
    headers: { 'X-Auth-Token': token },
  });
  return {
    name: contenderNames.axios,
    call: async () => {
      return (await instance.get<BackupBody>(backupUrl(''))).data.backup;
    },
  };
}
