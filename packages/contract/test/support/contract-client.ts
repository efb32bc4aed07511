// The real @vbs/client, pointed at Prism. Prism is steered per request through headers the client
// has no option for (`Prefer: code=... / example=... / seed=...`, another `Accept`), and some cases
// need a request the client would never build (no token, a malformed header, an id breaking the
// spec's pattern). An injected fetch does that to the outgoing request; everything else — the
// answer, its parsing, the errors — is the client's own.
import { createVbsClient, VbsError, type VbsClient, type VbsClientOptions } from '@vbs/client';
import { expect } from 'vitest';

export const contractToken = 'contract-test-token';

export interface RequestChanges {
  /** Headers to set on the outgoing request; `null` removes one. */
  headers?: Record<string, string | null>;
  /** Rewrites the request path (after the client built it). */
  path?: (path: string) => string;
}

export function steeringFetch(changes: RequestChanges): typeof fetch {
  return async (input, init) => {
    const original = new Request(input, init);
    const url = new URL(original.url);
    if (changes.path) url.pathname = changes.path(url.pathname);
    const headers = new Headers(original.headers);
    for (const [name, value] of Object.entries(changes.headers ?? {})) {
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    return fetch(url, { method: original.method, headers, signal: original.signal, redirect: original.redirect });
  };
}

export function contractClient(
  baseUrl: string,
  changes: RequestChanges = {},
  options: Partial<VbsClientOptions> = {},
): VbsClient {
  return createVbsClient({
    baseUrl,
    token: contractToken,
    retry: false,
    timeoutMs: 15_000,
    fetch: steeringFetch(changes),
    ...options,
  });
}

/** The VbsError a call ends in (fails the test when it resolves or throws something else). */
export async function vbsErrorOf(call: Promise<unknown>): Promise<VbsError> {
  const outcome = await call.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ error }),
  );
  expect(outcome).not.toHaveProperty('resolved');
  const { error } = outcome as { error: unknown };
  expect(error).toBeInstanceOf(VbsError);
  return error as VbsError;
}
