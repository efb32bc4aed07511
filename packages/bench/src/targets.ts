// The issue's targets, checked against one run. A missed target carries a note, written from the
// measurements, that says why it was missed and what would fix it.
import { bundleNames, type BundleMeasured } from './bundle.ts';
import { bytes, count, duration, ratio, seconds } from './format.ts';
import type { Measured } from './measure.ts';
import type { PipelineMeasured } from './pipeline.ts';
import { contenderNames as names } from './names.ts';
import type { BenchResults } from './results.ts';
import { throughputRatio, type Summary } from './statistics.ts';

export interface TargetCheck {
  measurement: string;
  target: string;
  /** Absent when this run did not measure it, for the reason in `unmeasured`. */
  measured?: string;
  unmeasured?: string;
  met?: boolean;
  /** Why the target was missed and what would fix it; only for a miss. */
  note?: string;
}

interface Target {
  measurement: string;
  limit: number;
  direction: 'at least' | 'at most';
  show: (value: number) => string;
  value: (results: BenchResults) => number | undefined;
  /** Why `value` gave nothing. */
  whyUnmeasured?: (results: BenchResults) => string;
  whyMissed: (results: BenchResults, value: number) => string;
}

export const bundleLimitBytes = 5000;

function summaryOf(measured: Measured, name: string): Summary {
  const summary = measured.summaries.get(name);
  if (!summary) throw new Error(`no measurement named "${name}"`);
  return summary;
}

/** Time per call of a sequential (in-process) row, from its median round's throughput. */
const meanMs = (summary: Summary): number => 1000 / summary.opsPerSecond;

function loopbackAt(results: BenchResults, concurrency: number): Measured {
  const measured = results.loopback.find((row) => row.concurrency === concurrency);
  if (!measured) throw new Error(`no loopback measurement at concurrency ${concurrency}`);
  return measured;
}

function clientBundle(results: BenchResults): BundleMeasured {
  const bundle = results.bundles.find((row) => row.name === bundleNames.client);
  if (!bundle) throw new Error(`no bundle named "${bundleNames.client}"`);
  return bundle;
}

const inProcess = (results: BenchResults, name: string): Summary => summaryOf(results.inProcess, name);

/** The in-process cost per call of getBackup and the baselines: what the overhead notes refer back to. */
function perCallCosts(results: BenchResults): string {
  const cost = (name: string) => duration(meanMs(inProcess(results, name)));
  return `in-process, getBackup takes ${cost(names.getBackup)} per call, raw fetch with a Request ${cost(names.rawFetchRequest)}, raw fetch ${cost(names.rawFetch)} and a bare openapi-fetch GET ${cost(names.openapiFetch)}`;
}

const profileFix =
  'profile the in-process suite (`node --cpu-prof --import tsx src/main.ts --quick` in packages/bench) and take work off the success path of getBackup, i.e. objects made per call or attempt (URL, Headers, AbortController and timer, Request, promise wrappers) that a successful call does not need';

const validationFix =
  'profile the compiled validator (ajv standalone code with ajv-formats) on the seed body; candidates are the string-format checks (date-time, uuid), which could be limited to the fields the client parses, and the per-call `await` of the lazily imported module, which could be resolved once';

function loopbackTargets(concurrency: number): Target[] {
  const rows = (results: BenchResults) => {
    const measured = loopbackAt(results, concurrency);
    return {
      ours: summaryOf(measured, names.getBackup),
      raw: summaryOf(measured, names.rawFetch),
      rawRequest: summaryOf(measured, names.rawFetchRequest),
      bare: summaryOf(measured, names.openapiFetch),
    };
  };
  type Rows = ReturnType<typeof rows>;
  /** Splits the gap into what handing fetch a Request costs and what getBackup adds on top. */
  const diagnosis = (results: BenchResults, metric: (subject: Summary, baseline: Summary) => number, within: (value: number) => boolean, { ours, raw, rawRequest, bare }: Rows) => {
    const requestRatio = metric(rawRequest, raw);
    const beyondRequest = metric(ours, rawRequest);
    const fixes = [
      ...(within(requestRatio) ? [] : ['hand fetch a URL and an init object instead of a `Request` (method, headers, signal and `redirect: \'manual\'` all fit in the init)']),
      ...(within(beyondRequest) ? [] : [profileFix]),
    ];
    return `Raw fetch with a \`Request\` object is at ${ratio(requestRatio)} of raw fetch with a URL, the bare openapi-fetch GET at ${ratio(metric(bare, raw))}, and getBackup at ${ratio(beyondRequest)} of raw fetch with a Request; ${perCallCosts(results)}. Fix: ${fixes.length > 0 ? fixes.join('; and ') : `neither part misses on its own, so both add up: ${profileFix}`}.`;
  };
  const p50Ratio = (subject: Summary, baseline: Summary) => subject.p50Ms / baseline.p50Ms;
  return [
    {
      measurement: `Loopback, concurrency ${concurrency}: getBackup p50 latency / raw fetch`,
      limit: 1.05,
      direction: 'at most',
      show: ratio,
      value: (results) => {
        const { ours, raw } = rows(results);
        return p50Ratio(ours, raw);
      },
      whyMissed: (results) => {
        const measured = rows(results);
        const { ours, raw } = measured;
        return `The median call takes ${duration(ours.p50Ms)} against ${duration(raw.p50Ms)} with raw fetch (+${duration(ours.p50Ms - raw.p50Ms)}). ${diagnosis(results, p50Ratio, (value) => value <= 1.05, measured)}`;
      },
    },
    {
      measurement: `Loopback, concurrency ${concurrency}: getBackup throughput / raw fetch`,
      limit: 0.95,
      direction: 'at least',
      show: ratio,
      value: (results) => {
        const { ours, raw } = rows(results);
        return throughputRatio(ours, raw);
      },
      whyMissed: (results) => {
        const measured = rows(results);
        const { ours, raw } = measured;
        return `getBackup completes ${count(ours.opsPerSecond)} calls/s against ${count(raw.opsPerSecond)} with raw fetch; client and server share ${results.machine.cores} cores, so every microsecond of client CPU per call shows in throughput. ${diagnosis(results, throughputRatio, (value) => value >= 0.95, measured)}`;
      },
    },
  ];
}

const buildsSucceeded = ({ cold, warm }: PipelineMeasured): boolean =>
  [...cold, ...warm].every((timing) => timing.exitCode === 0);

const targets: Target[] = [
  {
    measurement: 'In-process: getBackup throughput / bare openapi-fetch GET',
    limit: 0.9,
    direction: 'at least',
    show: ratio,
    value: (results) => throughputRatio(inProcess(results, names.getBackup), inProcess(results, names.openapiFetch)),
    whyMissed: (results) =>
      `Without a network, what getBackup does besides the request (id checks, token lookup, a timeout per attempt, redirect handling, error mapping) is visible in full: ${perCallCosts(results)}. Over a real connection it shrinks to the loopback rows. Fix: ${profileFix}.`,
  },
  {
    measurement: 'In-process: getBackup throughput / axios',
    limit: 1.3,
    direction: 'at least',
    show: ratio,
    value: (results) => throughputRatio(inProcess(results, names.getBackup), inProcess(results, names.axios)),
    whyMissed: (results) => {
      const bareVsAxios = throughputRatio(inProcess(results, names.openapiFetch), inProcess(results, names.axios));
      const axiosMs = meanMs(inProcess(results, names.axios));
      return bareVsAxios < 1.3
        ? `axios takes ${duration(axiosMs)} per call, and even the bare openapi-fetch GET is only ${ratio(bareVsAxios)} faster with both going through the same injected fetch: the lead openapi-fetch's published benchmark reports does not show on this machine and Node version, so getBackup has to beat axios on its own; ${perCallCosts(results)}. Fix: ${profileFix}.`
        : `The bare openapi-fetch GET is ${ratio(bareVsAxios)} faster than axios (${duration(axiosMs)} per call), but getBackup spends the lead: ${perCallCosts(results)}. Fix: ${profileFix}.`;
    },
  },
  ...loopbackTargets(1),
  ...loopbackTargets(64),
  {
    measurement: 'Validation, in-process: time per call with validateResponses on / off',
    limit: 1.15,
    direction: 'at most',
    show: ratio,
    value: (results) =>
      1 / throughputRatio(inProcess(results, names.getBackupValidated), inProcess(results, names.getBackup)),
    whyMissed: (results) => {
      const on = meanMs(inProcess(results, names.getBackupValidated));
      const off = meanMs(inProcess(results, names.getBackup));
      const loopback = loopbackAt(results, 1);
      const overNetwork =
        summaryOf(loopback, names.getBackupValidated).p50Ms / summaryOf(loopback, names.getBackup).p50Ms;
      return `Validating costs ${duration(on - off)} per call (${duration(on)} on, ${duration(off)} off), which weighs only next to an in-memory call that does nothing else: over loopback HTTP the same check is ${ratio(overNetwork)} of the p50. Fix: ${validationFix}.`;
    },
  },
  {
    measurement: 'Validation, loopback concurrency 1: p50 latency with validateResponses on / off',
    limit: 1.15,
    direction: 'at most',
    show: ratio,
    value: (results) => {
      const loopback = loopbackAt(results, 1);
      return summaryOf(loopback, names.getBackupValidated).p50Ms / summaryOf(loopback, names.getBackup).p50Ms;
    },
    whyMissed: (results) => {
      const on = meanMs(inProcess(results, names.getBackupValidated));
      const off = meanMs(inProcess(results, names.getBackup));
      return `Validation adds ${duration(on - off)} per call in-process (${duration(on)} on, ${duration(off)} off), which shows even next to a loopback round trip. Fix: ${validationFix}.`;
    },
  },
  {
    measurement: 'Bundle: esbuild-minified + gzip size of what a consumer of createVbsClient loads on import (no validation)',
    limit: bundleLimitBytes,
    direction: 'at most',
    show: bytes,
    value: (results) => clientBundle(results).onImport.gzipBytes,
    whyMissed: (results) => {
      const bundle = clientBundle(results);
      const largest = bundle.largestInputs.map(({ path, bytes: size }) => `${path} (${bytes(size)} minified)`).join(', ');
      return bundle.validator === 'loaded on import'
        ? `The response validator is loaded on import although this consumer never turns validation on; largest inputs: ${largest}. Fix: load the validator only when \`validateResponses\` is true (a dynamic \`import()\`), or ship it as a separate entry point.`
        : `The validator is ${bundle.validator === 'lazy chunk' ? 'already in a lazy chunk' : 'not in the bundle'}; what is loaded on import is the client itself and what it pulls in. Largest inputs: ${largest}. Fix: shrink or defer the largest of these (for instance create the \`raw\` openapi-fetch client only on first access, so that openapi-fetch moves to a lazy chunk).`;
    },
  },
  {
    measurement: 'Pipeline: warm (cache hit) / cold (`--force`) `pnpm build` wall time',
    limit: 0.1,
    direction: 'at most',
    show: ratio,
    value: (results) => (results.pipeline && buildsSucceeded(results.pipeline) ? results.pipeline.warmToCold : undefined),
    whyUnmeasured: (results) =>
      results.pipeline ? 'not measured: a build failed (see section 5)' : 'not measured in --quick mode',
    whyMissed: (results) => {
      const { cold, warm } = results.pipeline!;
      const misses = warm.filter((timing) => !/Cached: (\d+) cached, \1 total/.test(timing.turboSummary));
      return misses.length > 0
        ? `Not every warm build was a full cache hit (${misses.map((timing) => timing.turboSummary).join(' | ')}): files changed between the cold and the warm build (other work on the checkout) or a task's inputs/outputs are not declared. Fix: run the bench on a quiet checkout; otherwise find the missing task with \`turbo run build --dry=json\`.`
        : `Every warm build was a full cache hit, yet it took ${seconds(warm[0]!.ms)} against ${seconds(cold[0]!.ms)} cold: the fixed start-up of pnpm and turbo (and restoring cached outputs) dominates a pipeline this short. Fix: the ratio improves as the cold build grows; for a faster warm path, call turbo directly instead of through pnpm.`;
    },
  },
];

export function checkTargets(results: BenchResults): TargetCheck[] {
  return targets.map((target) => {
    const shownTarget = `${target.direction === 'at least' ? '≥' : '≤'} ${target.show(target.limit)}`;
    const value = target.value(results);
    if (value === undefined) {
      const unmeasured = target.whyUnmeasured?.(results) ?? 'not measured';
      return { measurement: target.measurement, target: shownTarget, unmeasured };
    }
    const met = target.direction === 'at least' ? value >= target.limit : value <= target.limit;
    return {
      measurement: target.measurement,
      target: shownTarget,
      measured: target.show(value),
      met,
      ...(met ? {} : { note: target.whyMissed(results, value) }),
    };
  });
}
