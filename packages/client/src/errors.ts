// The one error type of the client. At run time a single class; for the type checker a union
// discriminated by `kind`, so `if (e.kind === 'http')` gives `status: number`, and so on.
import type { KnownFaultName } from './types.js';

export type VbsErrorKind = 'invalid_argument' | 'http' | 'network' | 'timeout' | 'aborted' | 'invalid_response';

/** A fault name the spec declares, or whatever single wrapper key a server sent. */
export type FaultName = KnownFaultName | (string & {});

interface VbsErrorBase {
  readonly name: 'VbsError';
  readonly message: string;
  readonly stack?: string;
  readonly cause?: unknown;
  /** Requests sent for this call, retries included; 0 when none was sent. */
  readonly attempts: number;
  /** `x-openstack-request-id` of the last answer, when one came. */
  readonly requestId: string | undefined;
  toJSON(): VbsErrorJson;
}

/** The server (or a proxy in front of it) answered with a non-2xx status. */
export interface VbsHttpError extends VbsErrorBase {
  readonly kind: 'http';
  readonly status: number;
  /** Cinder's wrapper key (`itemNotFound`, ...) or Keystone's `error`; undefined when the body is no fault. */
  readonly faultName: FaultName | undefined;
  /** The parsed body when it was JSON. */
  readonly body: unknown;
  /** The body as sent when it was not JSON (a proxy's HTML page, or `''` when empty). */
  readonly rawBody: string | undefined;
  /** The target of a redirect that was not followed. */
  readonly location: string | undefined;
  readonly path: undefined;
}

/** A 2xx answer whose body is not a backup (not JSON, no `backup`, or against the spec's schema). */
export interface VbsInvalidResponseError extends VbsErrorBase {
  readonly kind: 'invalid_response';
  readonly status: number;
  readonly faultName: undefined;
  readonly body: unknown;
  readonly rawBody: string | undefined;
  readonly location: undefined;
  /** JSON path (JSON Pointer) of the first violation, e.g. `/backup/size`. */
  readonly path: string | undefined;
}

/** No answer: bad input (nothing sent), a network failure, a per-attempt timeout or the caller's abort. */
export interface VbsNoAnswerError extends VbsErrorBase {
  readonly kind: 'invalid_argument' | 'network' | 'timeout' | 'aborted';
  readonly status: undefined;
  readonly faultName: undefined;
  readonly body: undefined;
  readonly rawBody: undefined;
  readonly location: undefined;
  readonly path: undefined;
}

export type VbsError = VbsHttpError | VbsInvalidResponseError | VbsNoAnswerError;

export interface VbsErrorJson {
  name: 'VbsError';
  kind: VbsErrorKind;
  message: string;
  status?: number;
  faultName?: string;
  requestId?: string;
  attempts: number;
  rawBody?: string;
  location?: string;
  path?: string;
}

export interface VbsErrorInit {
  kind: VbsErrorKind;
  message: string;
  attempts: number;
  status?: number;
  faultName?: string;
  requestId?: string;
  body?: unknown;
  rawBody?: string;
  location?: string;
  path?: string;
  cause?: unknown;
}

class VbsErrorClass extends Error {
  override readonly name = 'VbsError';
  readonly kind: VbsErrorKind;
  readonly attempts: number;
  readonly status: number | undefined;
  readonly faultName: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly rawBody: string | undefined;
  readonly location: string | undefined;
  readonly path: string | undefined;

  constructor(init: VbsErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.attempts = init.attempts;
    this.status = init.status;
    this.faultName = init.faultName;
    this.requestId = init.requestId;
    this.body = init.body;
    this.rawBody = init.rawBody;
    this.location = init.location;
    this.path = init.path;
  }

  toJSON(): VbsErrorJson {
    const json: VbsErrorJson = { name: this.name, kind: this.kind, message: this.message, attempts: this.attempts };
    if (this.status !== undefined) json.status = this.status;
    if (this.faultName !== undefined) json.faultName = this.faultName;
    if (this.requestId !== undefined) json.requestId = this.requestId;
    if (this.rawBody !== undefined) json.rawBody = this.rawBody;
    if (this.location !== undefined) json.location = this.location;
    if (this.path !== undefined) json.path = this.path;
    return json;
  }
}

export interface VbsErrorConstructor {
  new (init: VbsErrorInit): VbsError;
  readonly prototype: VbsError;
}

// One class at run time (so `instanceof VbsError` works), the discriminated union for types.
export const VbsError = VbsErrorClass as unknown as VbsErrorConstructor;

export const invalidArgument = (message: string): VbsError =>
  new VbsError({ kind: 'invalid_argument', message, attempts: 0 });
