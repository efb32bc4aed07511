import { describe, expect, it } from 'vitest';
import {
  declaredStatuses,
  faultNameOf,
  loadDereferencedSpec,
  responseExamples,
  seedPageStatuses,
  showBackupOperation,
} from '../src/index.ts';

const spec = loadDereferencedSpec();
const responses = showBackupOperation(spec).responses;

describe('status codes', () => {
  it('are exactly the 15 of the seed page (200 and its 14 abnormal codes)', () => {
    const seed = seedPageStatuses();
    expect(seed).toHaveLength(15);
    expect([...declaredStatuses(spec)].sort()).toEqual([...seed].sort());
  });

  it.each(Object.keys(responses).filter((s) => s !== '200'))(
    '%s has a JSON error body with one wrapper key and an example',
    (status) => {
      const examples = Object.values(responseExamples(Number(status), spec));
      expect(examples.length).toBeGreaterThan(0);
      for (const body of examples) {
        const name = faultNameOf(body);
        expect(name).toBeTypeOf('string');
        expect((body as Record<string, { code: number }>)[name!].code).toBe(Number(status));
      }
    },
  );

  it('401 uses the Keystone {"error": ...} form and sends WWW-Authenticate', () => {
    expect(Object.values(responseExamples(401, spec)).map(faultNameOf)).toEqual(['error']);
    expect(responses['401'].headers).toHaveProperty('WWW-Authenticate');
  });

  it('503 may send Retry-After', () => {
    expect(responses['503'].headers).toHaveProperty('Retry-After');
  });

  it('every response documents x-openstack-request-id', () => {
    for (const response of Object.values(responses)) {
      expect(response.headers).toHaveProperty('x-openstack-request-id');
    }
  });

  it('gateway statuses also document a non-JSON body', () => {
    for (const status of ['407', '408', '502', '504']) {
      expect(Object.keys(responses[status].content ?? {})).toContain('text/html');
      expect(responses[status].description).toMatch(/Not sent by Cinder/);
    }
  });
});
