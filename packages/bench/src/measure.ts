// One benchmark table: check that every contender really gets the backup, then run interleaved rounds.
import { deepStrictEqual } from 'node:assert/strict';
import { seedBackup } from './fixture.ts';
import { runInterleaved, type Contender, type RoundsPlan } from './rounds.ts';
import { summarize, type Summary } from './statistics.ts';

export interface Measured {
  plan: RoundsPlan;
  /** By contender name, in the contenders' order. */
  summaries: Map<string, Summary>;
}

const expectedBackup = (seedBackup as { backup: unknown }).backup;

export async function measure(contenders: readonly Contender[], plan: RoundsPlan): Promise<Measured> {
  for (const contender of contenders) {
    deepStrictEqual(await contender.call(), expectedBackup, `${contender.name} did not return the seed backup`);
  }
  const rounds = await runInterleaved(contenders, plan);
  return {
    plan,
    summaries: new Map(contenders.map(({ name }) => [name, summarize(rounds.get(name)!)])),
  };
}
