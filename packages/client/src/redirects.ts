// The token must never reach another origin, so redirects are not left to fetch: same-origin ones
// are followed here (a bounded number), any other ends in an `http` error naming the target.
import { VbsError } from './errors.js';
import { vbsClientDefaults } from './options.js';
import { requestIdOf } from './response-headers.js';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** What the server sent (the target, its request id) may echo the token: it is redacted here. */
function redirectError(
  response: Response,
  message: string,
  attempts: number,
  redact: (text: string) => string,
  location?: string,
): VbsError {
  const requestId = requestIdOf(response.headers);
  return new VbsError({
    kind: 'http',
    status: response.status,
    message: redact(message),
    attempts,
    location: location === undefined ? undefined : redact(location),
    requestId: requestId === undefined ? undefined : redact(requestId),
  });
}

/**
 * Each answer keeps its `Request` reachable while the answer itself is. Node 20's fetch holds the
 * request only weakly; once it is garbage collected, an abort (timeout or caller) no longer reaches
 * the connection, which then stays open (nodejs/undici#4068).
 */
const requestOfAnswer = new WeakMap<Response, Request>();

/** Fetches `url`, following same-origin redirects; `attempts` is only recorded in errors. */
export async function fetchSameOrigin(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  attempts: number,
  redact: (text: string) => string,
): Promise<Response> {
  let current: string | URL = url;
  for (let redirects = 0; ; redirects += 1) {
    const request = new Request(current, { ...init, redirect: 'manual' });
    const response = await fetch(request);
    requestOfAnswer.set(response, request);
    if (response.type === 'opaqueredirect') {
      throw redirectError(response, 'redirected, and this runtime hides the target; not followed', attempts, redact);
    }
    if (!redirectStatuses.has(response.status)) return response;
    const location = response.headers.get('location');
    if (location === null) return response;
    await discardBody(response);
    let target: URL;
    try {
      target = new URL(location, current);
    } catch {
      throw redirectError(response, `redirected to an invalid location`, attempts, redact, location);
    }
    if (target.origin !== new URL(url).origin) {
      throw redirectError(
        response,
        `redirected to another origin (${target.origin}); not followed, so the token is not sent there`,
        attempts,
        redact,
        target.href,
      );
    }
    if (redirects >= vbsClientDefaults.maxRedirects) {
      throw redirectError(response, `more than ${vbsClientDefaults.maxRedirects} redirects`, attempts, redact, target.href);
    }
    current = target;
  }
}
