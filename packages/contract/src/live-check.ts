// Checks one real "show backup details" answer of a live endpoint against the spec: Prism runs as a
// validating proxy (`prism proxy <spec> <target> --errors`) in front of the target, the request goes
// through it, and Prism's verdict is turned into a report.
import { setTimeout as delay } from 'node:timers/promises';
import { showBackupPath, specRootFile } from '@vbs/spec';
import { backupUrl } from './backup-url.ts';
import { startPrism, type PrismProcess } from './prism.ts';
import {
  describeViolation,
  formatViolations,
  prismProblemType,
  prismValidation,
  violationsHeader,
  type ObservedResponse,
  type Violation,
} from './violations.ts';

export interface LiveCheckOptions {
  target: string;
  projectId: string;
  backupId: string;
  token: string;
  /** Sent as `OpenStack-API-Version` when given, e.g. `volume 3.64`. */
  microversion?: string;
  timeoutMs?: number;
  /** Progress lines for a human (never contain the token). */
  onProgress?: (line: string) => void;
  /** Called once Prism runs, so the caller can stop it on an interrupt. */
  onPrism?: (prism: PrismProcess) => void;
}

export type LiveCheckResult =
  | { outcome: 'conformant'; status: number; warnings: Violation[] }
  | { outcome: 'not-conformant'; status?: number; violations: Violation[] }
  | { outcome: 'unreachable'; reason: string }
  | { outcome: 'failed'; reason: string };

/** Exit status of `contract:live` for each outcome. */
export const exitCodes: Record<LiveCheckResult['outcome'], number> = {
  conformant: 0,
  'not-conformant': 1,
  unreachable: 2,
  failed: 3,
};

const defaultTimeoutMs = 30_000;
// A dropped connection and the news that Prism exited arrive separately.
const exitNoticeMs = 1_000;
// Prism's log line about the target's answer and its HTTP answer arrive on different pipes.
const logWaitMs = 2_000;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function checkLiveEndpoint(options: LiveCheckOptions): Promise<LiveCheckResult> {
  try {
    new URL(options.target);
  } catch {
    return { outcome: 'failed', reason: `--target is not a URL: ${options.target}` };
  }
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const headers: Record<string, string> = { 'X-Auth-Token': options.token, Accept: 'application/json' };
  if (options.microversion) headers['OpenStack-API-Version'] = options.microversion;

  options.onProgress?.(`Starting prism proxy --errors in front of ${options.target} ...`);
  let prism: PrismProcess;
  try {
    prism = await startPrism({
      command: 'proxy',
      document: specRootFile,
      upstream: options.target,
      secrets: [options.token],
    });
  } catch (error) {
    return { outcome: 'failed', reason: (error as Error).message };
  }
  options.onPrism?.(prism);
  options.onProgress?.(`Prism (pid ${prism.pid}) listens on ${prism.url}`);

  try {
    const url = backupUrl(prism.url, options.projectId, options.backupId);
    options.onProgress?.(`GET ${backupUrl(options.target, options.projectId, options.backupId)} through Prism`);
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError' && prism.isRunning()) {
        return { outcome: 'unreachable', reason: `the target did not answer within ${timeoutMs} ms` };
      }
      const exit = await Promise.race([prism.exited, delay(exitNoticeMs)]);
      if (exit) return prismDied(prism, exit);
      return { outcome: 'failed', reason: `the request to Prism failed: ${(error as Error).message}` };
    }
    const body = await readBody(response);
    const result = await verdict(response, body, options, headers, timeoutMs);
    if (result.outcome === 'conformant' && (await upstreamStatus(prism)) === 501) {
      return {
        outcome: 'failed',
        reason:
          'The target answered 501. Prism does not check a 501 answer: it replaces it with one mocked from ' +
          `the spec (here ${result.status}), so nothing was checked.`,
      };
    }
    return result;
  } finally {
    await prism.stop();
  }
}

/** Prism logs "... has returned <status>" for the target's answer before it passes anything on. */
async function upstreamStatus(prism: PrismProcess): Promise<number | undefined> {
  const deadline = Date.now() + logWaitMs;
  for (;;) {
    const match = /has returned (\d{3})/.exec(prism.output());
    if (match) return Number(match[1]);
    if (Date.now() > deadline) return undefined;
    await delay(20);
  }
}

function prismDied(prism: PrismProcess, exit: { code: number | null; signal: string | null }): LiveCheckResult {
  const tail = prism.output().trim().split('\n').slice(-10).join('\n');
  return {
    outcome: 'failed',
    reason: `Prism stopped unexpectedly (${exit.signal ?? `code ${exit.code}`}) during the check.\n--- Prism's last output ---\n${tail}`,
  };
}

async function verdict(
  response: Response,
  body: unknown,
  options: LiveCheckOptions,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<LiveCheckResult> {
  const problem = prismProblemType(body);
  if (problem === 'VIOLATIONS') {
    // Prism's error answer replaces the target's; ask the target directly to show what it sent.
    const observed = await observeDirectly(options, headers, timeoutMs);
    return {
      outcome: 'not-conformant',
      status: observed?.status,
      violations: prismValidation(body).map((violation) => describeViolation(violation, observed)),
    };
  }
  if (problem === 'UNPROCESSABLE_ENTITY' || problem === 'UNAUTHORIZED') {
    const reasons = prismValidation(body).map((violation) => `  ${violation.location.join(' ')}: ${violation.message}`);
    return { outcome: 'failed', reason: `Prism refused the request itself (it breaks the spec):\n${reasons.join('\n')}` };
  }
  const fetchError = (body as { type?: unknown } | null)?.type === 'FetchError';
  if (response.status === 500 && fetchError) {
    const title = String((body as { title?: unknown }).title ?? '');
    return { outcome: 'unreachable', reason: /reason: (.*)$/.exec(title)?.[1] ?? title };
  }
  if (problem) {
    return { outcome: 'failed', reason: `Prism answered ${response.status} ${problem}: ${JSON.stringify(body)}` };
  }
  const warnings = violationsHeader(response.headers)
    .filter((violation) => violation.location[0] !== 'request')
    .map((violation) => describeViolation(violation, { status: response.status, headers: response.headers, body }));
  return { outcome: 'conformant', status: response.status, warnings };
}

async function observeDirectly(
  options: LiveCheckOptions,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<ObservedResponse | undefined> {
  try {
    const response = await fetch(backupUrl(options.target, options.projectId, options.backupId), {
      headers,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, headers: response.headers, body: await readBody(response) };
  } catch {
    return undefined;
  }
}

export function formatReport(result: LiveCheckResult, options: Pick<LiveCheckOptions, 'target'>): string {
  const subject = `GET ${showBackupPath} at ${options.target}`;
  switch (result.outcome) {
    case 'conformant': {
      const lines = [`CONFORMANT: ${subject} answered ${result.status}, as the spec describes.`];
      if (result.warnings.length > 0) lines.push('Warnings (not errors):', formatViolations(result.warnings));
      return lines.join('\n');
    }
    case 'not-conformant':
      return [
        `NOT CONFORMANT: ${subject} answered${result.status === undefined ? '' : ` ${result.status}`} with ` +
          `${result.violations.length} violation${result.violations.length === 1 ? '' : 's'} of the spec:`,
        formatViolations(result.violations),
      ].join('\n');
    case 'unreachable':
      return `UNREACHABLE: ${subject} could not be reached: ${result.reason}`;
    case 'failed':
      return `CHECK FAILED: ${result.reason}`;
  }
}
