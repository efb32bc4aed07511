// Ctrl-C (or a supervisor's SIGTERM) must not leave Prism behind: it runs in its own process group,
// so the terminal's signal does not reach it.
import type { PrismProcess } from '../prism.ts';

const exitStatusBySignal = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Stops Prism on a termination signal, then exits; tells whether that is under way. */
export function stopPrismOnSignal(getPrism: () => PrismProcess | undefined): { stopping: () => boolean } {
  let stopping = false;
  for (const [signal, status] of Object.entries(exitStatusBySignal)) {
    process.once(signal, () => {
      stopping = true;
      process.stderr.write(`\n${signal}: stopping Prism\n`);
      void (getPrism()?.stop() ?? Promise.resolve()).finally(() => process.exit(status));
    });
  }
  return { stopping: () => stopping };
}
