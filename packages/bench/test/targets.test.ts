import { describe, expect, it } from 'vitest';
import { contenderNames as names } from '../src/names.ts';
import { checkTargets } from '../src/targets.ts';
import { resultsMeetingEveryTarget, summary } from './synthetic-results.ts';

describe('checkTargets', () => {
  it('meets every target with results inside every limit, and writes no note', () => {
    const checks = checkTargets(resultsMeetingEveryTarget());
    expect(checks).toHaveLength(10);
    for (const check of checks) {
      expect(check.met, check.measurement).toBe(true);
      expect(check.note).toBeUndefined();
    }
  });

  it('reports an in-process miss with the measured figures and a fix', () => {
    const results = resultsMeetingEveryTarget();
    results.inProcess.summaries.set(names.getBackup, summary(50_000));
    const check = checkTargets(results).find((row) => row.measurement.startsWith('In-process: getBackup throughput / bare'))!;
    expect(check).toMatchObject({ met: false, measured: '0.50×', target: '≥ 0.90×' });
    expect(check.note).toContain('getBackup takes 20.0 µs per call');
    expect(check.note).toContain('bare openapi-fetch GET 10.0 µs');
    expect(check.note).toContain('Fix:');
  });

  it('blames the Request object when raw fetch with a Request already misses the loopback target', () => {
    const results = resultsMeetingEveryTarget();
    const loopback = results.loopback[0]!.summaries;
    loopback.set(names.rawFetchRequest, summary(4000, 0.25));
    loopback.set(names.getBackup, summary(3900, 0.255));
    const check = checkTargets(results).find((row) => row.measurement === 'Loopback, concurrency 1: getBackup p50 latency / raw fetch')!;
    expect(check.met).toBe(false);
    expect(check.note).toContain('Raw fetch with a `Request` object is at 1.25×');
    expect(check.note).toContain('instead of a `Request`');
    expect(check.note).not.toContain('profile the in-process suite');
  });

  it('blames getBackup itself when raw fetch with a Request stays within the target', () => {
    const results = resultsMeetingEveryTarget();
    results.loopback[1]!.summaries.set(names.getBackup, summary(3000, 0.3));
    const check = checkTargets(results).find((row) => row.measurement === 'Loopback, concurrency 64: getBackup throughput / raw fetch')!;
    expect(check).toMatchObject({ met: false, measured: '0.60×' });
    expect(check.note).toContain('profile the in-process suite');
    expect(check.note).not.toContain('instead of a `Request`');
  });

  it('points at the validator when it is loaded although validation is off', () => {
    const results = resultsMeetingEveryTarget();
    const client = results.bundles[0]!;
    results.bundles[0] = { ...client, onImport: { minifiedBytes: 40_000, gzipBytes: 12_000 }, validator: 'loaded on import' };
    const check = checkTargets(results).find((row) => row.measurement.startsWith('Bundle:'))!;
    expect(check).toMatchObject({ met: false, measured: '12,000 B' });
    expect(check.note).toContain('dynamic `import()`');
  });

  it('says a warm build that was not a full cache hit is why the pipeline target was missed', () => {
    const results = resultsMeetingEveryTarget();
    results.pipeline = {
      ...results.pipeline!,
      warm: [{ ...results.pipeline!.warm[0]!, ms: 20_000, turboSummary: 'Tasks: 5 successful, 5 total; Cached: 3 cached, 5 total' }],
      warmToCold: 0.5,
    };
    const check = checkTargets(results).find((row) => row.measurement.startsWith('Pipeline:'))!;
    expect(check.met).toBe(false);
    expect(check.note).toContain('Cached: 3 cached, 5 total');
  });

  it('leaves the pipeline unjudged when it was not measured (quick mode)', () => {
    const { pipeline: _skipped, ...quick } = resultsMeetingEveryTarget();
    const check = checkTargets({ ...quick, mode: 'quick' }).find((row) => row.measurement.startsWith('Pipeline:'))!;
    expect(check.met).toBeUndefined();
    expect(check.measured).toBeUndefined();
    expect(check.unmeasured).toBe('not measured in --quick mode');
  });

  it('does not judge the pipeline from a build that failed', () => {
    const results = resultsMeetingEveryTarget();
    results.pipeline!.cold[0] = { ...results.pipeline!.cold[0]!, exitCode: 1, failureTail: 'error TS2322' };
    const check = checkTargets(results).find((row) => row.measurement.startsWith('Pipeline:'))!;
    expect(check.met).toBeUndefined();
    expect(check.unmeasured).toBe('not measured: a build failed (see section 5)');
  });
});
