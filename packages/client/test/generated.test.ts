// The generated files: marked as such, and identical to what the spec generates now.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftedFiles, generatedDir, renderGeneratedFiles } from '../scripts/generated-files.ts';

describe('src/generated', () => {
  it('every file starts with the "generated — do not edit" header', async () => {
    for (const name of (await renderGeneratedFiles()).keys()) {
      const text = await readFile(join(generatedDir, name), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^\/\/ generated — do not edit\./);
    }
  });

  it('matches what the spec generates (run `pnpm --filter @vbs/client generate` if not)', async () => {
    expect(await driftedFiles()).toEqual([]);
  });

  it('the drift check notices a changed file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vbs-client-drift-'));
    try {
      for (const [name, text] of await renderGeneratedFiles()) await writeFile(join(dir, name), text);
      expect(await driftedFiles(dir)).toEqual([]);
      await writeFile(join(dir, 'schema.ts'), '// edited by hand\n');
      expect(await driftedFiles(dir)).toEqual(['schema.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
