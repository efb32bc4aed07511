// The 200-body validator as ajv standalone code: compiled now from the bundled spec, so the client
// neither parses YAML nor compiles schemas at run time.
import { _ } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { createSchemaValidator, jsonResponse, loadDereferencedSpec } from '@vbs/spec';
import { generatedHeader } from './generated-header.ts';

const source = 'the 200 response schema of spec/openapi.yaml';

export function generateValidator(): string {
  // The project's one ajv setup, told to keep the source and emit an ES module.
  const ajv = createSchemaValidator();
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  // ajv-formats would reference its formats with `require(...)`, which an ES module lacks.
  ajv.opts.code.formats = _`formats`;
  const validate = ajv.compile(jsonResponse(200, loadDereferencedSpec()).schema);
  return [
    generatedHeader(source),
    "import { fullFormats as formats } from 'ajv-formats/dist/formats.js';",
    // A CommonJS module: its function is also its `default` property.
    standalone.default(ajv, validate),
    '',
  ].join('\n');
}

export const validatorDeclarations = `${generatedHeader(source)}
export interface ValidationError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
export declare const validate: ValidateFunction;
export default validate;
`;
