// The client's options, their defaults, and their checks (bad options throw `invalid_argument`).
import { invalidArgument } from './errors.js';

export type TokenSource = string | (() => string | Promise<string>);

export interface RetryOptions {
  /** Tries in total, the first one included. */
  attempts?: number;
  /** Upper bound of the first backoff; doubles with every retry. */
  baseDelayMs?: number;
  /** Upper bound of any wait, a server's `Retry-After` included. */
  maxDelayMs?: number;
}

export interface VbsClientOptions {
  /** Service endpoint, e.g. `https://vbs.eu-de.otc.t-systems.com` (a trailing slash is fine). */
  baseUrl: string;
  /** Sent as `X-Auth-Token`; a function is asked before every attempt (so it can refresh). */
  token: TokenSource;
  /** `"3.43"` or `"latest"`: sent as `OpenStack-API-Version: volume 3.43`. */
  microversion?: string;
  /** Limit of each attempt (request, redirects and body), in milliseconds. */
  timeoutMs?: number;
  /** `false` for a single try. */
  retry?: false | RetryOptions;
  fetch?: typeof globalThis.fetch;
  /** Check 200 bodies against the spec's schema. */
  validateResponses?: boolean;
}

export const vbsClientDefaults = {
  timeoutMs: 30_000,
  retry: { attempts: 3, baseDelayMs: 200, maxDelayMs: 10_000 },
  validateResponses: false,
  /** Same-origin redirects followed per attempt. */
  maxRedirects: 5,
} as const;

export interface ResolvedRetry {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ResolvedOptions {
  /** Without a trailing slash. */
  baseUrl: string;
  token: TokenSource;
  microversion: string | undefined;
  timeoutMs: number;
  retry: ResolvedRetry;
  fetch: typeof globalThis.fetch;
  validateResponses: boolean;
}

const microversionPattern = /^([1-9][0-9]*\.(0|[1-9][0-9]*)|latest)$/;

// setTimeout fires at once for longer delays.
const maxTimerMs = 2 ** 31 - 1;

/** A number option within [min, maxTimerMs] (a whole one when `whole`), or its default when absent. */
function numberOption(name: string, value: unknown, fallback: number, min: number, whole = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= maxTimerMs) || (whole && !Number.isInteger(value))) {
    throw invalidArgument(`${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${maxTimerMs}`);
  }
  return value;
}

function parseBaseUrl(baseUrl: unknown): string {
  let url: URL;
  try {
    url = new URL(String(baseUrl));
  } catch {
    throw invalidArgument('baseUrl must be an absolute http(s) URL');
  }
  if (typeof baseUrl !== 'string' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw invalidArgument('baseUrl must be an absolute http(s) URL');
  }
  // Credentials would end up in logged URLs; a query or fragment cannot be followed by a path.
  if (url.username || url.password) throw invalidArgument('baseUrl must not contain credentials');
  if (url.search || url.hash) throw invalidArgument('baseUrl must not have a query or fragment');
  return url.href.replace(/\/+$/, '');
}

function resolveRetry(retry: VbsClientOptions['retry']): ResolvedRetry {
  const defaults = vbsClientDefaults.retry;
  if (retry === false) return { ...defaults, attempts: 1 };
  if (retry !== undefined && (typeof retry !== 'object' || retry === null)) {
    throw invalidArgument('retry must be false or an object');
  }
  return {
    attempts: numberOption('retry.attempts', retry?.attempts, defaults.attempts, 1, true),
    baseDelayMs: numberOption('retry.baseDelayMs', retry?.baseDelayMs, defaults.baseDelayMs, 0),
    maxDelayMs: numberOption('retry.maxDelayMs', retry?.maxDelayMs, defaults.maxDelayMs, 0),
  };
}

export function resolveOptions(options: VbsClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw invalidArgument('options must be an object');
  const { token, microversion, fetch = globalThis.fetch } = options;
  if (typeof token !== 'string' && typeof token !== 'function') {
    throw invalidArgument('token must be a string or a function returning one');
  }
  if (microversion !== undefined && !(typeof microversion === 'string' && microversionPattern.test(microversion))) {
    throw invalidArgument('microversion must look like "3.43" or be "latest"');
  }
  if (typeof fetch !== 'function') throw invalidArgument('fetch must be a function');
  return {
    baseUrl: parseBaseUrl(options.baseUrl),
    token,
    microversion,
    timeoutMs: numberOption('timeoutMs', options.timeoutMs, vbsClientDefaults.timeoutMs, 1),
    retry: resolveRetry(options.retry),
    fetch,
    validateResponses: options.validateResponses ?? vbsClientDefaults.validateResponses,
  };
}
