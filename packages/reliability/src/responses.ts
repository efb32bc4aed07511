// What the fault server answers with: the spec's own examples for bodies, and the ways a real
// network or gateway breaks a response. Each function handles one request.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { defaultExample, loadDereferencedSpec, showBackupOperation } from '@vbs/spec';

const spec = loadDereferencedSpec();

/** The spec's default 200 example (the vendor page's example), serialised once. */
export const successBody = JSON.stringify(defaultExample(200, spec));

/** The spec's default JSON example for an error status. */
export const faultBody = (status: number): string => JSON.stringify(defaultExample(status, spec));

/** The spec's first `text/html` example for a gateway status. */
export function gatewayHtml(status: number): string {
  const examples = showBackupOperation(spec).responses[String(status)]?.content?.['text/html']?.examples;
  const [first] = Object.values(examples ?? {});
  if (typeof first?.value !== 'string') throw new Error(`The spec has no text/html example for ${status}`);
  return first.value;
}

const requestIdHeader = () => ({ 'x-openstack-request-id': `req-${randomUUID()}` });

export function sendJson(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    ...requestIdHeader(),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export const sendSuccess = (res: ServerResponse) => sendJson(res, 200, successBody);

export function sendHtml(res: ServerResponse, status: number, body = gatewayHtml(status)) {
  res.writeHead(status, {
    ...requestIdHeader(),
    'content-type': 'text/html',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** A status with no body at all. */
export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...requestIdHeader(), 'content-length': 0, ...headers });
  res.end();
}

/** A complete, well-framed response whose JSON body stops halfway. */
export function sendTruncatedJson(res: ServerResponse, body = successBody) {
  sendJson(res, 200, body.slice(0, Math.floor(body.length / 2)));
}

/** The connection is reset (TCP RST) before a status line is written. */
export function resetBeforeHeaders(res: ServerResponse) {
  res.socket?.resetAndDestroy();
}

/** Headers and half the body go out, then the connection is reset. */
export function resetMidBody(res: ServerResponse) {
  res.writeHead(200, {
    ...requestIdHeader(),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(successBody),
  });
  res.write(successBody.slice(0, Math.floor(successBody.length / 2)), () => res.socket?.resetAndDestroy());
}

/** The request is read and never answered; the client has to give up. */
export function neverAnswer(_res: ServerResponse) {}

/** Headers go out at once, then the body one byte every `intervalMs`, until the client hangs up. */
export function trickleBody(res: ServerResponse, intervalMs: number) {
  res.writeHead(200, {
    ...requestIdHeader(),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(successBody),
  });
  res.flushHeaders();
  const bytes = Buffer.from(successBody);
  let sent = 0;
  const timer = setInterval(() => {
    res.write(bytes.subarray(sent, sent + 1));
    sent += 1;
    if (sent === bytes.length) {
      clearInterval(timer);
      res.end();
    }
  }, intervalMs);
  res.once('close', () => clearInterval(timer));
}

export function redirect(res: ServerResponse, location: string, status = 302) {
  res.writeHead(status, { ...requestIdHeader(), location, 'content-length': 0 });
  res.end();
}
