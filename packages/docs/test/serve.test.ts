// `pnpm docs:serve`: the built reference over HTTP on loopback, files of dist/ only.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, pageFile } from '../src/paths.ts';
import { startDocsServer, type DocsServer } from '../src/serve.ts';

let server: DocsServer;

beforeAll(async () => {
  server = await startDocsServer({ port: 0 });
});

afterAll(async () => {
  await server?.close();
});

/** A request with the path sent exactly as given (fetch would normalise `..` away). */
function rawGet(path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    request({ hostname, port, path }, (response) => {
      response.resume();
      done(response.statusCode);
    })
      .on('error', fail)
      .end();
  });
}

describe('the docs server', () => {
  it('listens on loopback', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page at / and the bundles beside it, byte for byte', async () => {
    const files = [
      ['', 'index.html', 'text/html; charset=utf-8'],
      ['openapi.yaml', 'openapi.yaml', 'application/yaml; charset=utf-8'],
      ['openapi.json', 'openapi.json', 'application/json; charset=utf-8'],
      ['openapi.dereferenced.json', 'openapi.dereferenced.json', 'application/json; charset=utf-8'],
    ];
    for (const [path, file, type] of files) {
      const response = await fetch(new URL(path ?? '', server.url));
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(readFileSync(join(distDir, file ?? ''))), `body of /${path}`).toBe(true);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(server.url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for missing files and for paths that leave dist/', async () => {
    expect((await fetch(new URL('nope.html', server.url))).status).toBe(404);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%E0%A4%A']) {
      expect([path, await rawGet(path)]).toEqual([path, 404]);
    }
  });

  it('refuses other methods', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('pnpm docs:serve', () => {
  it('prints the URL of the page it serves', async () => {
    const packageDir = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve-cli.ts'], {
      cwd: packageDir,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        let printed = '';
        child.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          const match = /API reference: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed);
          if (match?.[1]) done(match[1]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited with ${code} before printing a URL: ${printed}`)));
      });
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(readFileSync(pageFile, 'utf8'));
    } finally {
      child.kill();
    }
  });
});
