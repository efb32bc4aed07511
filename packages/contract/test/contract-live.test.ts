// `pnpm contract:live` against the local Cinder stand-in: conformant and drifted. The command runs as
// users run it; only the target is local. Unreachable targets and broken runs: contract-live-failures.
import { describe, expect, test } from 'vitest';
import { contractLive, finished, referenceServer } from './support/contract-live-run.ts';

describe('pnpm contract:live', () => {
  test('conformant reference server (microversion 3.64, all optional fields) -> exit 0, CONFORMANT', async () => {
    const server = await referenceServer({ mode: 'conformant' });
    const { code, stdout } = await finished(contractLive(server.url, ['--microversion', 'volume 3.64']));
    expect(stdout).toContain(`CONFORMANT: GET /v3/{project_id}/backups/{backup_id} at ${server.url} answered 200`);
    expect(code).toBe(0);
  });

  test('drifted reference server (size as a string, volume_id missing) -> exit 1 naming both violations', async () => {
    const server = await referenceServer({ mode: 'drifted' });
    const { code, stdout } = await finished(contractLive(server.url));
    expect(stdout).toContain('NOT CONFORMANT');
    expect(stdout).toContain('2 violations');
    expect(stdout).toMatch(/\$\.backup\.size {2}\[type\]\n\s+expected: must be integer\n\s+got: {6}"40" \(string\)/);
    expect(stdout).toMatch(/\$\.backup\.volume_id {2}\[required\]\n\s+expected: a required property\n\s+got: {6}missing/);
    expect(code).toBe(1);
  });

  test('bad input: no OS_AUTH_TOKEN -> exit 3 with a clear message, nothing started', async () => {
    const { code, stderr } = await finished(contractLive('http://127.0.0.1:9', [], { OS_AUTH_TOKEN: undefined }));
    expect(stderr).toContain('OS_AUTH_TOKEN is not set');
    expect(stderr).not.toContain('Prism (pid');
    expect(code).toBe(3);
  });
});
