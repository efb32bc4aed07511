// What a call leaves behind in this process: unhandled rejections, printed output, live timers.
import { inspect } from 'node:util';

/** Ref'd timers in this process: the ones that keep it from exiting. */
export const activeTimers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

export interface Watched {
  unhandledRejections: unknown[];
  /** Everything written through `console` or to stdout/stderr meanwhile. */
  output: string;
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'] as const;

/** Starts recording; `stop()` restores everything and returns what was seen. */
export function watchProcess(): { stop(): Promise<Watched> } {
  const unhandledRejections: unknown[] = [];
  const chunks: string[] = [];
  const onRejection = (reason: unknown) => unhandledRejections.push(reason);
  process.on('unhandledRejection', onRejection);

  const originals = consoleMethods.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      chunks.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '));
      original.apply(console, args);
    };
  }
  const streams = [process.stdout, process.stderr].map((stream) => [stream, stream.write] as const);
  for (const [stream, write] of streams) {
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (write as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  }

  return {
    async stop() {
      // Rejections are reported once the microtask queue drains; let that happen first.
      await new Promise((resolve) => setImmediate(resolve));
      process.off('unhandledRejection', onRejection);
      for (const [method, original] of originals) console[method] = original as never;
      for (const [stream, write] of streams) stream.write = write;
      return { unhandledRejections, output: chunks.join('\n') };
    },
  };
}
