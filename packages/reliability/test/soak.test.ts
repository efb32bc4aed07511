// Soak: 20,000 calls, 64 at a time, against one loopback server that breaks 1 in 100 answers.
// Every call must end in a backup or a typed error, the server must see exactly the requests the
// retry policy implies, its sockets must all close, and the heap must not grow with the call count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVbsClient, VbsError, type VbsErrorKind } from '@vbs/client';
import { activeTimers, watchProcess } from '../src/process-watch.ts';
import { exampleIds } from '../src/run-scenario.ts';
import type { SoakFaultName } from '../src/soak/protocol.ts';
import { startSoakServer, type SoakServer } from '../src/soak/soak-server.ts';

const calls = 20_000;
const warmUpCalls = 1_000;
const concurrency = 64;
const retry = { attempts: 3, baseDelayMs: 5, maxDelayMs: 50 };
const faultEvery = 100;
const faultNames: SoakFaultName[] = ['resetBeforeHeaders', 'resetMidBody', 'truncatedJson', 'html502', 'empty500', 'silent'];
/** Long enough that answered requests never time out, even on a busy machine. */
const timeoutMs = 2000;
/** Heap growth allowed over the soak: a leak of 200 bytes per call would exceed it. */
const heapGrowthLimitBytes = 4 * 1024 * 1024;
/** Undici keeps idle connections 4 s, node's server 5 s: used sockets must be gone well within this. */
const socketCloseWithinMs = 10_000;

let server: SoakServer;

beforeAll(async () => {
  server = await startSoakServer({ faultEvery, faultNames });
});

afterAll(async () => {
  await server.close();
});

interface Tally {
  successes: number;
  errors: Partial<Record<VbsErrorKind, number>>;
  untyped: unknown[];
  /** Requests the client says it sent, over all calls, and the most for one call. */
  attempts: number;
  maxAttempts: number;
  maxInFlight: number;
}

async function drive(total: number): Promise<Tally> {
  const client = createVbsClient({
    baseUrl: server.origin,
    token: 'soak-token',
    timeoutMs,
    retry,
  });
  const tally: Tally = { successes: 0, errors: {}, untyped: [], attempts: 0, maxAttempts: 0, maxInFlight: 0 };
  let started = 0;
  let inFlight = 0;
  const count = (attempts: number) => {
    tally.attempts += attempts;
    tally.maxAttempts = Math.max(tally.maxAttempts, attempts);
  };
  const worker = async () => {
    while (started < total) {
      started += 1;
      inFlight += 1;
      tally.maxInFlight = Math.max(tally.maxInFlight, inFlight);
      try {
        count((await client.getBackupWithMeta(exampleIds)).attempts);
        tally.successes += 1;
      } catch (error) {
        if (error instanceof VbsError) {
          tally.errors[error.kind] = (tally.errors[error.kind] ?? 0) + 1;
          count(error.attempts);
        } else {
          tally.untyped.push(error);
        }
      } finally {
        inFlight -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tally;
}

/** Heap in use after full collections, with finalizers (undici releases bodies in them) run in between. */
async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts sets execArgv)');
  for (let round = 0; round < 3; round += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return process.memoryUsage().heapUsed;
}

describe('soak', () => {
  it(`${calls} calls at concurrency ${concurrency} with 1 in ${faultEvery} answers broken`, { timeout: 120_000 }, async () => {
    await drive(warmUpCalls);
    const heapBefore = await heapAfterGc();
    const timersBefore = activeTimers();
    const before = await server.stats();
    const watch = watchProcess();

    const started = performance.now();
    const tally = await drive(calls);
    const elapsedMs = performance.now() - started;

    const closeStarted = performance.now();
    const sockets = await server.openSocketsAfter(socketCloseWithinMs);
    const closeMs = performance.now() - closeStarted;
    const { unhandledRejections } = await watch.stop();
    const heapGrowth = (await heapAfterGc()) - heapBefore;
    const after = await server.stats();
    const hits = after.hits - before.hits;
    const faultsInSoak = after.faultsServed - before.faultsServed;
    const errors = Object.values(tally.errors).reduce((sum, count) => sum + count, 0);

    console.log(
      `[reliability] soak: ${calls} calls, concurrency ${tally.maxInFlight}, ${hits} server hits, ` +
        `${faultsInSoak} faults injected, ${tally.attempts} attempts; ${tally.successes} successes, ${errors} typed errors ` +
        `${JSON.stringify(tally.errors)}, ${tally.untyped.length} untyped; ${Math.round(elapsedMs)} ms`,
    );
    console.log(
      `[reliability] soak: heap growth after GC ${(heapGrowth / 1024 / 1024).toFixed(2)} MiB ` +
        `(limit ${heapGrowthLimitBytes / 1024 / 1024} MiB); ` +
        `${sockets.withRequests} server sockets that carried requests open after ${Math.round(closeMs)} ms ` +
        `(plus ${sockets.spare} spare connection(s) undici opened and never used)`,
    );

    expect(tally.untyped).toEqual([]);
    expect(tally.successes + errors).toBe(calls);
    expect(tally.maxInFlight).toBe(concurrency);
    // The server saw exactly the requests the client sent, and no call went beyond its policy.
    expect(hits).toBe(tally.attempts);
    expect(tally.maxAttempts).toBeLessThanOrEqual(retry.attempts);
    expect(faultsInSoak).toBeGreaterThanOrEqual(calls / faultEvery);
    expect(unhandledRejections).toEqual([]);
    expect(sockets.withRequests).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
    expect(heapGrowth).toBeLessThan(heapGrowthLimitBytes);
  });
});
