import { describe, expect, it } from 'vitest';
import {
  createSchemaValidator,
  defaultExample,
  loadDereferencedSpec,
  responseExamples,
  seedPageExample,
  showBackupOperation,
  showBackupParameters,
} from '../src/index.ts';

const spec = loadDereferencedSpec();
const ajv = createSchemaValidator();

type Case = [where: string, schema: object, value: unknown];

/** Every example the document holds, paired with the schema it illustrates. */
function collectExamples(): Case[] {
  const cases: Case[] = [];
  const walkSchema = (where: string, schema: unknown): void => {
    if (typeof schema !== 'object' || schema === null) return;
    const node = schema as Record<string, unknown>;
    if ('example' in node) cases.push([`${where} (schema example)`, node, node.example]);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'example') continue;
      walkSchema(`${where}/${key}`, child);
    }
  };
  for (const parameter of showBackupParameters(spec)) {
    cases.push([`parameter ${parameter.name}`, parameter.schema, parameter.example]);
    walkSchema(`parameter ${parameter.name}`, parameter.schema);
  }
  for (const [status, response] of Object.entries(showBackupOperation(spec).responses)) {
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const example = (header as { example?: unknown }).example;
      cases.push([`${status} header ${name}`, header.schema, example]);
    }
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        cases.push([`${status} ${mediaType} example ${name}`, media.schema, example.value]);
      }
      walkSchema(`${status} ${mediaType} schema`, media.schema);
    }
  }
  return cases;
}

describe('examples in the spec', () => {
  const cases = collectExamples();

  it('finds examples for every response, parameter and header', () => {
    const statuses = Object.keys(showBackupOperation(spec).responses);
    for (const status of statuses) {
      expect(cases.some(([where]) => where.startsWith(`${status} application/json example`))).toBe(true);
    }
    expect(cases.every(([, , value]) => value !== undefined)).toBe(true);
  });

  it.each(cases)('%s validates against its schema', (_where, schema, value) => {
    const { example: _annotation, ...withoutExample } = schema as Record<string, unknown>;
    const validate = ajv.compile(withoutExample);
    const valid = validate(value);
    expect(validate.errors ?? [], JSON.stringify(value)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the default 200 example is the seed page example, unchanged', () => {
    expect(defaultExample(200, spec)).toStrictEqual(seedPageExample());
    expect(Object.keys(responseExamples(200, spec))[0]).toBe('seedPage');
  });

  it('has the named 200 examples the issue asks for', () => {
    const examples = responseExamples(200, spec) as Record<string, { backup: Record<string, unknown> }>;
    expect(Object.keys(examples)).toEqual([
      'seedPage',
      'availableFullBackup',
      'incrementalBackup',
      'creatingBackup',
      'adminViewMicroversion364',
    ]);
    expect(examples.availableFullBackup.backup).toMatchObject({ status: 'available', is_incremental: false });
    expect(JSON.parse(String(examples.incrementalBackup.backup.description))).toEqual({
      DESC: expect.any(String),
      INC: 1,
    });
    expect(examples.creatingBackup.backup.status).toBe('creating');
    expect(examples.adminViewMicroversion364.backup).toHaveProperty('encryption_key_id');
  });
});
