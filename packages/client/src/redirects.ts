// The token must never reach another origin, so redirects are not left to fetch: same-origin ones
// are followed here (a bounded number), any other ends in an `http` error naming the target.
import { VbsError } from './errors.js';
import { vbsClientDefaults } from './options.js';
import { requestIdOf } from './response-headers.js';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function redirectError(response: Response, message: string, attempts: number, location?: string): VbsError {
  return new VbsError({
    kind: 'http',
    status: response.status,
    message,
    attempts,
    location,
    requestId: requestIdOf(response.headers),
  });
}

/** Fetches `url`, following same-origin redirects; `attempts` is only recorded in errors. */
export async function fetchSameOrigin(
  fetch: typeof globalThis.fetch,
  url: URL,
  init: RequestInit,
  attempts: number,
): Promise<Response> {
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    const response = await fetch(new Request(current, { ...init, redirect: 'manual' }));
    if (response.type === 'opaqueredirect') {
      throw redirectError(response, 'redirected, and this runtime hides the target; not followed', attempts);
    }
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || location === null) return response;
    await discardBody(response);
    let target: URL;
    try {
      target = new URL(location, current);
    } catch {
      throw redirectError(response, `redirected to an invalid location`, attempts, location);
    }
    if (target.origin !== url.origin) {
      throw redirectError(
        response,
        `redirected to another origin (${target.origin}); not followed, so the token is not sent there`,
        attempts,
        target.href,
      );
    }
    if (redirects >= vbsClientDefaults.maxRedirects) {
      throw redirectError(response, `more than ${vbsClientDefaults.maxRedirects} redirects`, attempts, target.href);
    }
    current = target;
  }
}
