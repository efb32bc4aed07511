// Opt-in check of 200 bodies with the validator compiled from the spec at generate time
// (src/generated/backup-response-validator.js), loaded only when first needed.
import type { ValidationError } from './generated/backup-response-validator.js';

type Validate = typeof import('./generated/backup-response-validator.js').validate;

let validator: Promise<Validate> | undefined;
let loadedValidator: Validate | undefined;

function violationOf(validate: Validate, body: unknown): ValidationError | undefined {
  return validate(body) ? undefined : (validate.errors?.[0] ?? { instancePath: '', keyword: 'unknown', params: {} });
}

/** The first violation of the spec's 200 schema, or undefined when the body conforms. */
export async function firstViolation(body: unknown): Promise<ValidationError | undefined> {
  if (loadedValidator) return violationOf(loadedValidator, body);
  validator ??= import('./generated/backup-response-validator.js').then((module) => (loadedValidator = module.validate));
  return violationOf(await validator, body);
}
