// Proof that the page's Content-Security-Policy keeps it offline even if something in it reached for
// the network, and that the visit in page.test.ts would notice a request: an external image put into
// a copy of the page is refused by the policy, and requested once the policy is removed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFile } from '../src/paths.ts';
import { launchChromium } from './support/chromium.ts';
import { openOffline } from './support/offline-page.ts';

const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
const externalImage = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
let browser: Browser;
const copies: string[] = [];

/** A copy of the built page with an external image added, optionally without the policy. */
function copyWithExternalImage(keepPolicy: boolean): string {
  const page = readFileSync(pageFile, 'utf8');
  expect(page).toMatch(cspMeta);
  expect(page).not.toContain('https://cdn.redoc.ly/');
  const dir = mkdtempSync(join(tmpdir(), 'vbs-docs-csp-'));
  copies.push(dir);
  const file = join(dir, 'index.html');
  const end = page.lastIndexOf('</body>');
  const withImage = `${page.slice(0, end)}<img src="${externalImage}" alt="">${page.slice(end)}`;
  writeFileSync(file, keepPolicy ? withImage : withImage.replace(cspMeta, ''));
  return pathToFileURL(file).href;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Content-Security-Policy of the page', () => {
  it('refuses an external load before it leaves the browser', async () => {
    const visit = await openOffline(browser, copyWithExternalImage(true));
    await expect.poll(() => visit.refusedByCsp(), { timeout: 10_000 }).toContain(externalImage);
    expect(visit.networkRequests).toEqual([]);
  });

  it('is what stops it: without the policy the same copy requests the image', async () => {
    const visit = await openOffline(browser, copyWithExternalImage(false));
    await expect.poll(() => visit.networkRequests, { timeout: 10_000 }).toContain(externalImage);
  });
});
