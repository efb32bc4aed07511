// The files under src/generated/, rendered from the spec, and their comparison with what is committed.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './generate-types.ts';
import { generateValidator, validatorDeclarations } from './generate-validator.ts';

export const generatedDir = fileURLToPath(new URL('../src/generated/', import.meta.url));

export async function renderGeneratedFiles(): Promise<Map<string, string>> {
  return new Map([
    ['schema.ts', await generateTypes()],
    ['backup-response-validator.js', generateValidator()],
    ['backup-response-validator.d.ts', validatorDeclarations],
  ]);
}

const readOrUndefined = (file: string) => readFile(file, 'utf8').catch(() => undefined);

/** Names of files in `dir` that are missing, stale or not generated at all. */
export async function driftedFiles(dir = generatedDir): Promise<string[]> {
  const rendered = await renderGeneratedFiles();
  const present = await readdir(dir).catch(() => []);
  const names = [...new Set([...rendered.keys(), ...present])].sort();
  const drifted: string[] = [];
  for (const name of names) {
    if ((await readOrUndefined(join(dir, name))) !== rendered.get(name)) drifted.push(name);
  }
  return drifted;
}

/** Writes the files that changed (so a concurrent drift check never reads a half-written file needlessly). */
export async function writeGeneratedFiles(dir = generatedDir): Promise<void> {
  for (const [name, content] of await renderGeneratedFiles()) {
    const file = join(dir, name);
    if ((await readOrUndefined(file)) !== content) await writeFile(file, content);
  }
}
