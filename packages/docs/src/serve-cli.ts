// `pnpm docs:serve`: serves the built reference on this machine and prints where.
import { existsSync } from 'node:fs';
import { pageFile } from './paths.ts';
import { startDocsServer } from './serve.ts';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number (0-65535), got "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(pageFile)) {
  console.error('No built reference yet: run `pnpm build` first.');
  process.exit(1);
}

try {
  const server = await startDocsServer({ port });
  console.log(`API reference: ${server.url}`);
  console.log(`Bundled spec:  ${server.url}openapi.yaml, openapi.json, openapi.dereferenced.json`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one.` : String(error));
  process.exit(1);
}
