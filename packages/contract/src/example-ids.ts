// The spec's own example ids: requests built from them are ones the spec (and so Prism) accepts.
import { loadDereferencedSpec, showBackupParameters, type OpenApiDocument } from '@vbs/spec';

export function exampleIds(spec: OpenApiDocument = loadDereferencedSpec()): { projectId: string; backupId: string } {
  const example = (name: string) => {
    const value = showBackupParameters(spec).find((parameter) => parameter.name === name)?.example;
    if (typeof value !== 'string') throw new Error(`The spec gives no example for the ${name} parameter`);
    return value;
  };
  return { projectId: example('project_id'), backupId: example('backup_id') };
}
