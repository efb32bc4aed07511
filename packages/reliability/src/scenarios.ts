// The fault scenarios, one per server instance: what the server does, and what the client's
// documented behaviour says must come of it (outcome, server hits, time budget).
import type { VbsErrorKind } from '@vbs/client';
import { faultNameOf } from '@vbs/spec';
import type { Handler } from './loopback-server.ts';
import {
  faultBody,
  gatewayHtml,
  neverAnswer,
  redirect,
  resetBeforeHeaders,
  resetMidBody,
  sendEmpty,
  sendHtml,
  sendJson,
  sendSuccess,
  sendTruncatedJson,
  trickleBody,
} from './responses.ts';

/** The client settings a scenario runs with: small, so the suite is fast. */
export interface ClientPolicy {
  timeoutMs: number;
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type Expected =
  | { outcome: 'success' }
  | {
      outcome: 'error';
      kind: VbsErrorKind;
      status?: number;
      faultName?: string;
      rawBody?: string;
      /** Text the error message must contain (e.g. the origin a redirect pointed to). */
      mentions?: string;
    };

export interface ScenarioContext {
  /** Origin of the second local server, for the cross-origin redirect. */
  otherOrigin: string;
  policy: ClientPolicy;
}

export interface ScenarioRun {
  handler: Handler;
  /** For Retry-After scenarios: the earliest moment (epoch ms) the retry may arrive. */
  retryNotBefore?: () => number | undefined;
}

export interface Scenario {
  name: string;
  /** Departures from the suite's client policy this scenario needs. */
  policy?: Partial<ClientPolicy>;
  /** Fresh server-side state and the request handler. */
  start(context: ScenarioContext): ScenarioRun;
  expected(context: ScenarioContext): Expected;
  /** Requests the main server must see under the retry policy. */
  hits(policy: ClientPolicy): number;
  /** The caller aborts its signal this long after calling. */
  abortAfterMs?: number;
  /** Longest the call may take under the policy, before slack. */
  budgetMs(policy: ClientPolicy): number;
}

/** The longest backoff the client may wait before each retry, summed. */
const backoffCeilings = ({ attempts, baseDelayMs, maxDelayMs }: ClientPolicy): number =>
  Array.from({ length: attempts - 1 }, (_, retry) => Math.min(maxDelayMs, baseDelayMs * 2 ** retry)).reduce(
    (sum, delay) => sum + delay,
    0,
  );

/** Every attempt runs to its timeout, with the longest backoff between them. */
export const exhaustingBudget = (policy: ClientPolicy): number => policy.attempts * policy.timeoutMs + backoffCeilings(policy);

export const oneAttemptBudget = ({ timeoutMs }: ClientPolicy): number => timeoutMs;

export const fixed = (handler: Handler): ScenarioRun => ({ handler });

/** A full garbage collection (the test workers run with --expose-gc). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts sets execArgv)');
  gc();
}

/**
 * First answer: `status` with `Retry-After` (`seconds`, or an HTTP date that many seconds ahead);
 * every later one: success. The client waits what the server asked, capped at `maxDelayMs`.
 */
function retryAfterThenSuccess(
  status: 503 | 429,
  form: 'seconds' | 'http-date',
  seconds: number,
  policy?: Partial<ClientPolicy>,
): Scenario {
  const waitMs = (maxDelayMs: number) => Math.min(seconds * 1000, maxDelayMs);
  return {
    name: `${status} with Retry-After ${seconds} s as ${form === 'seconds' ? 'delay-seconds' : 'an HTTP date'}${
      policy?.maxDelayMs === undefined ? '' : ` (capped at ${policy.maxDelayMs} ms)`
    }, then 200`,
    policy,
    start({ policy: { maxDelayMs } }) {
      let notBefore: number | undefined;
      return {
        retryNotBefore: () => notBefore,
        handler(_req, res, hit) {
          if (hit > 1) return sendSuccess(res);
          let retryAfter: string;
          if (form === 'seconds') {
            retryAfter = String(seconds);
            notBefore = Date.now() + waitMs(maxDelayMs);
          } else {
            // An HTTP date has whole seconds: name the start of a second at least `seconds` ahead.
            const date = (Math.ceil(Date.now() / 1000) + seconds) * 1000;
            retryAfter = new Date(date).toUTCString();
            notBefore = Math.min(date, Date.now() + maxDelayMs);
          }
          // 429 is not a status of this API: a rate-limiting proxy sends it, here with no body.
          if (status === 429) sendEmpty(res, 429, { 'retry-after': retryAfter });
          else sendJson(res, 503, faultBody(503), { 'retry-after': retryAfter });
        },
      };
    },
    expected: () => ({ outcome: 'success' }),
    hits: () => 2,
    budgetMs: ({ timeoutMs, maxDelayMs }) => 2 * timeoutMs + waitMs(maxDelayMs) + (form === 'http-date' ? 1000 : 0),
  };
}

export const scenarios: Scenario[] = [
  {
    name: 'headers never sent',
    start: () => fixed((_req, res) => neverAnswer(res)),
    expected: () => ({ outcome: 'error', kind: 'timeout' }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    // Node's fetch ties a Request's signal to its source through a WeakRef: a collection while the
    // request waits must not stop the timeout from closing the connection (nodejs/undici#4068).
    name: 'headers never sent, garbage collected while waiting',
    start: () => fixed(() => setImmediate(collectGarbage)),
    expected: () => ({ outcome: 'error', kind: 'timeout' }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'body trickled past the timeout',
    start: ({ policy }) => fixed((_req, res) => trickleBody(res, Math.ceil(policy.timeoutMs / 10))),
    expected: () => ({ outcome: 'error', kind: 'timeout' }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'caller aborts while the server is silent',
    start: () => fixed((_req, res) => neverAnswer(res)),
    abortAfterMs: 50,
    expected: () => ({ outcome: 'error', kind: 'aborted' }),
    hits: () => 1,
    budgetMs: () => 50,
  },
  {
    name: 'connection reset before headers',
    start: () => fixed((_req, res) => resetBeforeHeaders(res)),
    expected: () => ({ outcome: 'error', kind: 'network' }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'connection reset mid-body',
    start: () => fixed((_req, res) => resetMidBody(res)),
    expected: () => ({ outcome: 'error', kind: 'network' }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'truncated JSON body',
    start: () => fixed((_req, res) => sendTruncatedJson(res)),
    expected: () => ({ outcome: 'error', kind: 'invalid_response', status: 200 }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
  {
    name: 'HTML 502 from a gateway',
    start: () => fixed((_req, res) => sendHtml(res, 502)),
    expected: () => ({ outcome: 'error', kind: 'http', status: 502, rawBody: gatewayHtml(502) }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'empty 500',
    start: () => fixed((_req, res) => sendEmpty(res, 500)),
    expected: () => ({ outcome: 'error', kind: 'http', status: 500, rawBody: '' }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
  retryAfterThenSuccess(503, 'seconds', 1),
  retryAfterThenSuccess(503, 'http-date', 1),
  retryAfterThenSuccess(429, 'seconds', 1),
  retryAfterThenSuccess(429, 'http-date', 1),
  retryAfterThenSuccess(503, 'seconds', 3600, { maxDelayMs: 200 }),
  {
    name: '503 forever',
    start: () => fixed((_req, res) => sendJson(res, 503, faultBody(503))),
    expected: () => ({ outcome: 'error', kind: 'http', status: 503, faultName: faultNameOf(JSON.parse(faultBody(503))) }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: 'same-origin redirect',
    start: () =>
      fixed((req, res) => (req.url?.startsWith('/moved/') ? sendSuccess(res) : redirect(res, `/moved${req.url}`))),
    expected: () => ({ outcome: 'success' }),
    hits: () => 2,
    budgetMs: oneAttemptBudget,
  },
  {
    name: 'redirect to another origin',
    start: ({ otherOrigin }) => fixed((req, res) => redirect(res, `${otherOrigin}${req.url}`)),
    expected: ({ otherOrigin }) => ({ outcome: 'error', kind: 'http', status: 302, mentions: otherOrigin }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
];
