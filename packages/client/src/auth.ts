// The token: asked for before every attempt, checked, and kept out of every error.
import { VbsError } from './errors.js';
import type { TokenSource } from './options.js';

// Visible ASCII: what Keystone tokens are made of, and safe in a header.
const tokenPattern = /^[\x21-\x7e]+$/;

function checkedToken(token: unknown, attempts: number): string {
  if (typeof token !== 'string' || !tokenPattern.test(token)) {
    const message = 'token must be a non-empty string of visible ASCII characters';
    throw new VbsError({ kind: 'invalid_argument', message, attempts });
  }
  return token;
}

async function tokenFrom(source: () => string | Promise<string>, attempts: number): Promise<string> {
  let token: unknown;
  try {
    token = await source();
  } catch (error) {
    throw new VbsError({ kind: 'invalid_argument', message: 'the token function failed', attempts, cause: error });
  }
  return checkedToken(token, attempts);
}

/**
 * The token, checked; a promise only for a token function. `attempts`: requests already sent, for the
 * error should the token be unusable.
 */
export function resolveToken(source: TokenSource, attempts = 0): string | Promise<string> {
  return typeof source === 'function' ? tokenFrom(source, attempts) : checkedToken(source, attempts);
}

/** Replaces every occurrence of the token, for text that came from elsewhere (bodies, foreign errors). */
export function redactor(token: string): (text: string) => string {
  return token === '' ? (text) => text : (text) => text.split(token).join('[redacted]');
}

/** A copy of a foreign error that keeps its name, code and message (redacted), and nothing else. */
export function safeCause(error: unknown, redact: (text: string) => string, depth = 3): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redact(source.message), {
    cause: depth > 1 && source.cause !== undefined ? safeCause(source.cause, redact, depth - 1) : undefined,
  });
  copy.name = redact(source.name);
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(copy, { code });
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
