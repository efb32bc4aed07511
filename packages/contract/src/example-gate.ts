// The example gate: asks a Prism mock running with `--errors` for every named JSON example of every
// declared status. Prism validates each example against its response schema before answering and
// answers 500 instead when it does not fit; this module says which example that was and why.
// node:http rather than fetch: Node's fetch turns a 407 answer into a network error.
import { request } from 'node:http';
import { declaredStatuses, responseExamples, showBackupOperation, type OpenApiDocument } from '@vbs/spec';
import { backupUrl } from './backup-url.ts';
import { exampleIds } from './example-ids.ts';
import { describeViolation, prismProblemType, prismValidation, type Violation } from './violations.ts';

export interface ExampleFinding {
  status: number;
  example: string;
  /** What Prism answered instead of the example. */
  answeredStatus: number;
  violations: Violation[];
}

interface Answer {
  status: number;
  body: unknown;
}

function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, timeout: 10_000 }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: incoming.statusCode ?? 0, body });
      });
      incoming.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`No answer from ${url} within 10 s`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Every (status, example name) pair with a JSON example, in document order. */
export function namedJsonExamples(spec: OpenApiDocument): { status: number; example: string }[] {
  return declaredStatuses(spec)
    .filter((status) => showBackupOperation(spec).responses[String(status)]?.content?.['application/json'])
    .flatMap((status) => Object.keys(responseExamples(status, spec)).map((example) => ({ status, example })));
}

/** The examples Prism refused to serve, with the violations it found. Empty when all fit. */
export async function findBrokenExamples(prismUrl: string, spec: OpenApiDocument): Promise<ExampleFinding[]> {
  const { projectId, backupId } = exampleIds(spec);
  const url = backupUrl(prismUrl, projectId, backupId);
  const findings: ExampleFinding[] = [];
  for (const { status, example } of namedJsonExamples(spec)) {
    const answer = await get(url, {
      'X-Auth-Token': 'example-gate',
      Accept: 'application/json',
      Prefer: `code=${status}, example=${example}`,
    });
    if (answer.status === status && !prismProblemType(answer.body)) continue;
    findings.push({
      status,
      example,
      answeredStatus: answer.status,
      violations: prismValidation(answer.body).map((violation) =>
        describeViolation(violation, { status, headers: new Headers(), body: responseExamples(status, spec)[example] }),
      ),
    });
  }
  return findings;
}

export function formatFindings(findings: readonly ExampleFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.status} example "${finding.example}" (Prism answered ${finding.answeredStatus}):\n` +
        finding.violations.map((v) => `  ${v.where}: expected ${v.expected}, got ${v.got}`).join('\n'),
    )
    .join('\n');
}
