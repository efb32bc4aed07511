// A small stand-in for Cinder's "show backup detail" call, written from the facts about the real
// service (not from the spec), so that checking it against the spec means something. In `drifted`
// mode it makes two mistakes a real deployment could make: `size` comes as a string and
// `volume_id` is missing.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReferenceMode = 'conformant' | 'drifted';

export interface ReferenceServerOptions {
  mode?: ReferenceMode;
  /** Awaited before each answer; lets a test hold a response. */
  beforeRespond?: () => Promise<void> | void;
}

export interface ReferenceServer {
  readonly url: string;
  close(): Promise<void>;
}

export const referenceProjectId = '4f6e2b1a9c8d47e3b5a0c1d2e3f40516';
export const referenceBackupId = '6c1e8f0a-3b2d-4c5e-9f7a-1b2c3d4e5f60';

const minimumVersion = { major: 3, minor: 0 };
const maximumVersion = { major: 3, minor: 70 };

interface Microversion {
  major: number;
  minor: number;
}

const storedBackup = {
  id: referenceBackupId,
  name: 'nightly-db',
  description: '{"DESC": "nightly database disk", "INC": 1}',
  status: 'available',
  availability_zone: 'eu-de-01',
  volume_id: '0b4c2d8e-7f61-4a3b-9c5d-2e1f0a9b8c7d',
  fail_reason: null,
  size: 40,
  object_count: 12,
  container: 'volumebackups',
  created_at: '2024-05-02T01:00:04.118201',
  updated_at: '2024-05-02T01:07:39.000000',
  data_timestamp: '2024-05-02T01:00:00.000000',
  has_dependent_backups: false,
  is_incremental: true,
  snapshot_id: null,
  metadata: { schedule: 'nightly' },
  user_id: '9a8b7c6d5e4f40312a1b2c3d4e5f6a7b',
  encryption_key_id: 'd4c3b2a1-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
};

function atLeast(version: Microversion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** Cinder's backup view: 17 keys always, more from higher microversions (caller treated as admin). */
function backupView(version: Microversion, baseUrl: string): Record<string, unknown> {
  const { metadata, user_id, encryption_key_id, ...always } = storedBackup;
  const view: Record<string, unknown> = {
    ...always,
    links: [
      { href: `${baseUrl}/v3/${referenceProjectId}/backups/${storedBackup.id}`, rel: 'self' },
      { href: `${baseUrl}/${referenceProjectId}/backups/${storedBackup.id}`, rel: 'bookmark' },
    ],
  };
  if (atLeast(version, 3, 18)) view['os-backup-project-attr:project_id'] = referenceProjectId;
  if (atLeast(version, 3, 43)) view.metadata = metadata;
  if (atLeast(version, 3, 56)) view.user_id = user_id;
  if (atLeast(version, 3, 64)) view.encryption_key_id = encryption_key_id;
  return view;
}

function drift(view: Record<string, unknown>): Record<string, unknown> {
  const { volume_id: _dropped, ...rest } = view;
  return { ...rest, size: String(view.size) };
}

type Parsed = { version: Microversion } | { status: 400 | 406; message: string };

function parseMicroversion(header: string | undefined): Parsed {
  if (header === undefined) return { version: minimumVersion };
  if (/^volume latest$/i.test(header.trim())) return { version: maximumVersion };
  const match = /^volume (\d+)\.(\d+)$/i.exec(header.trim());
  if (!match) return { status: 400, message: `Invalid API version request string ${header}.` };
  const version = { major: Number(match[1]), minor: Number(match[2]) };
  if (!atLeast(version, minimumVersion.major, minimumVersion.minor) || atLeast(version, 3, maximumVersion.minor + 1)) {
    return {
      status: 406,
      message: `Version ${version.major}.${version.minor} is not supported by the API. Minimum is 3.0 and maximum is 3.${maximumVersion.minor}.`,
    };
  }
  return { version };
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const requestId = `req-${randomUUID()}`;
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'x-openstack-request-id': requestId,
    'x-compute-request-id': requestId,
    ...headers,
  });
  response.end(JSON.stringify(body));
}

const fault = (name: string, code: number, message: string) => ({ [name]: { code, message } });

function answer(request: IncomingMessage, response: ServerResponse, mode: ReferenceMode): void {
  if (!request.headers['x-auth-token']) {
    send(
      response,
      401,
      { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
      { 'WWW-Authenticate': `Keystone uri="http://${request.headers.host}/identity/v3"` },
    );
    return;
  }
  const path = new URL(request.url ?? '/', 'http://reference').pathname;
  const match = /^\/v3\/([^/]+)\/backups\/([^/]+)$/.exec(path);
  if (!match) {
    send(response, 404, fault('itemNotFound', 404, 'The resource could not be found.'));
    return;
  }
  if (request.method !== 'GET') {
    send(response, 405, fault('badMethod', 405, 'The method specified is not allowed for this resource.'));
    return;
  }
  const parsed = parseMicroversion(request.headers['openstack-api-version'] as string | undefined);
  if ('status' in parsed) {
    send(response, parsed.status, fault(parsed.status === 400 ? 'badRequest' : 'computeFault', parsed.status, parsed.message));
    return;
  }
  const versionHeaders = {
    'OpenStack-API-Version': `volume ${parsed.version.major}.${parsed.version.minor}`,
    Vary: 'OpenStack-API-Version',
  };
  const [, projectId, backupId] = match;
  if (projectId !== referenceProjectId || backupId !== referenceBackupId) {
    send(response, 404, fault('itemNotFound', 404, `Backup ${backupId} could not be found.`), versionHeaders);
    return;
  }
  const view = backupView(parsed.version, `http://${request.headers.host}`);
  send(response, 200, { backup: mode === 'drifted' ? drift(view) : view }, versionHeaders);
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const mode = options.mode ?? 'conformant';
  const server = createServer((request, response) => {
    request.resume();
    Promise.resolve(options.beforeRespond?.())
      .then(() => answer(request, response, mode))
      .catch(() => response.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
