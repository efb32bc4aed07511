// One try of the request: token, headers, its own timeout, same-origin redirects and the body.
import { redactor, safeCause } from './auth.js';
import { VbsError } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { fetchSameOrigin } from './redirects.js';

export interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
  /** Replaces the token, for error text built from this answer. */
  redact: (text: string) => string;
}

/** An answer, or a failure that may be retried (network error or this attempt's timeout). */
export type Outcome = { answer: Answer } | { failure: VbsError };

/** A record, not Headers: the Request copies it into its own Headers anyway. */
export function requestHeaders(token: string, microversion: string | undefined): Record<string, string> {
  return microversion === undefined
    ? { Accept: 'application/json', 'X-Auth-Token': token }
    : { Accept: 'application/json', 'X-Auth-Token': token, 'OpenStack-API-Version': `volume ${microversion}` };
}

/**
 * A promise that rejects when `stop` is called. Raced against fetch and body, it ends the attempt at
 * once, also with fetch functions and bodies that ignore the signal.
 */
function stopper(): { stopped: Promise<never>; stop: (reason: unknown) => void } {
  let stop: (reason: unknown) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  return { stopped, stop };
}

/** "fetch failed (connect ECONNREFUSED 127.0.0.1:9)": undici's own message says little, its cause says why. */
function describeChain(error: Error): string {
  const reasons: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current.message) reasons.push(current.message);
  }
  const [first = 'failed', ...rest] = reasons;
  return rest.length > 0 ? `${first} (${rest.join(': ')})` : first;
}

export function abortedError(attempts: number, reason: unknown, redact: (text: string) => string): VbsError {
  return new VbsError({ kind: 'aborted', message: 'aborted by the caller', attempts, cause: safeCause(reason, redact) });
}

/** The answer to `url`, its body read in full. */
async function fetchAnswer(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  attempt: number,
  redact: (text: string) => string,
): Promise<Answer> {
  const response = await fetchSameOrigin(fetch, url, init, attempt, redact);
  const text = await response.text();
  const { status, statusText, headers } = response;
  return { status, statusText, headers, text, redact };
}

/** Sends attempt number `attempt`; throws only what must not be retried (abort, foreign redirect). */
export async function sendAttempt(
  options: ResolvedOptions,
  url: string,
  token: string,
  attempt: number,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome> {
  const redact = redactor(token);
  const { stopped, stop } = stopper();
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort();
    stop(timeout.signal.reason);
  }, options.timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
  const onCallerAbort = (): void => stop(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const init = { method: 'GET', headers: requestHeaders(token, options.microversion), signal };
    return { answer: await Promise.race([fetchAnswer(options.fetch, url, init, attempt, redact), stopped]) };
  } catch (error) {
    if (error instanceof VbsError) throw error;
    if (callerSignal?.aborted) throw abortedError(attempt, callerSignal.reason, redact);
    if (timeout.signal.aborted) {
      const message = `no complete answer within ${options.timeoutMs} ms`;
      return { failure: new VbsError({ kind: 'timeout', message, attempts: attempt }) };
    }
    const cause = safeCause(error, redact);
    const message = `network error: ${describeChain(cause)}`;
    return { failure: new VbsError({ kind: 'network', message, attempts: attempt, cause }) };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
