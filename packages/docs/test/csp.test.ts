// Proof that the page's Content-Security-Policy is what keeps it offline, and that the visit in
// page.test.ts would notice a request: without the policy, the same page reaches for Redocly's CDN.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFile } from '../src/paths.ts';
import { launchChromium } from './support/chromium.ts';
import { openOffline } from './support/offline-page.ts';

const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
let browser: Browser | undefined;
const copies: string[] = [];

afterAll(async () => {
  await browser?.close();
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Content-Security-Policy of the page', () => {
  it('is what stops the external load: a copy without it requests the CDN', async () => {
    const page = readFileSync(pageFile, 'utf8');
    expect(page).toMatch(cspMeta);
    const dir = mkdtempSync(join(tmpdir(), 'vbs-docs-no-csp-'));
    copies.push(dir);
    const withoutCsp = join(dir, 'index.html');
    writeFileSync(withoutCsp, page.replace(cspMeta, ''));

    browser = await launchChromium();
    const visit = await openOffline(browser, pathToFileURL(withoutCsp).href);
    await expect.poll(() => visit.networkRequests, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^https:\/\/cdn\.redoc\.ly\//));
    expect(visit.pageErrors).toEqual([]);
  });
});
