// Runs one scenario end to end: a fresh fault server (and a second origin), a real client on the
// global fetch, one call, then everything the suites check about it.
import { createVbsClient, type TokenSource } from '@vbs/client';
import { showBackupParameters } from '@vbs/spec';
import { startLoopbackServer, type RecordedRequest } from './loopback-server.ts';
import { activeTimers, watchProcess } from './process-watch.ts';
import { sendSuccess } from './responses.ts';
import type { ClientPolicy, Expected, Scenario } from './scenarios.ts';

/** Small timeouts and backoff so the suites are fast; room enough for Retry-After of a few seconds. */
export const suitePolicy: ClientPolicy = { timeoutMs: 300, attempts: 3, baseDelayMs: 20, maxDelayMs: 2500 };

/** Added to a scenario's budget before the call counts as hanging: scheduling noise on a busy CI box. */
export const slackMs = 2000;

/** How long connections may take to close once the call has settled. */
const cleanupMs = 2000;

const exampleOf = (name: string): string => {
  const example = showBackupParameters().find((parameter) => parameter.name === name)?.example;
  if (typeof example !== 'string') throw new Error(`The spec has no example for ${name}`);
  return example;
};

/** The spec's example ids. */
export const exampleIds = { projectId: exampleOf('project_id'), backupId: exampleOf('backup_id') };

export type CallOutcome = { settled: false } | { settled: true; ok: true; value: unknown } | { settled: true; ok: false; error: unknown };

export interface ScenarioReport {
  name: string;
  policy: ClientPolicy;
  expected: Expected;
  expectedHits: number;
  outcome: CallOutcome;
  elapsedMs: number;
  budgetMs: number;
  hits: number;
  requests: readonly RecordedRequest[];
  otherOrigin: string;
  otherRequests: readonly RecordedRequest[];
  retryNotBefore: number | undefined;
  /** Server sockets that carried a request and are still open `cleanupMs` after the call settled. */
  socketsLeft: number;
  /** Ref'd timers more than before the call, once it settled and its sockets closed. */
  timersLeft: number;
  unhandledRejections: unknown[];
  output: string;
}

export async function runScenario(
  scenario: Scenario,
  { token, policy = suitePolicy }: { token: TokenSource; policy?: ClientPolicy },
): Promise<ScenarioReport> {
  const effective = { ...policy, ...scenario.policy };
  const other = await startLoopbackServer((_req, res) => sendSuccess(res), { keepAlive: false });
  const context = { otherOrigin: other.origin, policy: effective };
  const run = scenario.start(context);
  const server = await startLoopbackServer(run.handler, { keepAlive: false });
  try {
    const budgetMs = scenario.budgetMs(effective);
    const timersBefore = activeTimers();
    const watch = watchProcess();
    const client = createVbsClient({
      baseUrl: server.origin,
      token,
      timeoutMs: effective.timeoutMs,
      retry: { attempts: effective.attempts, baseDelayMs: effective.baseDelayMs, maxDelayMs: effective.maxDelayMs },
    });
    const caller = new AbortController();
    const abortTimer = scenario.abortAfterMs === undefined ? undefined : setTimeout(() => caller.abort(), scenario.abortAfterMs);
    let watchdog: NodeJS.Timeout | undefined;

    const started = performance.now();
    const call: Promise<CallOutcome> = client.getBackup(exampleIds, { signal: caller.signal }).then(
      (value) => ({ settled: true, ok: true, value }),
      (error: unknown) => ({ settled: true, ok: false, error }),
    );
    const hanging = new Promise<CallOutcome>((resolve) => {
      watchdog = setTimeout(() => resolve({ settled: false }), budgetMs + slackMs);
    });
    const outcome = await Promise.race([call, hanging]);
    const elapsedMs = performance.now() - started;
    clearTimeout(watchdog);
    clearTimeout(abortTimer);
    if (!outcome.settled) {
      caller.abort();
      await call;
    }

    const socketsLeft = await server.openSocketsAfter(cleanupMs, { includeUnused: false });
    const { unhandledRejections, output } = await watch.stop();
    return {
      name: scenario.name,
      policy: effective,
      expected: scenario.expected(context),
      expectedHits: scenario.hits(effective),
      outcome,
      elapsedMs,
      budgetMs,
      hits: server.hits,
      requests: server.requests,
      otherOrigin: other.origin,
      otherRequests: other.requests,
      retryNotBefore: run.retryNotBefore?.(),
      socketsLeft,
      timersLeft: activeTimers() - timersBefore,
      unhandledRejections,
      output,
    };
  } finally {
    await server.close();
    await other.close();
  }
}
