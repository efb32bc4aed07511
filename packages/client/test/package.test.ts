// The packed tarball as a consumer gets it: installed into a temporary folder, imported from ESM
// TypeScript with full types (misuse must not compile; the README's examples compile), run against a
// local server; and publint.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publint } from 'publint';
import { defaultExample, responseExamples } from '@vbs/spec';
import { reply, startLoopback } from './support/loopback.js';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const consumerSource = `
import { createVbsClient, parseBackupDescription, VbsError, type Backup } from '@vbs/client';

declare const process: { argv: string[] };

const vbs = createVbsClient({ baseUrl: process.argv[2] ?? '', token: 'consumer-token', validateResponses: true, retry: false });
const backup: Backup = await vbs.getBackup({ projectId: 'p', backupId: 'b' });
const size: number = backup.size;

async function misuse(): Promise<void> {
  // @ts-expect-error backupId is required
  await vbs.getBackup({ projectId: 'p' });
  // @ts-expect-error size is a number
  const text: string = backup.size;
  void text;
}
void misuse;

let failure = '';
try {
  await vbs.getBackup({ projectId: 'p', backupId: 'missing' });
} catch (error) {
  if (error instanceof VbsError && error.kind === 'http') {
    const status: number = error.status;
    failure = \`\${error.kind} \${status} \${error.faultName}\`;
  }
}
console.log(JSON.stringify({ id: backup.id, size, description: parseBackupDescription(backup.description), failure }));
`;

const consumerTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
    strict: true,
    // As \`tsc --init\` sets it; checking the lib files of DOM and dependencies would only cost time.
    skipLibCheck: true,
    outDir: 'out',
  },
  include: ['consumer.ts', 'readme-*.ts'],
};

/** The README's TypeScript examples, as modules a consumer could write (with what they assume declared). */
async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code = '']) =>
    [
      code,
      'declare const process: { env: Record<string, string | undefined> };',
      code.includes('const vbs =') ? '' : "declare const vbs: import('@vbs/client').VbsClient;",
      'export {};',
    ].join('\n'),
  );
}

describe('the packed package', () => {
  let workDir = '';

  beforeAll(async () => {
    if (!existsSync(join(packageDir, 'dist/index.js'))) throw new Error('dist/ is missing: run `pnpm --filter @vbs/client build` first');
    workDir = await mkdtemp(join(tmpdir(), 'vbs-client-consumer-'));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('installs from its tarball, type-checks an ESM TypeScript import (and the README examples) and works against a local server', async () => {
    await run('pnpm', ['pack', '--pack-destination', workDir], { cwd: packageDir });
    const tarball = (await readdir(workDir)).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const consumerDir = join(workDir, 'consumer');
    await mkdir(consumerDir);
    await writeFile(join(consumerDir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await writeFile(join(consumerDir, 'tsconfig.json'), JSON.stringify(consumerTsconfig));
    await writeFile(join(consumerDir, 'consumer.ts'), consumerSource);
    const examples = await readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [index, example] of examples.entries()) await writeFile(join(consumerDir, `readme-${index}.ts`), example);
    // Offline: the dependencies come from the local store, as on any machine that ran `pnpm install`.
    await run('pnpm', ['add', join(workDir, tarball ?? ''), '--offline'], { cwd: consumerDir });
    await run(process.execPath, [tsc, '-p', consumerDir], { cwd: consumerDir });

    const incremental = responseExamples(200).incrementalBackup as { backup: Record<string, unknown> };
    const server = await startLoopback((req, res) =>
      req.url?.endsWith('/missing') ? reply(res, 404, defaultExample(404)) : reply(res, 200, incremental),
    );
    try {
      const { stdout } = await run(process.execPath, [join(consumerDir, 'out/consumer.js'), server.origin]);
      const description = JSON.parse(String(incremental.backup.description)) as { DESC: string; INC: number };
      expect(JSON.parse(stdout)).toEqual({
        id: incremental.backup.id,
        size: incremental.backup.size,
        description: { text: description.DESC, incremental: description.INC === 1 },
        failure: 'http 404 itemNotFound',
      });
    } finally {
      await server.close();
    }
  });

  it('passes publint (strict)', async () => {
    const { messages } = await publint({ pkgDir: packageDir, pack: 'pnpm', strict: true });
    expect(messages).toEqual([]);
  });
});
