// Read-only access to the spec for tests and tools. Everything comes from the bundles that
// `pnpm build` writes to spec/dist (made by `redocly bundle` from the hand-written YAML).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const specDir = fileURLToPath(new URL('..', import.meta.url));
export const specRootFile = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
export const bundledSpecFile = fileURLToPath(new URL('../dist/openapi.json', import.meta.url));
export const bundledYamlFile = fileURLToPath(new URL('../dist/openapi.yaml', import.meta.url));
export const dereferencedSpecFile = fileURLToPath(
  new URL('../dist/openapi.dereferenced.json', import.meta.url),
);

/** The path and method this whole project is about. */
export const showBackupPath = '/v3/{project_id}/backups/{backup_id}';

export interface ExampleObject {
  summary?: string;
  description?: string;
  value: unknown;
}
export interface MediaTypeObject {
  schema: Record<string, unknown>;
  examples?: Record<string, ExampleObject>;
}
export interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; required?: boolean; schema: Record<string, unknown> }>;
  content?: Record<string, MediaTypeObject>;
}
export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
  example?: unknown;
}
export interface OperationObject {
  operationId: string;
  parameters?: ParameterObject[];
  responses: Record<string, ResponseObject>;
  [key: string]: unknown;
}
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown> & { description: string };
  paths: Record<string, { parameters?: ParameterObject[]; get: OperationObject }>;
  components: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

function readJson(file: string): OpenApiDocument {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  } catch (error) {
    throw new Error(`Cannot read ${file}: run \`pnpm build\` first to bundle the spec.`, { cause: error });
  }
}

/** The spec as one document whose `$ref`s point inside it. */
export const loadBundledSpec = (): OpenApiDocument => readJson(bundledSpecFile);

/** The spec with every `$ref` replaced by its target. */
export const loadDereferencedSpec = (): OpenApiDocument => readJson(dereferencedSpecFile);

/** The show-backup operation of a (dereferenced) document. */
export function showBackupOperation(spec: OpenApiDocument = loadDereferencedSpec()): OperationObject {
  const operation = spec.paths[showBackupPath]?.get;
  if (!operation) throw new Error(`The spec has no GET ${showBackupPath}`);
  return operation;
}

/** Every parameter of the operation, path-level ones included. */
export function showBackupParameters(spec: OpenApiDocument = loadDereferencedSpec()): ParameterObject[] {
  return [...(spec.paths[showBackupPath]?.parameters ?? []), ...(showBackupOperation(spec).parameters ?? [])];
}

/** The declared status codes, as numbers, in document order. */
export function declaredStatuses(spec: OpenApiDocument = loadDereferencedSpec()): number[] {
  return Object.keys(showBackupOperation(spec).responses).map(Number);
}

/** The error statuses (everything but 2xx). */
export function errorStatuses(spec: OpenApiDocument = loadDereferencedSpec()): number[] {
  return declaredStatuses(spec).filter((status) => status >= 400);
}

/** The JSON media type of one response. */
export function jsonResponse(status: number, spec: OpenApiDocument = loadDereferencedSpec()): MediaTypeObject {
  const media = showBackupOperation(spec).responses[String(status)]?.content?.['application/json'];
  if (!media) throw new Error(`The spec declares no application/json body for ${status}`);
  return media;
}

/** The named examples of one response's JSON body, in document order. */
export function responseExamples(
  status: number,
  spec: OpenApiDocument = loadDereferencedSpec(),
): Record<string, unknown> {
  const examples = jsonResponse(status, spec).examples ?? {};
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, example.value]));
}

/** The example Prism answers with when none is asked for: the first one. */
export function defaultExample(status: number, spec: OpenApiDocument = loadDereferencedSpec()): unknown {
  const [first] = Object.values(responseExamples(status, spec));
  return first;
}

/**
 * For a Cinder fault body `{"<faultName>": {...}}` (or Keystone's `{"error": {...}}`), the wrapper key.
 */
export function faultNameOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const keys = Object.keys(body);
  return keys.length === 1 ? keys[0] : undefined;
}

export { seedPageExample, seedPageStatuses, seedPageFile } from './seed-page.ts';
export { createSchemaValidator } from './schema-validator.ts';
