import { describe, expect, it } from 'vitest';
import { orderOfRound, runInterleaved, type Contender } from '../src/rounds.ts';

describe('orderOfRound', () => {
  it('flips the order every round', () => {
    expect(orderOfRound(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(orderOfRound(['a', 'b', 'c'], 1)).toEqual(['c', 'b', 'a']);
    expect(orderOfRound(['a', 'b', 'c'], 2)).toEqual(['a', 'b', 'c']);
  });
});

/** Contenders that log which of them is running, to read the schedule back. */
function recordingContenders(names: string[]) {
  const log: string[] = [];
  const contenders: Contender[] = names.map((name) => ({
    name,
    call: async () => {
      if (log.at(-1) !== name) log.push(name);
    },
  }));
  return { log, contenders };
}

describe('runInterleaved', () => {
  it('warms every contender up, then runs the measured rounds in alternating order', async () => {
    const { log, contenders } = recordingContenders(['a', 'b']);
    const results = await runInterleaved(contenders, { rounds: 3, pace: { kind: 'sequential', msPerRound: 2 } });
    // warm-up a b, rounds a b | b a | a b; a contender running twice in a row shows once in the log.
    expect(log).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    for (const name of ['a', 'b']) {
      const rounds = results.get(name)!;
      expect(rounds).toHaveLength(3);
      for (const round of rounds) {
        expect(round.latenciesMs.length).toBeGreaterThan(0);
        expect(round.elapsedMs).toBeGreaterThan(0);
      }
    }
  });

  it('makes exactly the planned calls per round, never more in flight than the concurrency', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    let calls = 0;
    const contender: Contender = {
      name: 'concurrent',
      call: async () => {
        calls += 1;
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
      },
    };
    const results = await runInterleaved([contender], {
      rounds: 2,
      pace: { kind: 'concurrent', callsPerRound: 20, concurrency: 4 },
    });
    expect(results.get('concurrent')!.map((round) => round.latenciesMs.length)).toEqual([20, 20]);
    expect(calls).toBe(48); // a warm-up round of 8 calls included
    expect(mostInFlight).toBe(4);
  });

  it('fails loudly when a contender throws', async () => {
    const failing: Contender = {
      name: 'failing',
      call: async () => {
        throw new Error('no answer');
      },
    };
    await expect(runInterleaved([failing], { rounds: 1, pace: { kind: 'sequential', msPerRound: 1 } })).rejects.toThrow(
      'no answer',
    );
  });
});
