// What an answer means: a backup, or an `http` / `invalid_response` error.
import type { Answer } from './attempt.js';
import { VbsError } from './errors.js';
import { microversionOf, requestIdOf } from './response-headers.js';
import { firstViolation } from './response-validation.js';
import type { Backup } from './types.js';

export interface BackupWithMeta {
  backup: Backup;
  /** The 2xx status (200). */
  status: number;
  /** `x-openstack-request-id` of the answer: quote it to the operator. */
  requestId: string | undefined;
  /** The microversion the server used, echoed in `OpenStack-API-Version` (`"3.43"`). */
  microversion: string | undefined;
  /** Requests sent, retries included. */
  attempts: number;
}

const notJson = Symbol('not JSON');

/** `notJson` for anything JSON.parse refuses, an empty or blank body included. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cinder's `{"<faultName>": {"code", "message"}}` or Keystone's `{"error": {...}}`. */
function faultOf(body: unknown): { faultName: string; message: string | undefined } | undefined {
  if (!isObject(body)) return undefined;
  const keys = Object.keys(body);
  const [faultName] = keys;
  if (keys.length !== 1 || faultName === undefined || !isObject(body[faultName])) return undefined;
  const { message } = body[faultName];
  return { faultName, message: typeof message === 'string' ? message : undefined };
}

/** The answer's request id, which a server could make echo the token: redacted like the body. */
function requestIdOfAnswer(answer: Answer): string | undefined {
  const requestId = requestIdOf(answer.headers);
  return requestId === undefined ? undefined : answer.redact(requestId);
}

function describeBody(text: string): string {
  return text.trim() === '' ? 'an empty body' : `a non-JSON body (${text.length} characters)`;
}

export function httpError(answer: Answer, attempts: number): VbsError {
  const { status, statusText } = answer;
  const text = answer.redact(answer.text);
  const body = parseJson(text);
  const fault = faultOf(body);
  const statusLine = `HTTP ${status}${statusText ? ` ${answer.redact(statusText)}` : ''}`;
  const message =
    fault?.message ??
    (body === notJson ? `${statusLine} with ${describeBody(text)}` : `${statusLine}${fault ? ` (${fault.faultName})` : ''}`);
  return new VbsError({
    kind: 'http',
    status,
    message,
    attempts,
    requestId: requestIdOfAnswer(answer),
    faultName: fault?.faultName,
    body: body === notJson ? undefined : body,
    rawBody: body === notJson ? text : undefined,
  });
}

function invalidResponse(answer: Answer, attempts: number, message: string, path?: string): VbsError {
  const text = answer.redact(answer.text);
  const body = parseJson(text);
  return new VbsError({
    kind: 'invalid_response',
    status: answer.status,
    message,
    attempts,
    requestId: requestIdOfAnswer(answer),
    body: body === notJson ? undefined : body,
    rawBody: body === notJson ? text : undefined,
    path,
  });
}

/** The backup of a 2xx answer: a promise only when it is to be checked against the spec's schema. */
export function backupOf(answer: Answer, attempts: number, validate: boolean): BackupWithMeta | Promise<BackupWithMeta> {
  const body = parseJson(answer.text);
  if (body === notJson) {
    throw invalidResponse(answer, attempts, `HTTP ${answer.status} with ${describeBody(answer.text)}`);
  }
  if (!validate) return backupWithMeta(answer, attempts, body);
  return firstViolation(body).then((violation) => {
    if (violation) {
      const path = violation.instancePath || '/';
      const message = `the answer does not match the spec at ${path}: ${violation.message ?? violation.keyword}`;
      throw invalidResponse(answer, attempts, message, path);
    }
    return backupWithMeta(answer, attempts, body);
  });
}

function backupWithMeta(answer: Answer, attempts: number, body: unknown): BackupWithMeta {
  if (!isObject(body) || !isObject(body.backup)) {
    throw invalidResponse(answer, attempts, 'the answer has no "backup" object', '/backup');
  }
  return {
    backup: body.backup as Backup,
    status: answer.status,
    requestId: requestIdOfAnswer(answer),
    microversion: microversionOf(answer.headers),
    attempts,
  };
}
