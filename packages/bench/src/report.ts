// BENCHMARKS.md, written from one run's results. Nothing in it is typed by hand.
import type { Size } from './bundle.ts';
import { bundleLimitBytes, type TargetCheck } from './targets.ts';
import { bytes, count, duration, millis, ratio, seconds } from './format.ts';
import type { Measured } from './measure.ts';
import { contenderNames as names } from './names.ts';
import type { CommandTiming } from './pipeline.ts';
import type { BenchResults } from './results.ts';
import { throughputRatio, type Summary } from './statistics.ts';

const table = (header: string[], rows: string[][]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

const rowsOf = (measured: Measured): [string, Summary][] => [...measured.summaries];

function machineSection({ machine, loadAtEnd, durationMs, mode }: BenchResults): string {
  return [
    '## Machine',
    '',
    table(
      ['CPU', 'cores', 'memory', 'OS', 'Node', 'date (UTC)', 'load average (1 min) at start / end', 'run'],
      [
        [
          machine.cpuModel,
          String(machine.cores),
          `${machine.memoryGiB} GiB`,
          machine.os,
          machine.node,
          machine.date,
          `${machine.loadAtStart.toFixed(2)} / ${loadAtEnd.toFixed(2)}`,
          `${mode}, ${seconds(durationMs)}`,
        ],
      ],
    ),
    '',
    `A load average above the core count means other processes competed for the CPU during the run: absolute figures then drop, while the ratios, taken round by round, hold up better.`,
  ].join('\n');
}

function commandsSection(results: BenchResults): string {
  const pipeline = results.pipeline
    ? ['`pnpm build --force` (cold) and `pnpm build` (warm), alternating', ...(results.pipeline.test ? ['`pnpm test`, once'] : [])]
    : ['pipeline: not measured in `--quick` mode'];
  return [
    '## Commands',
    '',
    '- `pnpm bench` writes this file (full mode: every section, a few minutes).',
    '- `pnpm bench -- --quick` is the smoke run: fewer rounds, no pipeline section, prints the report instead of writing this file.',
    ...pipeline.map((line) => `- ${line}, timed by the bench from the repository root.`),
  ].join('\n');
}

function targetsSection(checks: TargetCheck[]): string {
  const verdict = (check: TargetCheck) =>
    check.met === undefined ? (check.unmeasured ?? 'not measured') : check.met ? 'met' : `**missed** (note ${missedNumber(check)})`;
  const missed = checks.filter((check) => check.met === false);
  const missedNumber = (check: TargetCheck) => missed.indexOf(check) + 1;
  return [
    '## Targets',
    '',
    table(
      ['measurement', 'target', 'measured', 'result'],
      checks.map((check) => [check.measurement, check.target, check.measured ?? '–', verdict(check)]),
    ),
    ...(missed.length > 0
      ? ['', '### Why a target was missed, and what would fix it', '', ...missed.map((check, index) => `${index + 1}. **${check.measurement}**: ${check.note}`)]
      : []),
  ].join('\n');
}

function inProcessSection({ inProcess }: BenchResults): string {
  const bare = inProcess.summaries.get(names.openapiFetch)!;
  const axios = inProcess.summaries.get(names.axios)!;
  const pace = inProcess.plan.pace;
  return [
    '## 1. In-process overhead',
    '',
    `Every contender fetches the same backup with the same token through the same injected \`fetch\`, which answers at once with the spec's default 200 example (the vendor page's), and returns the parsed backup. ${inProcess.plan.rounds} interleaved rounds${pace.kind === 'sequential' ? ` of ${pace.msPerRound} ms per contender` : ''}; ops/s is the median of the rounds' throughput, each ratio the median of the round-by-round throughput ratios (above 1: faster than the baseline); the latency percentiles pool all calls.`,
    '',
    table(
      ['contender', 'calls', 'ops/s', 'p50', 'p99', 'vs bare openapi-fetch', 'vs axios'],
      rowsOf(inProcess).map(([name, summary]) => [
        name,
        count(summary.calls),
        count(summary.opsPerSecond),
        duration(summary.p50Ms),
        duration(summary.p99Ms),
        ratio(throughputRatio(summary, bare)),
        ratio(throughputRatio(summary, axios)),
      ]),
    ),
  ].join('\n');
}

function loopbackSection({ loopback }: BenchResults): string {
  return [
    '## 2. Loopback',
    '',
    'A `node:http` server in a child process on 127.0.0.1 serves the seed example; the clients use Node\'s own `fetch` with keep-alive. Each round makes a fixed number of calls per contender, the given number in flight at a time; throughput is calls over wall time, the median over rounds. Latency ratios compare percentiles pooled over all calls; throughput ratios are the median of the round-by-round ratios.',
    ...loopback.flatMap((measured) => {
      const raw = measured.summaries.get(names.rawFetch)!;
      const pace = measured.plan.pace;
      return [
        '',
        `### Concurrency ${measured.concurrency}`,
        '',
        `${measured.plan.rounds} interleaved rounds${pace.kind === 'concurrent' ? ` of ${count(pace.callsPerRound)} calls${pace.maxMsPerRound ? ` (or fewer, when ${pace.maxMsPerRound} ms ran out first)` : ''}` : ''} per contender.`,
        '',
        table(
          ['contender', 'calls', 'calls/s', 'p50', 'p99', 'throughput vs raw fetch', 'p50 vs raw fetch', 'p99 vs raw fetch'],
          rowsOf(measured).map(([name, summary]) => [
            name,
            count(summary.calls),
            count(summary.opsPerSecond),
            millis(summary.p50Ms),
            millis(summary.p99Ms),
            ratio(throughputRatio(summary, raw)),
            ratio(summary.p50Ms / raw.p50Ms),
            ratio(summary.p99Ms / raw.p99Ms),
          ]),
        ),
      ];
    }),
  ].join('\n');
}

function validationSection({ inProcess, loopback }: BenchResults): string {
  const pair = (measured: Measured) => ({
    off: measured.summaries.get(names.getBackup)!,
    on: measured.summaries.get(names.getBackupValidated)!,
  });
  const local = pair(inProcess);
  return [
    '## 3. Validation cost',
    '',
    '`getBackup` with `validateResponses: true` against the same client without it, from the rows above.',
    '',
    table(
      ['where', 'off', 'on', 'on / off'],
      [
        [
          'in-process, time per call (median round)',
          duration(1000 / local.off.opsPerSecond),
          duration(1000 / local.on.opsPerSecond),
          ratio(1 / throughputRatio(local.on, local.off)),
        ],
        ...loopback.map((measured) => {
          const { off, on } = pair(measured);
          return [`loopback, concurrency ${measured.concurrency}, p50`, millis(off.p50Ms), millis(on.p50Ms), ratio(on.p50Ms / off.p50Ms)];
        }),
      ],
    ),
  ].join('\n');
}

function bundleSection({ bundles }: BenchResults): string {
  const size = ({ minifiedBytes, gzipBytes }: Size) => `${bytes(minifiedBytes)} / ${bytes(gzipBytes)}`;
  return [
    '## 4. Bundle',
    '',
    `esbuild (bundle, minify, ESM, browser platform) of a one-line consumer; each output file gzipped (level 9) on its own; sizes are minified / gzip. "On import" is the entry chunk and its static imports when code is split, as app bundlers split a dynamic \`import()\`: what loading the app costs. "All chunks" adds the lazily loaded ones, which a client with \`validateResponses: true\` fetches on its first call. Target: at most ${bytes(bundleLimitBytes)} gzip on import without validation.`,
    '',
    table(
      ['consumer', 'one file', 'code-split: on import', 'code-split: all chunks', 'response validator', 'largest inputs loaded on import (minified bytes)'],
      bundles.map((bundle) => [
        bundle.name,
        size(bundle.singleFile),
        size(bundle.onImport),
        size(bundle.allChunks),
        bundle.validator,
        bundle.largestInputs.map(({ path, bytes: inputBytes }) => `\`${path}\` ${count(inputBytes)}`).join(', '),
      ]),
    ),
    '',
    'The consumers:',
    '',
    ...bundles.map((bundle) => ['```js', bundle.source, '```'].join('\n')),
  ].join('\n');
}

const timingRow = (label: string, timing: CommandTiming): string[] => [
  label,
  `\`${timing.command}\``,
  seconds(timing.ms),
  timing.exitCode === 0 ? 'ok' : `exit ${timing.exitCode}`,
  timing.turboSummary || '–',
];

function pipelineSection({ pipeline }: BenchResults): string {
  if (!pipeline) return ['## 5. Pipeline', '', 'Not measured in `--quick` mode.'].join('\n');
  const failures = [...pipeline.cold, ...pipeline.warm, ...(pipeline.test ? [pipeline.test] : [])].filter(
    (timing) => timing.failureTail,
  );
  return [
    '## 5. Pipeline',
    '',
    `Wall time from the repository root, cold and warm builds alternating. Warm / cold (median over rounds): **${ratio(pipeline.warmToCold)}**.`,
    '',
    table(
      ['run', 'command', 'wall time', 'result', 'turbo'],
      [
        ...pipeline.cold.flatMap((cold, round) => [
          timingRow(`cold, round ${round + 1}`, cold),
          timingRow(`warm, round ${round + 1}`, pipeline.warm[round]!),
        ]),
        ...(pipeline.test ? [timingRow('test suites', pipeline.test)] : []),
      ],
    ),
    ...failures.map((timing) => ['', `\`${timing.command}\` failed; the end of its output:`, '', '```', timing.failureTail, '```'].join('\n')),
  ].join('\n');
}

export function renderReport(results: BenchResults, checks: TargetCheck[]): string {
  return [
    '# Benchmarks',
    '<!-- generated by `pnpm bench` (packages/bench) — do not edit by hand -->',
    'Speed and size of `@vbs/client` as ratios against baselines measured in the same process, plus the speed of the build pipeline.',
    machineSection(results),
    commandsSection(results),
    targetsSection(checks),
    inProcessSection(results),
    loopbackSection(results),
    validationSection(results),
    bundleSection(results),
    pipelineSection(results),
  ].join('\n\n') + '\n';
}
