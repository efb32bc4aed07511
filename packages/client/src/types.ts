// Names for the generated API types. Nothing here describes the API itself: every shape comes
// from src/generated/schema.ts, which openapi-typescript writes from the spec.
import type { components, operations, paths } from './generated/schema.js';

type Schemas = components['schemas'];

export type { components, operations, paths };
export type Backup = Schemas['Backup'];
export type BackupLink = Schemas['Link'];
export type BackupStatus = Schemas['BackupStatus'];
export type KnownBackupStatus = Schemas['KnownBackupStatus'];
export type BackupDetailResponse = Schemas['BackupDetailResponse'];
export type CinderFaultDetail = Schemas['CinderFaultDetail'];
export type BadRequestFault = Schemas['BadRequestFault'];
export type ForbiddenFault = Schemas['ForbiddenFault'];
export type ItemNotFoundFault = Schemas['ItemNotFoundFault'];
export type BadMethodFault = Schemas['BadMethodFault'];
export type ConflictingRequestFault = Schemas['ConflictingRequestFault'];
export type NotImplementedFault = Schemas['NotImplementedFault'];
export type ServiceUnavailableFault = Schemas['ServiceUnavailableFault'];
export type ComputeFault = Schemas['ComputeFault'];
export type KeystoneError = Schemas['KeystoneError'];

/** Every error body the spec declares: Cinder's fault wrappers and Keystone's 401 body. */
export type FaultBody =
  | BadRequestFault
  | ForbiddenFault
  | ItemNotFoundFault
  | BadMethodFault
  | ConflictingRequestFault
  | NotImplementedFault
  | ServiceUnavailableFault
  | ComputeFault
  | KeystoneError;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/** The wrapper keys of the declared fault bodies (`itemNotFound`, ..., Keystone's `error`). */
export type KnownFaultName = KeysOfUnion<FaultBody>;

/** The status codes the spec declares for show-backup. */
export type DeclaredStatus = keyof operations['showBackup']['responses'];
