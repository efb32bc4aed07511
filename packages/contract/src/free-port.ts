// A port nobody listens on right now, chosen by the operating system.
import { createServer } from 'node:net';
import { once } from 'node:events';

export async function freePort(host: string): Promise<number> {
  const server = createServer();
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('No TCP port was assigned');
  return address.port;
}
