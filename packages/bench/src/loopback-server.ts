// Child process: a node:http server on 127.0.0.1 answering the show-backup path with the seed example.
// It runs apart from the benchmark so that server and clients do not share one event loop.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { backupId, projectId, seedBody } from './fixture.ts';

const backupPath = `/v3/${projectId}/backups/${backupId}`;
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(seedBody)) };

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === backupPath) response.writeHead(200, headers).end(seedBody);
  else response.writeHead(404).end();
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
// The parent ends this process; should it die first, the IPC channel closes and we follow.
process.on('disconnect', () => process.exit(0));
