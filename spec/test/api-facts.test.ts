// The facts file (shared/api-facts.md) is the record of what the real server sends; these tests
// read its tables and check that the spec says the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDereferencedSpec, seedPageFile, showBackupParameters } from '../src/index.ts';

const factsFile = join(seedPageFile, '..', '..', 'api-facts.md');
const facts = readFileSync(factsFile, 'utf8');
const spec = loadDereferencedSpec();
const backup = (spec.components.schemas as Record<string, Record<string, unknown>>).Backup as {
  required: string[];
  properties: Record<string, Record<string, unknown>>;
  additionalProperties: unknown;
};

/** Rows of the markdown table that follows a heading-like line starting with `marker`. */
function tableAfter(marker: string): string[][] {
  const start = facts.indexOf(marker);
  if (start < 0) throw new Error(`api-facts.md has no "${marker}"`);
  const rows: string[][] = [];
  for (const line of facts.slice(start).split('\n').slice(1)) {
    if (line.startsWith('|')) rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
    else if (rows.length > 0) break;
  }
  return rows.slice(2); // header and separator
}

const allowsNull = (schema: Record<string, unknown>): boolean =>
  (Array.isArray(schema.type) && schema.type.includes('null')) ||
  (Array.isArray(schema.anyOf) && schema.anyOf.some((s: { type?: string }) => s.type === 'null'));

describe('the spec follows shared/api-facts.md', () => {
  const alwaysPresent = tableAfter('Always present');
  const sometimes = tableAfter('Present only sometimes');

  it('requires exactly the 17 always-present fields', () => {
    expect(alwaysPresent).toHaveLength(17);
    expect([...backup.required].sort()).toEqual(alwaysPresent.map(([field]) => field).sort());
  });

  it.each(tableAfter('Always present'))('%s has the nullability the facts give', (field, _type, nullable) => {
    expect(allowsNull(backup.properties[field]), field).toBe(nullable === 'yes');
  });

  it('keeps the microversion/policy-gated fields optional and never null', () => {
    expect(sometimes.map(([field]) => field)).toHaveLength(4);
    for (const [field] of sometimes) {
      expect(backup.properties, field).toHaveProperty([field]);
      expect(backup.required).not.toContain(field);
      expect(allowsNull(backup.properties[field])).toBe(false);
    }
  });

  it('allows unknown properties and keeps status open to unknown values', () => {
    expect(backup.additionalProperties).not.toBe(false);
    const status = backup.properties.status as { anyOf: { type?: string; enum?: string[] }[] };
    const known = status.anyOf.find((s) => s.enum)?.enum;
    const observed = /observed values: ([a-z_, ]+)\./.exec(facts)?.[1].split(', ');
    expect(known).toEqual(observed);
    expect(status.anyOf.some((s) => s.type === 'string' && !s.enum)).toBe(true);
  });

  it('describes timestamps with a pattern that takes naive UTC and rejects offsets', () => {
    for (const field of ['created_at', 'updated_at', 'data_timestamp']) {
      const text = JSON.stringify(backup.properties[field]);
      expect(text).not.toContain('"format":"date-time"');
      const pattern = new RegExp(/"pattern":"([^"]+)"/.exec(text)![1].replace(/\\\\/g, '\\'));
      expect(pattern.test('2019-03-27T12:36:17.596602')).toBe(true);
      expect(pattern.test('2019-03-27T12:36:17Z')).toBe(false);
    }
  });

  it('has the request facts: ids, microversion header, token, servers', () => {
    const parameters = Object.fromEntries(showBackupParameters(spec).map((p) => [p.name, p]));
    expect(parameters.project_id).toMatchObject({ in: 'path', required: true });
    expect(parameters.backup_id).toMatchObject({ in: 'path', required: true });
    const version = new RegExp(String(parameters['OpenStack-API-Version'].schema.pattern));
    expect(['volume 3.0', 'volume 3.64', 'volume latest'].every((v) => version.test(v))).toBe(true);
    expect(['3.64', 'volume 3', 'compute 3.1', 'volume 03.1'].some((v) => version.test(v))).toBe(false);
    expect(spec.components.securitySchemes).toEqual({
      XAuthToken: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' }),
    });
    const servers = JSON.stringify(spec.servers);
    expect(servers).toContain('https://vbs.{region}.otc.t-systems.com');
    expect(servers).toContain(':8776');
  });

  it('states each correction of the seed page', () => {
    const errors = facts.slice(facts.indexOf('## Errors in the seed page'));
    const count = [...errors.matchAll(/^\d+\. /gm)].length;
    const differences = spec.info.description.slice(spec.info.description.indexOf("Differences from the vendor's page"));
    expect([...differences.matchAll(/^\d+\. /gm)].length).toBeGreaterThanOrEqual(count);
    for (const phrase of ['tenant_id', 'List of queried backups', 'null', 'bookmark', 'Current time', 'GiB', 'X-Auth-Token', 'VolumeBackup']) {
      expect(differences).toContain(phrase);
    }
  });
});
