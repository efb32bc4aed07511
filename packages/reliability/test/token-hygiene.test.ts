// Token hygiene: in every fault scenario, and when a server repeats the token back, the token never
// shows up in what an error offers (message, stack, String, JSON, inspection, causes), in printed
// output, or in any request that reaches another origin.
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { echoScenarios } from '../src/echo-scenarios.ts';
import { runScenario } from '../src/run-scenario.ts';
import { scenarios } from '../src/scenarios.ts';

/** Every way an error is commonly turned into text, for it and each error in its cause chain. */
function errorViews(error: unknown): Record<string, string> {
  const views: Record<string, string> = { inspect: inspect(error, { showHidden: true, depth: null }) };
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
    const at = depth === 0 ? 'error' : `cause ${depth}`;
    const { message, stack, cause } = current as { message?: unknown; stack?: unknown; cause?: unknown };
    views[`${at} message`] = String(message);
    views[`${at} stack`] = String(stack);
    views[`${at} String()`] = String(current);
    views[`${at} JSON.stringify()`] = JSON.stringify(current) ?? '';
    current = cause;
  }
  return views;
}

const all = [...scenarios, ...echoScenarios];
let clean = 0;
let viewsChecked = 0;

afterAll(() => {
  console.log(
    `[reliability] token hygiene: ${clean}/${all.length} scenarios clean, ${viewsChecked} error views checked`,
  );
});

describe('token hygiene', () => {
  for (const scenario of all) {
    it(scenario.name, async () => {
      const token = `hygiene-${randomBytes(16).toString('hex')}`;
      const report = await runScenario(scenario, { token: async () => token });
      const { outcome, expected } = report;

      expect(outcome.settled).toBe(true);
      if (!outcome.settled) return;
      // The token was really in play: every request to the scenario's server carried it.
      expect(report.requests.length).toBeGreaterThan(0);
      expect(report.requests.every((request) => request.headers['x-auth-token'] === token)).toBe(true);
      if (expected.outcome === 'error') {
        expect(outcome.ok ? undefined : outcome.error).toMatchObject({
          kind: expected.kind,
          ...(expected.status === undefined ? {} : { status: expected.status }),
        });
        const views = errorViews(outcome.ok ? undefined : outcome.error);
        const leaking = Object.entries(views).filter(([, text]) => text.includes(token));
        expect(Object.fromEntries(leaking), 'views of the error that show the token').toEqual({});
        viewsChecked += Object.keys(views).length;
      }
      expect(report.output.includes(token), 'token in console output').toBe(false);
      for (const request of report.otherRequests) {
        expect(JSON.stringify(request).includes(token), 'token sent to another origin').toBe(false);
      }
      clean += 1;
    });
  }
});
