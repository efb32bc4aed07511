// Opt-in check of 200 bodies with the validator compiled from the spec at generate time
// (src/generated/backup-response-validator.js), loaded only when first needed.
import type { ValidationError } from './generated/backup-response-validator.js';

let validator: Promise<typeof import('./generated/backup-response-validator.js').validate> | undefined;

/** The first violation of the spec's 200 schema, or undefined when the body conforms. */
export async function firstViolation(body: unknown): Promise<ValidationError | undefined> {
  validator ??= import('./generated/backup-response-validator.js').then((module) => module.validate);
  const validate = await validator;
  return validate(body) ? undefined : (validate.errors?.[0] ?? { instancePath: '', keyword: 'unknown', params: {} });
}
