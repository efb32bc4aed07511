import { describe, expect, it } from 'vitest';
import { median, percentile, summarize, throughputRatio, type RoundSample } from '../src/statistics.ts';

describe('percentile', () => {
  it('interpolates linearly between order statistics', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(percentile(sorted, 0)).toBe(10);
    expect(percentile(sorted, 50)).toBe(30);
    expect(percentile(sorted, 100)).toBe(50);
    expect(percentile(sorted, 90)).toBeCloseTo(46);
    expect(percentile([1, 2], 50)).toBe(1.5);
  });

  it('refuses an empty sample and a percentile outside 0..100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('takes the median of unsorted values without reordering them', () => {
    const values = [5, 1, 4, 2];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 4, 2]);
  });
});

describe('summarize', () => {
  const rounds: RoundSample[] = [
    { latenciesMs: [1, 3], elapsedMs: 4 },
    { latenciesMs: [2, 2, 2, 2], elapsedMs: 2 },
  ];

  it('pools the latencies of all rounds and takes the median round throughput (calls over elapsed time)', () => {
    const summary = summarize(rounds);
    expect(summary.calls).toBe(6);
    expect(summary.opsPerSecond).toBe(1250);
    expect(summary.p50Ms).toBe(2);
    expect(summary.p99Ms).toBeCloseTo(2.95);
    expect(summary.opsPerSecondByRound).toEqual([500, 2000]);
  });
});

describe('throughputRatio', () => {
  const withRounds = (opsPerSecondByRound: number[]) => ({ ...summarize([{ latenciesMs: [1], elapsedMs: 1 }]), opsPerSecondByRound });

  it('is the median of the round-by-round ratios, so one disturbed round does not move it', () => {
    const subject = withRounds([900, 450, 1800]);
    const baseline = withRounds([1000, 500, 1000]);
    expect(throughputRatio(subject, baseline)).toBeCloseTo(0.9);
  });

  it('cancels drift that slows both contenders alike', () => {
    const subject = withRounds([800, 400, 200]);
    const baseline = withRounds([1000, 500, 250]);
    expect(throughputRatio(subject, baseline)).toBeCloseTo(0.8);
  });

  it('refuses rounds that cannot be paired', () => {
    expect(() => throughputRatio(withRounds([1, 2]), withRounds([1]))).toThrow(RangeError);
  });
});
