// One Prism per mode for the whole run: the static mock (answers with the spec's examples) and the
// dynamic mock (bodies generated from the schemas, reproducible through a fixed seed). Both run with
// `--errors`, so Prism itself refuses to hand out anything that breaks the spec.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { specRootFile } from '@vbs/spec';
import { startPrism, type PrismProcess } from '../../src/prism.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    prismMockUrl: string;
    prismDynamicUrl: string;
    dynamicSeed: string;
  }
}

export const dynamicSeed = 'vbs-contract';

export default async function setup(project: TestProject) {
  const started = await Promise.allSettled([
    startPrism({ command: 'mock', document: specRootFile }),
    startPrism({ command: 'mock', document: specRootFile, dynamic: true, seed: dynamicSeed }),
  ]);
  const running = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(running.map((prism) => prism.stop()));
    throw failure.reason;
  }
  const [mock, dynamic] = running as [PrismProcess, PrismProcess];
  project.provide('prismMockUrl', mock.url);
  project.provide('prismDynamicUrl', dynamic.url);
  project.provide('dynamicSeed', dynamicSeed);

  return async function teardown() {
    const diedDuringRun = [mock, dynamic].filter((prism) => !prism.isRunning());
    await Promise.all([mock.stop(), dynamic.stop()]);
    if (diedDuringRun.length > 0) {
      const details = await Promise.all(
        diedDuringRun.map(async (prism) => {
          const { code, signal } = await prism.exited;
          return `Prism on ${prism.url} stopped during the run (${signal ?? `code ${code}`}):\n${prism.output().slice(-2000)}`;
        }),
      );
      throw new Error(details.join('\n\n'));
    }
  };
}
