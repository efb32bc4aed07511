// Starts the soak's fault-injecting server in a worker thread and talks to it.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { SoakCommand, SoakReply, SoakServerOptions } from './protocol.ts';

export interface SoakServer {
  origin: string;
  /** Requests received, faults injected and sockets open so far. */
  stats(): Promise<{ hits: number; faultsServed: number; openSockets: number }>;
  /**
   * Waits up to `withinMs` for the sockets that carried requests to close, then counts those and the
   * spare connections undici opened but never used (see LoopbackServer.openSocketsAfter).
   */
  openSocketsAfter(withinMs: number): Promise<{ withRequests: number; spare: number }>;
  close(): Promise<void>;
}

export async function startSoakServer(options: SoakServerOptions): Promise<SoakServer> {
  const worker = new Worker(new URL('./ts-worker.mjs', import.meta.url), {
    workerData: { module: new URL('./server-thread.ts', import.meta.url).href, ...options },
  });
  const failed = once(worker, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const next = async <T extends SoakReply['type']>(type: T) => {
    const [message] = (await Promise.race([once(worker, 'message'), failed])) as [SoakReply];
    if (message.type !== type) throw new Error(`soak server answered ${message.type}, expected ${type}`);
    return message as Extract<SoakReply, { type: T }>;
  };
  const ask = <T extends SoakReply['type']>(command: SoakCommand, type: T) => {
    worker.postMessage(command);
    return next(type);
  };

  const { origin } = await next('ready');
  return {
    origin,
    stats: async () => {
      const { hits, faultsServed, openSockets } = await ask({ type: 'stats' }, 'stats');
      return { hits, faultsServed, openSockets };
    },
    openSocketsAfter: async (withinMs) => {
      const { withRequests, spare } = await ask({ type: 'openSocketsAfter', withinMs }, 'openSockets');
      return { withRequests, spare };
    },
    close: async () => {
      const exited = once(worker, 'exit');
      worker.postMessage({ type: 'close' } satisfies SoakCommand);
      await exited;
    },
  };
}
