// OTC stores `{"DESC": "<text>", "INC": 0|1}` as the description string of backups made through its
// own API; other backups have plain text or null there.

export interface BackupDescription {
  /** The user's text: `DESC`, or the whole description when it is plain text; null when there is none. */
  text: string | null;
  /** From `INC` (1 = requested as incremental, 0 = full); null when the description does not say. */
  incremental: boolean | null;
}

function parseObject(description: string): Record<string, unknown> | undefined {
  if (!description.trimStart().startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(description);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function incrementalFlag(inc: unknown): boolean | null {
  if (inc === 1 || inc === '1' || inc === true) return true;
  if (inc === 0 || inc === '0' || inc === false) return false;
  return null;
}

export function parseBackupDescription(description: string | null | undefined): BackupDescription {
  if (description === null || description === undefined) return { text: null, incremental: null };
  const object = parseObject(description);
  if (!object || !('DESC' in object || 'INC' in object)) return { text: description, incremental: null };
  return {
    text: typeof object.DESC === 'string' ? object.DESC : null,
    incremental: incrementalFlag(object.INC),
  };
}
