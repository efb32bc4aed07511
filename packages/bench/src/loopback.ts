// Loopback suite: real HTTP to a local node:http server in a child process, at several concurrencies.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { bareOpenapiFetch, rawFetch, rawFetchWithRequest, type Transport } from './baselines.ts';
import { measure, type Measured } from './measure.ts';
import type { RoundsPlan } from './rounds.ts';
import { vbsGetBackup } from './vbs-client.ts';

export interface LoopbackPlan {
  concurrency: number;
  rounds: number;
  callsPerRound: number;
  maxMsPerRound?: number;
}

export interface LoopbackMeasured extends Measured {
  concurrency: number;
}

async function withLoopbackServer<T>(use: (baseUrl: string) => Promise<T>): Promise<T> {
  // fork passes on this process's execArgv, i.e. tsx's loader, so the child can be TypeScript too.
  const server = fork(fileURLToPath(new URL('./loopback-server.ts', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const [message] = (await Promise.race([
      once(server, 'message'),
      once(server, 'exit').then(([code]) => {
        throw new Error(`the loopback server exited before listening (code ${code})`);
      }),
    ])) as [{ port: number }];
    return await use(`http://127.0.0.1:${message.port}`);
  } finally {
    if (server.exitCode === null) {
      const exited = once(server, 'exit');
      server.kill();
      await exited;
    }
  }
}

export async function measureLoopback(plans: readonly LoopbackPlan[]): Promise<LoopbackMeasured[]> {
  return withLoopbackServer(async (baseUrl) => {
    const transport: Transport = { baseUrl, fetch: globalThis.fetch };
    const contenders = [
      rawFetch(transport),
    rawFetchWithRequest(transport),
      bareOpenapiFetch(transport),
      vbsGetBackup(transport, false),
      vbsGetBackup(transport, true),
    ];
    const results: LoopbackMeasured[] = [];
    for (const { rounds, ...pace } of plans) {
      const plan: RoundsPlan = { rounds, pace: { kind: 'concurrent', ...pace } };
      results.push({ concurrency: pace.concurrency, ...(await measure(contenders, plan)) });
    }
    return results;
  });
}
