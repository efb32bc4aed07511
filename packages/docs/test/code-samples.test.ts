// The operation's code samples (`x-codeSamples` in the spec) must keep matching the API and the
// client: the TypeScript one is compiled against the built @vbs/client, as a reader would use it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundledSpec, loadDereferencedSpec, showBackupOperation, showBackupParameters, showBackupPath } from '@vbs/spec';

interface CodeSample {
  lang: string;
  label?: string;
  source: string;
}

const spec = loadDereferencedSpec();
const samples = (showBackupOperation(loadBundledSpec())['x-codeSamples'] ?? []) as CodeSample[];

function sample(lang: string): string {
  const found = samples.find((candidate) => candidate.lang === lang);
  if (!found) throw new Error(`The operation has no ${lang} code sample`);
  return found.source;
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const baseTsconfig = fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// Inside this package, so that `@vbs/client` resolves through its node_modules like in a consumer's project.
const cacheDir = join(packageDir, 'node_modules', '.cache');
const workDirs: string[] = [];

afterAll(() => {
  for (const dir of workDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Compiles the files with the repository's strict settings; returns tsc's diagnostics. */
function typeCheck(files: Record<string, string>): { status: number | null; output: string } {
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(join(cacheDir, 'code-samples-'));
  workDirs.push(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: baseTsconfig, include: Object.keys(files) }));
  const result = spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the operation code samples', () => {
  it('come in curl and TypeScript', () => {
    expect(samples.map(({ lang }) => lang)).toEqual(['curl', 'TypeScript']);
  });

  it('curl calls the operation on the first server, with the token and microversion headers', () => {
    const curl = sample('curl');
    const server = (spec['servers'] as { url: string; variables?: Record<string, { default: string }> }[])[0];
    const serverUrl = (server?.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) => server?.variables?.[name]?.default ?? '');
    const path = showBackupPath.replace(/\{(\w+)\}/g, (_, name: string) => `$${name.toUpperCase()}`);
    expect(curl).toContain(`"${serverUrl}${path}"`);

    const securitySchemes = spec.components['securitySchemes'] as Record<string, { name: string }>;
    const [scheme] = Object.keys((showBackupOperation(spec)['security'] as Record<string, string[]>[])[0] ?? {});
    const tokenHeader = securitySchemes[scheme ?? '']?.name;
    const versionHeader = showBackupParameters(spec).find(({ in: place }) => place === 'header')?.name;
    expect(curl).toContain(`-H "${tokenHeader}: $OS_AUTH_TOKEN"`);
    expect(curl).toMatch(new RegExp(`-H "${versionHeader}: volume \\d+\\.\\d+"`));
  });

  it('the TypeScript sample compiles against the built @vbs/client, and a wrong call does not', () => {
    const typescript = sample('TypeScript');
    expect(typescript).toContain("from '@vbs/client'");
    const wrongCall = typescript.replace('projectId:', 'projectID:');
    expect(wrongCall).not.toBe(typescript);

    const { status, output } = typeCheck({ 'sample.ts': typescript, 'wrong-call.ts': wrongCall });
    // Only the altered copy may fail: anything else (a missing client build included) fails here.
    expect(output.split('\n').filter((line) => line.trim() && !line.startsWith('wrong-call.ts('))).toEqual([]);
    expect(output).toMatch(/^wrong-call\.ts\(\d+,\d+\): error TS2561: .*'projectID'/m);
    expect(status).not.toBe(0);
  });
});
