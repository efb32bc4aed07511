// Proves that `pnpm lint` bites: broken copies of the spec fail with file, line and rule.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { specDir } from '../src/index.ts';

const redocly = join(specDir, 'node_modules', '.bin', 'redocly');
const copies: string[] = [];

/** A copy of spec/ and redocly.yaml in a temporary folder, with one file changed. */
function brokenCopy(file: string, breakIt: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'vbs-lint-'));
  copies.push(root);
  cpSync(specDir, join(root, 'spec'), { recursive: true, filter: (src) => !/node_modules|dist/.test(src) });
  cpSync(join(specDir, '..', 'redocly.yaml'), join(root, 'redocly.yaml'));
  const target = join(root, 'spec', file);
  const original = readFileSync(target, 'utf8');
  const broken = breakIt(original);
  expect(broken).not.toBe(original);
  writeFileSync(target, broken);
  return root;
}

function lint(root: string) {
  const result = spawnSync(redocly, ['lint', 'vbs-backups@v3', '--format', 'stylish'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the lint gate', () => {
  it('passes the spec as it is', () => {
    const root = brokenCopy('openapi.yaml', (text) => `${text}\n`);
    expect(lint(root)).toMatchObject({ status: 0 });
  });

  it('rejects an example that breaks its schema, naming file, line and rule', () => {
    const root = brokenCopy('components/examples/AvailableFullBackup.yaml', (text) =>
      text.replace('    size: 40\n', '    size: forty\n'),
    );
    const { status, output } = lint(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/components\/examples\/AvailableFullBackup\.yaml:\s*\n\s*\d+:\d+\s+error\s+no-invalid-media-type-examples/);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('rejects a property without a description', () => {
    const root = brokenCopy('components/schemas/Backup.yaml', (text) =>
      text.replace('    description: Size of the source volume in GiB (the vendor\'s page gives no unit).\n', ''),
    );
    const { status, output } = lint(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Backup\.yaml:\s*\n\s*\d+:\d+\s+error\s+rule\/property-description/);
  });

  it('rejects an operation that opts out of security', () => {
    const root = brokenCopy('paths/v3_{project_id}_backups_{backup_id}.yaml', (text) =>
      text.replace(/  security:\n    - XAuthToken: \[\]\n/, '  security: []\n'),
    );
    const { status, output } = lint(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/\d+:\d+\s+error\s+rule\/operation-security/);
  });

  it('rejects an operation that does not declare 404', () => {
    const root = brokenCopy('paths/v3_{project_id}_backups_{backup_id}.yaml', (text) =>
      text.replace(/    '404':\n      \$ref: \.\.\/components\/responses\/NotFound\.yaml\n/, ''),
    );
    const { status, output } = lint(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/\d+:\d+\s+error\s+rule\/operation-error-responses/);
  });

  it('reports a YAML syntax error with file and line, not a stack trace', () => {
    const root = brokenCopy('components/schemas/Link.yaml', (text) => text.replace('type: object', 'type: object\n  bad: : indent'));
    const { status, output } = lint(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Link\.yaml/);
    expect(output).toMatch(/\d+:\d+/);
    expect(output).not.toMatch(/^\s+at .*\.js:\d+/m);
  });
});
