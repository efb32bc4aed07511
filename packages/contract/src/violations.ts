// Prism's validation results (the `validation` list of its `--errors` answer and the `sl-violations`
// header) turned into "where, what the spec expects, what came back".

/** One entry as Prism reports it. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export interface Violation {
  /** JSON path into the body (`$.backup.size`), `header <name>`, or `response` for the whole answer. */
  where: string;
  expected: string;
  got: string;
  /** The JSON Schema keyword (or Prism code) that failed. */
  rule: string;
  severity: string;
}

/** What came back, to look the offending values up in. */
export interface ObservedResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const prismErrorsUrl = 'https://stoplight.io/prism/errors#';

/** The Prism problem type (`VIOLATIONS`, `UNPROCESSABLE_ENTITY`, ...) of a problem+json body Prism made. */
export function prismProblemType(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const type = (body as { type?: unknown }).type;
  return typeof type === 'string' && type.startsWith(prismErrorsUrl) ? type.slice(prismErrorsUrl.length) : undefined;
}

/** The `validation` list of a Prism problem body. */
export function prismValidation(body: unknown): PrismViolation[] {
  const list = (body as { validation?: unknown } | null)?.validation;
  return Array.isArray(list) ? (list as PrismViolation[]) : [];
}

/** The `sl-violations` header Prism adds when it found something (may be truncated by Prism). */
export function violationsHeader(headers: Headers): PrismViolation[] {
  const value = headers.get('sl-violations');
  if (!value) return [];
  try {
    return JSON.parse(value) as PrismViolation[];
  } catch {
    return [{ location: [], severity: 'Error', message: value }];
  }
}

const identifier = /^[A-Za-z_$][\w$]*$/;

export function jsonPath(segments: readonly string[]): string {
  return segments.reduce((path, segment) => {
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    if (identifier.test(segment)) return `${path}.${segment}`;
    return `${path}[${JSON.stringify(segment)}]`;
  }, '$');
}

function valueAt(body: unknown, segments: readonly string[]): { found: boolean; value?: unknown } {
  let value = body;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null || !(segment in value)) return { found: false };
    value = (value as Record<string, unknown>)[segment];
  }
  return { found: true, value };
}

function describeValue(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const text = JSON.stringify(value) ?? String(value);
  return `${text.length > 120 ? `${text.slice(0, 117)}...` : text} (${type})`;
}

/** Prism writes "Response body property backup.size must be integer": keep what follows the subject. */
function expectation(message: string): string {
  const must = message.indexOf(' must ');
  return must >= 0 ? message.slice(must + 1) : message;
}

export function describeViolation(violation: PrismViolation, observed?: ObservedResponse): Violation {
  const [side, part, ...rest] = violation.location;
  const rule = String(violation.code ?? 'unknown');
  const base = { rule, severity: violation.severity, expected: expectation(violation.message) };
  const missingProperty = rule === 'required' ? /required property '([^']+)'/.exec(violation.message)?.[1] : undefined;

  if (side === 'response' && part === 'body') {
    const segments = missingProperty ? [...rest, missingProperty] : rest;
    if (missingProperty) return { ...base, where: jsonPath(segments), expected: 'a required property', got: 'missing' };
    const at = observed ? valueAt(observed.body, segments) : { found: false };
    return {
      ...base,
      where: jsonPath(segments),
      got: !observed ? 'not available' : at.found ? describeValue(at.value) : 'missing',
    };
  }
  if (side === 'response' && part === 'header') {
    const name = rest[0] ?? '';
    const value = observed?.headers.get(name);
    return { ...base, where: `header ${name}`, got: value === null || value === undefined ? 'missing' : JSON.stringify(value) };
  }
  return {
    ...base,
    where: violation.location.join(' ') || 'response',
    got: observed
      ? `status ${observed.status}, content-type ${observed.headers.get('content-type') ?? 'none'}`
      : 'not available',
  };
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation, index) =>
        `  ${index + 1}. ${violation.where}  [${violation.rule}]\n` +
        `     expected: ${violation.expected}\n` +
        `     got:      ${violation.got}`,
    )
    .join('\n');
}
