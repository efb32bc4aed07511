// What the service tells about a request in its answer's headers.

/** `x-openstack-request-id` (or the older `x-compute-request-id`). */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-openstack-request-id') ?? headers.get('x-compute-request-id') ?? undefined;
}

/** The microversion the server used, from `OpenStack-API-Version: volume 3.43` -> `"3.43"`. */
export function microversionOf(headers: Headers): string | undefined {
  const match = /^volume\s+(\S+)$/i.exec(headers.get('openstack-api-version')?.trim() ?? '');
  return match?.[1];
}
