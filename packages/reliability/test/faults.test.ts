// Fault injection: every scenario ends in its documented outcome, within its budget, after exactly
// the requests the retry policy allows, leaving no rejection, socket or timer behind.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { VbsError } from '@vbs/client';
import { defaultExample } from '@vbs/spec';
import { runScenario, slackMs, type ScenarioReport } from '../src/run-scenario.ts';
import { scenarios } from '../src/scenarios.ts';

/** `Date.now()` and timers round differently by up to a millisecond or so. */
const clockToleranceMs = 5;

const passed: ScenarioReport[] = [];

afterAll(() => {
  for (const report of passed) {
    const { outcome } = report;
    const result = !outcome.settled ? 'hung' : outcome.ok ? 'success' : `${(outcome.error as VbsError).kind}`;
    console.log(
      `[reliability] fault "${report.name}": ${result}, ${report.hits} hit(s), ` +
        `${Math.round(report.elapsedMs)} ms (budget ${report.budgetMs} + ${slackMs} ms slack)`,
    );
  }
  console.log(`[reliability] fault scenarios passed: ${passed.length}/${scenarios.length}`);
});

describe('fault injection', () => {
  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const token = `fault-${randomBytes(16).toString('hex')}`;
      const report = await runScenario(scenario, { token });
      const { outcome, expected } = report;

      expect(outcome.settled, `settled within ${report.budgetMs} + ${slackMs} ms`).toBe(true);
      if (!outcome.settled) return;
      if (expected.outcome === 'success') {
        expect(outcome.ok ? outcome.value : outcome.error).toEqual((defaultExample(200) as { backup: unknown }).backup);
      } else {
        expect(outcome.ok).toBe(false);
        const error = outcome.ok ? undefined : outcome.error;
        expect(error).toBeInstanceOf(VbsError);
        expect(error).toMatchObject({
          kind: expected.kind,
          attempts: report.expectedHits,
          ...(expected.status === undefined ? {} : { status: expected.status }),
          ...(expected.faultName === undefined ? {} : { faultName: expected.faultName }),
          ...(expected.rawBody === undefined ? {} : { rawBody: expected.rawBody }),
        });
        if (expected.mentions !== undefined) expect((error as VbsError).message).toContain(expected.mentions);
      }

      expect(report.hits).toBe(report.expectedHits);
      expect(report.requests.every((request) => request.headers['x-auth-token'] === token)).toBe(true);
      if (report.retryNotBefore !== undefined) {
        expect(report.requests[1]?.at).toBeGreaterThanOrEqual(report.retryNotBefore - clockToleranceMs);
      }
      // Redirects to another origin are not followed at all.
      expect(report.otherRequests).toEqual([]);
      expect(report.unhandledRejections).toEqual([]);
      expect(report.socketsLeft, 'server sockets still open after the call').toBe(0);
      expect(report.timersLeft, 'timers left running after the call').toBeLessThanOrEqual(0);
      passed.push(report);
    });
  }
});
