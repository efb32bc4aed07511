// pnpm contract:live --target <base-url> --project-id <id> --backup-id <id> [--microversion "volume 3.64"]
// Token from OS_AUTH_TOKEN. Exit 0 conformant, 1 not conformant, 2 target unreachable, 3 check failed.
import { parseArgs } from 'node:util';
import { checkLiveEndpoint, exitCodes, formatReport } from '../live-check.ts';
import type { PrismProcess } from '../prism.ts';
import { stopPrismOnSignal } from './stop-on-signal.ts';

const usage = `Usage: pnpm contract:live --target <base-url> --project-id <id> --backup-id <id> [--microversion "volume 3.64"] [--timeout-ms 30000]
The token is read from the environment variable OS_AUTH_TOKEN.
Exit status: 0 conformant, 1 not conformant, 2 target unreachable, 3 the check could not run.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(exitCodes.failed);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        target: { type: 'string' },
        'project-id': { type: 'string' },
        'backup-id': { type: 'string' },
        microversion: { type: 'string' },
        'timeout-ms': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const { target, 'project-id': projectId, 'backup-id': backupId } = values;
  if (!target || !projectId || !backupId) fail('--target, --project-id and --backup-id are required.');
  const token = process.env.OS_AUTH_TOKEN;
  if (!token) fail('OS_AUTH_TOKEN is not set: export a project-scoped token first.');
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    fail(`--timeout-ms must be a positive whole number of milliseconds, not ${values['timeout-ms']}.`);
  }
  return { target, projectId, backupId, token, microversion: values.microversion, timeoutMs };
}

const options = readOptions();
let prism: PrismProcess | undefined;
stopPrismOnSignal(() => prism);
const result = await checkLiveEndpoint({
  ...options,
  onProgress: (line) => process.stderr.write(`${line}\n`),
  onPrism: (started) => {
    prism = started;
  },
});
process.stdout.write(`${formatReport(result, options)}\n`);
process.exitCode = exitCodes[result.outcome];
