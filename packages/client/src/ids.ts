// Project and backup ids come from outside: each becomes exactly one path segment or is refused.
import { invalidArgument } from './errors.js';

// C0/C1 controls and DEL (\p{Cc}); unpaired surrogates (\p{Cs}), which encodeURIComponent rejects.
const forbiddenCharacters = /[\p{Cc}\p{Cs}]/u;

function pathSegment(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw invalidArgument(`${name} must be a non-empty string`);
  // URL parsers remove dot segments, percent-encoded ones too, so these would change the path.
  if (value === '.' || value === '..') throw invalidArgument(`${name} must not be "." or ".."`);
  if (forbiddenCharacters.test(value)) {
    throw invalidArgument(`${name} must not contain control characters or unpaired surrogates`);
  }
  return encodeURIComponent(value);
}

/** The request path for one backup, every id percent-encoded as a single segment. */
export function showBackupPath(projectId: unknown, backupId: unknown): string {
  return `/v3/${pathSegment('projectId', projectId)}/backups/${pathSegment('backupId', backupId)}`;
}
