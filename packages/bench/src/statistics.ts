// Summaries of interleaved rounds: pooled latency percentiles, and throughput and its ratios taken
// round by round (so that drift of the machine during the run cancels out), reduced to their median.

/** What one contender did in one round. */
export interface RoundSample {
  /** Latency of every call, in milliseconds. */
  latenciesMs: number[];
  /** Time the calls took: the sum of latencies when they ran one after another, wall time when concurrent. */
  elapsedMs: number;
}

export interface Summary {
  calls: number;
  /** Median over rounds, so that a round disturbed by other work on the machine does not move it. */
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Throughput of each round, in round order, for round-by-round ratios. */
  opsPerSecondByRound: number[];
}

/** Linear interpolation between order statistics (as numpy's default and tinybench do). */
export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) throw new RangeError('percentile of no samples');
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const rank = (p / 100) * (sortedAscending.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sortedAscending[low]!;
  return lowValue + (sortedAscending[high]! - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export const opsPerSecond = (round: RoundSample): number => (round.latenciesMs.length * 1000) / round.elapsedMs;

export function summarize(rounds: readonly RoundSample[]): Summary {
  const latencies = rounds.flatMap((round) => round.latenciesMs).sort((a, b) => a - b);
  const opsPerSecondByRound = rounds.map(opsPerSecond);
  return {
    calls: latencies.length,
    opsPerSecond: median(opsPerSecondByRound),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    opsPerSecondByRound,
  };
}

/** Median over rounds of `subject / baseline` throughput: above 1 means the subject is faster. */
export function throughputRatio(subject: Summary, baseline: Summary): number {
  const { opsPerSecondByRound: a } = subject;
  const { opsPerSecondByRound: b } = baseline;
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`cannot pair ${a.length} rounds with ${b.length}`);
  }
  return median(a.map((ops, round) => ops / b[round]!));
}
