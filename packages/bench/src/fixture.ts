// What every contender asks for and gets back: the spec's default 200 example (the vendor page's) for
// the ids the spec gives as parameter examples.
import { defaultExample, loadDereferencedSpec, showBackupParameters } from '@vbs/spec';

const spec = loadDereferencedSpec();

function parameterExample(name: string): string {
  const example = showBackupParameters(spec).find((parameter) => parameter.name === name)?.example;
  if (typeof example !== 'string') throw new Error(`The spec gives no example for the parameter ${name}`);
  return example;
}

export const seedBackup = defaultExample(200, spec);
export const seedBody = JSON.stringify(seedBackup);
export const projectId = parameterExample('project_id');
export const backupId = parameterExample('backup_id');
export const token = 'bench-token-not-a-secret';

/** The injected transport of the in-process benchmark: answers every request with the seed example. */
export const seedFetch = async (_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> =>
  new Response(seedBody, { status: 200, headers: { 'content-type': 'application/json' } });
