// The vendor's API page the project was created from (HTML), read straight from shared/seed so that
// tests compare the spec with the page itself rather than with a copy of it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const sharedDir = process.env.VBS_SHARED_DIR ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const seedPageFile = join(sharedDir, 'seed', '000_95c012fde48969a0.txt');

export const readSeedPage = (): string => readFileSync(seedPageFile, 'utf8');

const decodeEntities = (text: string): string =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** The JSON of the page's "Example response" block. */
export function seedPageExample(page: string = readSeedPage()): unknown {
  const match = /Example response<pre[^>]*>([\s\S]*?)<\/pre>/.exec(page);
  if (!match) throw new Error(`No "Example response" block in ${seedPageFile}`);
  return JSON.parse(decodeEntities((match[1] ?? "").replace(/<[^>]+>/g, '')));
}

/** The status codes of the page's "Status Codes" section: the normal one and the abnormal table. */
export function seedPageStatuses(page: string = readSeedPage()): number[] {
  const start = page.indexOf('Status Codes</h4>');
  if (start < 0) throw new Error(`No "Status Codes" section in ${seedPageFile}`);
  const section = page.slice(start, page.indexOf('</ul>', start));
  const text = decodeEntities(section.replace(/<[^>]+>/g, ' '));
  return [...text.matchAll(/\b([1-5][0-9]{2})\b/g)].map((m) => Number(m[1]));
}
