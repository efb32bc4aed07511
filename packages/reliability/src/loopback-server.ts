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
  /**
   * Waits up to `withinMs` for the sockets to close; resolves with how many are still open.
   * `includeUnused: false` leaves out connections that never carried a request: undici opens a spare
   * one after an aborted fetch and keeps it idle for its keep-alive time (4 s).
   */
  openSocketsAfter(withinMs: number, options?: { includeUnused?: boolean }): Promise<number>;
  /** Stops listening and destroys every connection. */
  close(): Promise<void>;
}

export interface LoopbackServerOptions {
  /** Keep every request in `requests` (default true). */
  record?: boolean;
  /** Keep connections open between requests (default true); false answers with `Connection: close`. */
  keepAlive?: boolean;
}

export async function startLoopbackServer(
  handler: Handler,
  { record = true, keepAlive = true }: LoopbackServerOptions = {},
): Promise<LoopbackServer> {
  let hits = 0;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const usedSockets = new WeakSet<Socket>();

  const server = createServer((req, res) => {
    hits += 1;
    if (record) {
      requests.push({ hit: hits, at: Date.now(), method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    }
    usedSockets.add(req.socket);
    if (!keepAlive) res.setHeader('connection', 'close');
    handler(req, res, hits);
  });
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
    async openSocketsAfter(withinMs, { includeUnused = true } = {}) {
      const open = () => [...sockets].filter((socket) => includeUnused || usedSockets.has(socket)).length;
      const deadline = Date.now() + withinMs;
      while (open() > 0 && Date.now() < deadline) await sleep(10);
      return open();
    },
    async close() {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
