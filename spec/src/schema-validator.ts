// One ajv setup (JSON Schema 2020-12, as OpenAPI 3.1 uses) for every place that checks data
// against the spec's schemas.
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS with a default export that ESM type resolution does not see as callable.
const addFormats = createRequire(import.meta.url)('ajv-formats') as FormatsPlugin;

export function createSchemaValidator(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  // OpenAPI's annotation keyword that is not JSON Schema.
  ajv.addKeyword({ keyword: 'example' });
  addFormats(ajv);
  return ajv;
}
