// A real node:http server on 127.0.0.1 that counts hits, records what it was sent and tracks its
// open sockets, so a test can tell how often a client called and whether it left connections behind.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RecordedRequest {
  /** 1-based position of this request among all requests the server received. */
  hit: number;
  /** `Date.now()` when the request arrived. */
  at: number;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** Answers (or deliberately fails to answer) one request; `hit` is the request's 1-based number. */
export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Requests received so far. */
  readonly hits: number;
  /** Every request received, in arrival order (unbounded: keep `record` off for soak runs). */
  readonly requests: readonly RecordedRequest[];
  /** Sockets currently open on the server side. */
  readonly openSockets: number;
  /** Resolves once no socket is open, or rejects after `withinMs` naming how many still are. */
  waitForNoOpenSockets(withinMs: number): Promise<void>;
  /** Stops listening and destroys every connection. */
  close(): Promise<void>;
}

export interface LoopbackServerOptions {
  /** Keep every request in `requests` (default true). */
  record?: boolean;
  /** Server keep-alive timeout in ms (node's default is 5000). */
  keepAliveTimeoutMs?: number;
}

export async function startLoopbackServer(
  handler: Handler,
  { record = true, keepAliveTimeoutMs }: LoopbackServerOptions = {},
): Promise<LoopbackServer> {
  let hits = 0;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    hits += 1;
    if (record) {
      requests.push({ hit: hits, at: Date.now(), method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    }
    handler(req, res, hits);
  });
  if (keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = keepAliveTimeoutMs;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client that resets a connection makes the server socket emit an error; that is expected here.
  server.on('clientError', (_error, socket) => socket.destroy());

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    get hits() {
      return hits;
    },
    requests,
    get openSockets() {
      return sockets.size;
    },
    async waitForNoOpenSockets(withinMs) {
      const deadline = Date.now() + withinMs;
      while (sockets.size > 0) {
        if (Date.now() > deadline) {
          throw new Error(`${sockets.size} socket(s) still open on the server ${withinMs} ms later`);
        }
        await sleep(10);
      }
    },
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
