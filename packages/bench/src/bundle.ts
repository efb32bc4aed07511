// Bundle suite: what a browser app pays for the client. esbuild bundles and minifies a one-line
// consumer, once as a single file and once with code splitting (as app bundlers do for a dynamic
// `import()`), and every output file is gzipped on its own, as a server would send it.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type OutputFile } from 'esbuild';

export interface Size {
  minifiedBytes: number;
  gzipBytes: number;
}

export interface BundleMeasured {
  name: string;
  source: string;
  /** Everything in one file. */
  singleFile: Size;
  /** Code-split: the entry chunk and what it imports statically, i.e. what loading the app costs. */
  onImport: Size;
  /** Code-split: every chunk, the lazily imported ones included (what turning validation on adds). */
  allChunks: Size;
  /** Where the ajv-compiled response validator ends up when code is split. */
  validator: 'loaded on import' | 'lazy chunk' | 'absent';
  /** The biggest source files of what is loaded on import, largest first. */
  largestInputs: { path: string; bytes: number }[];
}

export const bundleNames = {
  client: 'createVbsClient',
  clientValidating: 'createVbsClient, validateResponses: true',
  openapiFetch: 'bare openapi-fetch createClient',
} as const;

const consumers = [
  {
    name: bundleNames.client,
    source: `import { createVbsClient } from '@vbs/client';\nexport const vbs = createVbsClient({ baseUrl: 'https://vbs.example', token: 't' });`,
  },
  {
    name: bundleNames.clientValidating,
    source: `import { createVbsClient } from '@vbs/client';\nexport const vbs = createVbsClient({ baseUrl: 'https://vbs.example', token: 't', validateResponses: true });`,
  },
  {
    name: bundleNames.openapiFetch,
    source: `import createClient from 'openapi-fetch';\nexport const client = createClient({ baseUrl: 'https://vbs.example' });`,
  },
];

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'bundle-out';

/** `../client/dist/x.js` and `../../node_modules/.pnpm/pkg@1/node_modules/pkg/dist/x.js` made readable. */
const shortPath = (path: string): string =>
  path.replace(/^.*node_modules\/(?!\.pnpm)/, '').replace(/^(\.\.\/)+/, '');

const isValidator = (input: string): boolean => input.includes('response-validator');

function bundle(source: string, splitting: boolean) {
  return build({
    stdin: { contents: source, resolveDir: packageDir, sourcefile: 'consumer.js' },
    bundle: true,
    splitting,
    outdir,
    absWorkingDir: packageDir,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

function sizeOf(files: readonly OutputFile[]): Size {
  return files.reduce(
    (size, file) => ({
      minifiedBytes: size.minifiedBytes + file.contents.byteLength,
      gzipBytes: size.gzipBytes + gzipSync(file.contents, { level: 9 }).byteLength,
    }),
    { minifiedBytes: 0, gzipBytes: 0 },
  );
}

/** Output paths reachable from the entry chunk through static imports. */
function loadedOnImport(metafile: Metafile): Set<string> {
  const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint !== undefined);
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const { path: next, kind } of metafile.outputs[path]!.imports) if (kind === 'import-statement') visit(next);
  };
  if (entry) visit(entry);
  return loaded;
}

const metafileKey = (file: OutputFile): string => `${outdir}/${file.path.split('/').pop()}`;

async function measureConsumer(name: string, source: string): Promise<BundleMeasured> {
  const single = await bundle(source, false);
  const split = await bundle(source, true);
  const onImport = loadedOnImport(split.metafile);
  const validatorOutput = Object.entries(split.metafile.outputs).find(([, output]) =>
    Object.keys(output.inputs).some(isValidator),
  )?.[0];
  const inputsOnImport = [...onImport].flatMap((output) => Object.entries(split.metafile.outputs[output]!.inputs));
  return {
    name,
    source,
    singleFile: sizeOf(single.outputFiles),
    onImport: sizeOf(split.outputFiles.filter((file) => onImport.has(metafileKey(file)))),
    allChunks: sizeOf(split.outputFiles),
    validator: validatorOutput === undefined ? 'absent' : onImport.has(validatorOutput) ? 'loaded on import' : 'lazy chunk',
    largestInputs: inputsOnImport
      .map(([path, { bytesInOutput }]) => ({ path: shortPath(path), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3),
  };
}

export async function measureBundles(): Promise<BundleMeasured[]> {
  return Promise.all(consumers.map(({ name, source }) => measureConsumer(name, source)));
}
