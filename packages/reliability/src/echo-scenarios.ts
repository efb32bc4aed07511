// Hostile answers that repeat the caller's token back (in a page, a fault message, a half body or a
// redirect target): the client must not carry it into its errors.
import type { IncomingMessage } from 'node:http';
import { defaultExample, faultNameOf } from '@vbs/spec';
import { exhaustingBudget, fixed, oneAttemptBudget, type Scenario } from './scenarios.ts';
import { gatewayHtml, redirect, sendEmpty, sendHtml, sendJson, sendTruncatedJson, successBody } from './responses.ts';

const tokenOf = (req: IncomingMessage): string => String(req.headers['x-auth-token']);

/** The spec's 401 example with the token quoted in its message, as a careless auth proxy might. */
function keystoneFaultQuoting(token: string): string {
  const body = structuredClone(defaultExample(401)) as { error: { message: string } };
  body.error.message = `${body.error.message} (token ${token})`;
  return JSON.stringify(body);
}

export const echoScenarios: Scenario[] = [
  {
    name: 'gateway page repeats the token',
    start: () =>
      fixed((req, res) => sendHtml(res, 502, gatewayHtml(502).replace('</body>', `<p>${tokenOf(req)}</p></body>`))),
    expected: () => ({ outcome: 'error', kind: 'http', status: 502 }),
    hits: ({ attempts }) => attempts,
    budgetMs: exhaustingBudget,
  },
  {
    name: '401 fault message quotes the token',
    start: () => fixed((req, res) => sendJson(res, 401, keystoneFaultQuoting(tokenOf(req)))),
    expected: () => ({ outcome: 'error', kind: 'http', status: 401, faultName: faultNameOf(defaultExample(401)) }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
  {
    name: 'truncated JSON carries the token',
    start: () =>
      fixed((req, res) => sendTruncatedJson(res, `{"token":${JSON.stringify(tokenOf(req))},${successBody.slice(1)}`)),
    expected: () => ({ outcome: 'error', kind: 'invalid_response', status: 200 }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
  {
    name: 'request id header repeats the token',
    start: () => fixed((req, res) => sendEmpty(res, 500, { 'x-openstack-request-id': `req-${tokenOf(req)}` })),
    expected: () => ({ outcome: 'error', kind: 'http', status: 500 }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
  {
    name: 'redirect to another origin with the token in its query',
    start: ({ otherOrigin }) =>
      fixed((req, res) => redirect(res, `${otherOrigin}${req.url}?token=${encodeURIComponent(tokenOf(req))}`)),
    expected: ({ otherOrigin }) => ({ outcome: 'error', kind: 'http', status: 302, mentions: otherOrigin }),
    hits: () => 1,
    budgetMs: oneAttemptBudget,
  },
];
