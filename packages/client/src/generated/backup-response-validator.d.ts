// generated — do not edit. Made by `pnpm --filter @vbs/client generate` from the 200 response schema of spec/openapi.yaml.

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
