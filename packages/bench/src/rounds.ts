// Interleaved rounds: every contender runs once per round, the order flipping each round
// (A B C, C B A, A B C ...), so that a machine getting slower or faster during the run touches every
// contender alike. tinybench times each call; a first, shorter round warms every contender up and is
// discarded.
import { Bench } from 'tinybench';
import type { RoundSample } from './statistics.ts';

export interface Contender {
  name: string;
  call: () => Promise<unknown>;
}

export type Pace =
  /** Calls one after another for a time budget; throughput from the summed call latencies. */
  | { kind: 'sequential'; msPerRound: number }
  /**
   * A fixed number of calls, `concurrency` in flight at a time, or fewer if `maxMsPerRound` runs out first
   * (keeps a smoke run short on a busy machine); throughput from wall time.
   */
  | { kind: 'concurrent'; callsPerRound: number; concurrency: number; maxMsPerRound?: number };

export interface RoundsPlan {
  rounds: number;
  pace: Pace;
}

export function orderOfRound<T>(items: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...items] : [...items].reverse();
}

function benchFor(pace: Pace): Bench {
  const common = { warmup: false, retainSamples: true, throws: true } as const;
  return pace.kind === 'sequential'
    ? new Bench({ ...common, time: pace.msPerRound, iterations: 1 })
    : new Bench({
        ...common,
        concurrency: 'task',
        threshold: pace.concurrency,
        iterations: pace.callsPerRound,
        time: pace.maxMsPerRound ?? 0,
      });
}

async function runRound(contender: Contender, pace: Pace): Promise<RoundSample> {
  const bench = benchFor(pace);
  let startedAt = 0;
  let endedAt = 0;
  bench.add(contender.name, contender.call, {
    async: true,
    beforeAll: () => {
      startedAt = performance.now();
    },
    afterAll: () => {
      endedAt = performance.now();
    },
  });
  await bench.run();
  const result = bench.getTask(contender.name)?.result;
  if (result?.state !== 'completed') {
    throw new Error(`${contender.name}: the round ended as ${result?.state ?? 'missing'}`);
  }
  return {
    latenciesMs: [...(result.latency.samples ?? [])],
    elapsedMs: pace.kind === 'sequential' ? result.totalTime : endedAt - startedAt,
  };
}

/** The discarded first round: JIT and connections warm up; a quarter of a concurrent round suffices. */
function warmUpPace(pace: Pace): Pace {
  if (pace.kind === 'sequential') return pace;
  const callsPerRound = Math.max(Math.ceil(pace.callsPerRound / 4), Math.min(pace.callsPerRound, 2 * pace.concurrency));
  return { ...pace, callsPerRound };
}

/** The measured rounds of every contender, by name, in round order. */
export async function runInterleaved(
  contenders: readonly Contender[],
  plan: RoundsPlan,
): Promise<Map<string, RoundSample[]>> {
  for (const contender of contenders) await runRound(contender, warmUpPace(plan.pace));
  const results = new Map<string, RoundSample[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const contender of orderOfRound(contenders, round)) {
      results.get(contender.name)!.push(await runRound(contender, plan.pace));
    }
  }
  return results;
}
