// `vbs.raw`: the typed openapi-fetch client, with openapi-fetch loaded when it sends its first request.
// An app that only calls getBackup never loads openapi-fetch, and bundlers put it in a chunk of its own.
import type { Client, ClientOptions } from 'openapi-fetch';
import type { paths } from './types.js';

export type RawClient = Client<paths, 'application/json'>;

type RequestMethod = Exclude<keyof RawClient, 'use' | 'eject'>;

export function lazyRawClient(options: ClientOptions): RawClient {
  let client: RawClient | undefined;
  // `use` and `eject` calls made before openapi-fetch is loaded, replayed in order once it is.
  const pending: ((loaded: RawClient) => void)[] = [];
  let loading: Promise<RawClient> | undefined;
  const load = (): Promise<RawClient> =>
    (loading ??= import('openapi-fetch').then(({ default: createClient }) => {
      const loaded = createClient<paths, 'application/json'>(options);
      for (const replay of pending.splice(0)) replay(loaded);
      return (client = loaded);
    }));
  const forward = <M extends RequestMethod>(method: M): RawClient[M] =>
    ((...args: unknown[]) =>
      load().then((loaded) => (loaded[method] as (...args: unknown[]) => Promise<unknown>)(...args))) as RawClient[M];
  return {
    request: forward('request'),
    GET: forward('GET'),
    PUT: forward('PUT'),
    POST: forward('POST'),
    DELETE: forward('DELETE'),
    OPTIONS: forward('OPTIONS'),
    HEAD: forward('HEAD'),
    PATCH: forward('PATCH'),
    TRACE: forward('TRACE'),
    use: (...middleware) => (client ? client.use(...middleware) : void pending.push((loaded) => loaded.use(...middleware))),
    eject: (...middleware) =>
      client ? client.eject(...middleware) : void pending.push((loaded) => loaded.eject(...middleware)),
  };
}
