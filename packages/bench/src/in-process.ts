// In-process suite: every contender's fetch is a function answering with the seed example, so the
// table shows what each library itself costs per call.
import { axiosWithFetchAdapter, bareOpenapiFetch, rawFetch, rawFetchWithRequest, type Transport } from './baselines.ts';
import { seedFetch } from './fixture.ts';
import { measure, type Measured } from './measure.ts';
import { vbsGetBackup } from './vbs-client.ts';

export async function measureInProcess(rounds: number, msPerRound: number): Promise<Measured> {
  const transport: Transport = { baseUrl: 'https://vbs.bench.invalid', fetch: seedFetch };
  const contenders = [
    rawFetch(transport),
    rawFetchWithRequest(transport),
    bareOpenapiFetch(transport),
    axiosWithFetchAdapter(transport),
    vbsGetBackup(transport, false),
    vbsGetBackup(transport, true),
  ];
  return measure(contenders, { rounds, pace: { kind: 'sequential', msPerRound } });
}
