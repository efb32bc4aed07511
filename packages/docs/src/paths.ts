// Where `pnpm build` puts the rendered reference and where tests leave files for reviewers.
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const pageFile = fileURLToPath(new URL('../dist/index.html', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
