// The soak's server, run in a worker thread so it has its own event loop (and core) rather than
// competing with the client it measures. Every `faultEvery`-th request gets the next of the faults.
import { parentPort, workerData } from 'node:worker_threads';
import { startLoopbackServer } from '../loopback-server.ts';
import { sendSuccess } from '../responses.ts';
import { soakFaults, type SoakCommand, type SoakReply, type SoakServerOptions } from './protocol.ts';

const { faultEvery, faultNames } = workerData as SoakServerOptions;
const faults = faultNames.map((name) => soakFaults[name]);
const port = parentPort!;
let faultsServed = 0;

const server = await startLoopbackServer(
  (_req, res, hit) => {
    if (hit % faultEvery !== 0) return sendSuccess(res);
    faultsServed += 1;
    faults[(hit / faultEvery) % faults.length]!(res);
  },
  { record: false },
);

const reply = (message: SoakReply) => port.postMessage(message);

port.on('message', async (command: SoakCommand) => {
  switch (command.type) {
    case 'stats':
      return reply({ type: 'stats', hits: server.hits, faultsServed, openSockets: server.openSockets });
    case 'openSocketsAfter': {
      const withRequests = await server.openSocketsAfter(command.withinMs, { includeUnused: false });
      return reply({ type: 'openSockets', withRequests, spare: server.openSockets - withRequests });
    }
    case 'close':
      await server.close();
      port.close();
  }
});
reply({ type: 'ready', origin: server.origin });
