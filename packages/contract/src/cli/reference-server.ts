// pnpm --filter @vbs/contract reference-server [--drifted]: the local Cinder stand-in, to try
// `pnpm contract:live` against.
import { parseArgs } from 'node:util';
import { referenceBackupId, referenceProjectId, startReferenceServer } from '../reference-server.ts';

const { values } = parseArgs({ options: { drifted: { type: 'boolean', default: false } } });
const server = await startReferenceServer({ mode: values.drifted ? 'drifted' : 'conformant' });
process.stdout.write(
  `Reference server (${values.drifted ? 'drifted' : 'conformant'}) on ${server.url}\n` +
    `  OS_AUTH_TOKEN=any pnpm contract:live --target ${server.url} ` +
    `--project-id ${referenceProjectId} --backup-id ${referenceBackupId}\n`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
