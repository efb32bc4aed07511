// Runs Stoplight Prism (`prism mock` / `prism proxy`) as a child process on a loopback port.
// Prism is started in its own process group (`detached`) so that stopping it kills everything it
// spawned; a process `exit` hook does the same when the caller ends without stopping it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const prismBin = fileURLToPath(new URL('../node_modules/.bin/prism', import.meta.url));
const host = '127.0.0.1';
const listeningLine = /Prism is listening on http:\/\//;
// Colour codes, in case Prism's logger colours its output despite FORCE_COLOR=0.
const ansiEscape = /\u001b\[[0-9;]*m/g;

export interface PrismOptions {
  /** `mock` answers from the spec; `proxy` forwards to `upstream` and validates what comes back. */
  command: 'mock' | 'proxy';
  /** The OpenAPI document to serve. */
  document: string;
  /** Proxy target (proxy only). */
  upstream?: string;
  /** Generate bodies from the schemas instead of answering with examples (mock only). */
  dynamic?: boolean;
  /** Seed for dynamic generation, so generated bodies are reproducible. */
  seed?: string;
  /** Fixed port; by default a free one is picked. */
  port?: number;
  /** How long Prism may take to answer before starting counts as failed. */
  startTimeoutMs?: number;
  /** Strings (tokens) that must never appear in the output this module hands out. */
  secrets?: string[];
  /** Called with each piece of Prism's output (already redacted), e.g. to show it to a human. */
  onOutput?: (text: string) => void;
}

export interface PrismExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface PrismProcess {
  /** Base URL Prism answers on, without a trailing slash. */
  readonly url: string;
  /** Process id, also the id of its process group. */
  readonly pid: number;
  /** Resolves when Prism has exited, whether stopped or not. */
  readonly exited: Promise<PrismExit>;
  /** Whether Prism is still running. */
  isRunning(): boolean;
  /** Everything Prism printed so far, without colours and secrets. */
  output(): string;
  /** Stops Prism and everything in its process group; safe to call more than once. */
  stop(): Promise<void>;
}

/** Prism could not be started: the message says why and carries Prism's own output. */
export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
  constructor(
    message: string,
    readonly output: string,
    /** The Prism process that failed, when one was started. */
    readonly pid?: number,
  ) {
    super(`${message}\n--- Prism's output ---\n${withoutUsage(output).trim() || '(nothing)'}`);
  }
}

const defaultStartTimeoutMs = 30_000;
const stopGraceMs = 3_000;
// An automatically picked port can be taken by someone else before Prism binds it.
const portAttempts = 3;

export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort(host));
    try {
      return await startOnPort(options, port);
    } catch (error) {
      const retry = options.port === undefined && attempt < portAttempts && isPortTaken(error);
      if (!retry) throw error;
    }
  }
}

function isPortTaken(error: unknown): boolean {
  return error instanceof PrismStartError && error.output.includes('EADDRINUSE');
}

function prismArguments(options: PrismOptions, port: number): string[] {
  const args: string[] = [options.command, options.document];
  if (options.command === 'proxy') {
    if (!options.upstream) throw new TypeError('prism proxy needs an upstream URL');
    args.push(options.upstream);
  }
  args.push('--errors', '--host', host, '--port', String(port), '--multiprocess=false');
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  return args;
}

async function startOnPort(options: PrismOptions, port: number): Promise<PrismProcess> {
  const child = spawn(prismBin, prismArguments(options, port), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const pid = child.pid;
  if (pid === undefined) {
    const [error] = (await once(child, 'error')) as [Error];
    throw new PrismStartError(`Could not run ${prismBin}: ${error.message}`, '');
  }

  // Kept as printed for recognising Prism's messages; handed out only with the secrets masked.
  let rawOutput = '';
  const redact = (text: string) =>
    (options.secrets ?? []).filter(Boolean).reduce((masked, secret) => masked.replaceAll(secret, '***'), text);
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8').replace(ansiEscape, '');
    rawOutput += text;
    options.onOutput?.(redact(text));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let running = true;
  const exited = new Promise<PrismExit>((resolve) => {
    // 'close' rather than 'exit': by then all of Prism's output has been read.
    child.once('close', (code, signal) => {
      running = false;
      process.removeListener('exit', killGroupNow);
      resolve({ code, signal });
    });
  });
  const killGroupNow = () => killGroup(pid, 'SIGKILL');
  process.once('exit', killGroupNow);

  const stop = async () => {
    if (running) {
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), stopGraceMs);
      await exited;
      clearTimeout(timer);
    }
    // Anything Prism forked goes with its group.
    killGroup(pid, 'SIGKILL');
  };

  const url = `http://${host}:${port}`;
  const prism: PrismProcess = {
    url,
    pid,
    exited,
    isRunning: () => running,
    output: () => redact(rawOutput),
    stop,
  };

  const timeoutMs = options.startTimeoutMs ?? defaultStartTimeoutMs;
  const failure = await waitUntilAnswering(prism, () => rawOutput, port, timeoutMs);
  if (failure) {
    await stop();
    throw new PrismStartError(redact(failure), prism.output(), pid);
  }
  return prism;
}

/**
 * Resolves to nothing once Prism said it listens and answers HTTP, or to why it did not. The log line
 * comes first: an HTTP answer alone could come from whoever else holds the port.
 */
async function waitUntilAnswering(
  prism: PrismProcess,
  rawOutput: () => string,
  port: number,
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!prism.isRunning()) {
      const { code, signal } = await prism.exited;
      const output = rawOutput();
      if (output.includes('EADDRINUSE')) return `Prism could not start: port ${port} on ${host} is already in use.`;
      const fatal = /fatal\s+(\S.*)/.exec(output)?.[1];
      return `Prism exited (${signal ?? `code ${code}`}) before it was listening${fatal ? `: ${fatal}` : '.'}`;
    }
    if (listeningLine.test(rawOutput()) && (await answers(prism.url, deadline))) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `Prism did not answer within ${timeoutMs} ms.`;
}

/** A CORS preflight: Prism answers it (204) without routing it, so it leaves no error in Prism's log. */
async function answers(url: string, deadline: number): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: { Origin: url, 'Access-Control-Request-Method': 'GET' },
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** Prism prints its whole command-line help after a fatal error; it only hides the cause. */
function withoutUsage(output: string): string {
  return output.replace(/^prism (mock|proxy) <[\s\S]*?\nOptions:\n[\s\S]*?\n\n/m, '');
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
