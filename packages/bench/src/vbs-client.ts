// The subject: @vbs/client's getBackup with its defaults, validating responses or not.
import { createVbsClient } from '@vbs/client';
import type { Transport } from './baselines.ts';
import { backupId, projectId, token } from './fixture.ts';
import { contenderNames } from './names.ts';
import type { Contender } from './rounds.ts';

export function vbsGetBackup(transport: Transport, validateResponses: boolean): Contender {
  const vbs = createVbsClient({ baseUrl: transport.baseUrl, token, fetch: transport.fetch, validateResponses });
  return {
    name: validateResponses ? contenderNames.getBackupValidated : contenderNames.getBackup,
    call: () => vbs.getBackup({ projectId, backupId }),
  };
}
