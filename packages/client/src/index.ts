export { createVbsClient, type VbsClient } from './client.js';
export type { BackupWithMeta } from './answers.js';
export type { BackupIds, GetBackupOptions } from './get-backup.js';
export { vbsClientDefaults, type RetryOptions, type TokenSource, type VbsClientOptions } from './options.js';
export {
  VbsError,
  type FaultName,
  type VbsErrorConstructor,
  type VbsErrorInit,
  type VbsErrorJson,
  type VbsErrorKind,
  type VbsHttpError,
  type VbsInvalidResponseError,
  type VbsNoAnswerError,
} from './errors.js';
export { parseBackupDescription, type BackupDescription } from './backup-description.js';
export type * from './types.js';
