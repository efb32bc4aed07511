import { showBackupPath } from '@vbs/spec';

/** The show-backup URL under `base`, each id one percent-encoded path segment. */
export function backupUrl(base: string, projectId: string, backupId: string): string {
  const path = showBackupPath
    .replace('{project_id}', encodeURIComponent(projectId))
    .replace('{backup_id}', encodeURIComponent(backupId));
  return `${base.replace(/\/+$/, '')}${path}`;
}
