// `generate` writes src/generated/ from the spec. `generate --check` (the lint step, and `generate`
// itself when CI is set, like openapi-typescript's --check) only compares and fails on drift, so CI
// tests the committed files rather than silently replacing them.
import { driftedFiles, writeGeneratedFiles } from './generated-files.ts';

const check = process.argv.includes('--check') || Boolean(process.env.CI);

if (check) {
  const drifted = await driftedFiles();
  if (drifted.length > 0) {
    console.error(
      `src/generated/ does not match the spec (${drifted.join(', ')}): run \`pnpm --filter @vbs/client generate\` and commit the result.`,
    );
    process.exitCode = 1;
  }
} else {
  await writeGeneratedFiles();
}
