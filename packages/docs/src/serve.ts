// A small static server for the built reference: GET and HEAD of files inside one folder, nothing else.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { distDir } from './paths.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
};

export interface DocsServerOptions {
  /** Folder to serve; the built reference by default. */
  root?: string;
  /** Loopback by default: the reference is for the person at this machine. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface DocsServer {
  /** Address of the page, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  close(): Promise<void>;
}

/** The file a request path names, or undefined when it names none inside `root`. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

function answer(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    answer(response, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await fileFor(root, pathname);
  if (!file) {
    answer(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

export async function startDocsServer({ root = distDir, host = '127.0.0.1', port = 8080 }: DocsServerOptions = {}): Promise<DocsServer> {
  const folder = resolve(root);
  const server = createServer((request, response) => {
    handle(folder, request, response).catch(() => {
      if (!response.headersSent) answer(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostInUrl}:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
