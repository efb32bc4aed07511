// `pnpm mock`: the same Prism mock for humans. The printed curl line must work as printed, and
// Ctrl-C must take Prism down with it.
import { describe, expect, test } from 'vitest';
import { defaultExample } from '@vbs/spec';
import { processGroupAlive } from './support/process-group.ts';
import { runCli } from './support/run-cli.ts';

describe('pnpm mock', () => {
  test('prints the URL and a curl line that gets the default 200 example; Ctrl-C stops Prism', async () => {
    const run = runCli('src/cli/mock.ts', ['--port', '0']);
    const [, url, pid] = await run.waitFor(/on (http:\/\/127\.0\.0\.1:\d+) \(pid (\d+)\)/);
    const [, header, requestUrl] = await run.waitFor(/curl -i -H '([^']+)' (\S+)/);
    expect(requestUrl!.startsWith(`${url}/v3/`)).toBe(true);

    const [name, value] = header!.split(': ') as [string, string];
    const response = await fetch(requestUrl!, { headers: { [name]: value } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(defaultExample(200));

    run.child.kill('SIGINT');
    const { code } = await run.result;
    expect(code).toBe(130);
    expect(processGroupAlive(Number(pid))).toBe(false);
  });
});
