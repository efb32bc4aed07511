// pnpm mock [--port 4010] [--dynamic] [--seed <text>]: the spec's Prism mock (with --errors) for humans.
import { parseArgs } from 'node:util';
import { specRootFile } from '@vbs/spec';
import { backupUrl } from '../backup-url.ts';
import { exampleIds } from '../example-ids.ts';
import { startPrism, type PrismProcess } from '../prism.ts';
import { stopPrismOnSignal } from './stop-on-signal.ts';

const usage = 'Usage: pnpm mock [--port 4010] [--dynamic] [--seed <text>]   (--port 0 picks a free port)';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(1);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        dynamic: { type: 'boolean', default: false },
        seed: { type: 'string' },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be 0..65535, not ${values.port}.`);
    return { port: port === 0 ? undefined : port, dynamic: values.dynamic, seed: values.seed };
  } catch (error) {
    fail((error as Error).message);
  }
}

const options = readOptions();
let prism: PrismProcess | undefined;
let started = false;
const signals = stopPrismOnSignal(() => prism);
try {
  prism = await startPrism({
    command: 'mock',
    document: specRootFile,
    ...options,
    onOutput: (text) => started && process.stdout.write(text),
  });
} catch (error) {
  fail((error as Error).message);
}
const { projectId, backupId } = exampleIds();
const url = backupUrl(prism.url, projectId, backupId);
process.stdout.write(
  [
    `Prism mock of the VBS spec (${options.dynamic ? 'dynamic' : 'static examples'}, --errors) on ${prism.url} (pid ${prism.pid})`,
    'Try:',
    `  curl -i -H 'X-Auth-Token: any-token' ${url}`,
    `  (add -H 'Prefer: code=404' or -H 'Prefer: example=<name>' for other answers)`,
    'Ctrl-C stops it. Prism log follows.',
    '',
  ].join('\n'),
);
started = true;
void prism.exited.then(({ code, signal }) => {
  if (signals.stopping()) return;
  process.stderr.write(`Prism stopped unexpectedly (${signal ?? `code ${code}`}).\n`);
  process.exit(1);
});
