// The built reference, opened from disk in Chromium with the network cut off: the operation's page
// must show the whole contract, read from the spec, and the page must not reach for the network.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledSpecFile,
  bundledYamlFile,
  declaredStatuses,
  dereferencedSpecFile,
  jsonResponse,
  loadDereferencedSpec,
  seedPageExample,
  showBackupOperation,
  showBackupParameters,
  showBackupPath,
} from '@vbs/spec';
import { artifactsDir, distDir, pageFile } from '../src/paths.ts';
import { launchChromium } from './support/chromium.ts';
import { openOffline, type OfflineVisit } from './support/offline-page.ts';

const spec = loadDereferencedSpec();
const operation = showBackupOperation(spec);
const method = Object.keys(spec.paths[showBackupPath] ?? {}).find((key) => key !== 'parameters') ?? '';
const tag = (operation['tags'] as string[])[0] ?? '';
/** Redoc's hash route of an operation: its tag and operationId, lower-cased. */
const operationUrl = `${pathToFileURL(pageFile).href}#/${tag.toLowerCase()}/${operation.operationId.toLowerCase()}`;

const backupSchema = (jsonResponse(200, spec).schema['properties'] as Record<string, Record<string, unknown>>)['backup'] ?? {};
const requiredFields = backupSchema['required'] as string[];
const gatedFields = Object.keys(backupSchema['properties'] as object).filter((field) => !requiredFields.includes(field));

const securitySchemes = spec.components['securitySchemes'] as Record<string, { name: string }>;
const tokenHeaders = (operation['security'] as Record<string, string[]>[])
  .flatMap((requirement) => Object.keys(requirement))
  .map((scheme) => securitySchemes[scheme]?.name ?? '');
const parameters = showBackupParameters(spec);

interface RenderedProperty {
  name: string;
  required: boolean;
}

/**
 * The properties of the response body `backup` object, as rendered. Redoc renders long schemas only
 * when they scroll into view, so this scrolls through the page and collects what appears.
 */
async function renderedBackupProperties(page: Page): Promise<RenderedProperty[]> {
  const found = new Map<string, RenderedProperty>();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let step = 0; step < 100; step += 1) {
    await page.waitForTimeout(60);
    const visible = await operationSection(page).getByTestId('middle-panel').locator('.schema-name').evaluateAll((names) =>
      names.map((name) => {
        const labels = [...(name.parentElement?.parentElement?.children ?? [])].map((child) => child.textContent);
        return {
          prefix: (name.previousElementSibling?.textContent ?? '').replace(/\u200b/g, ''),
          name: name.textContent ?? '',
          required: labels.includes('required'),
          // `additionalProperties: true` shows as a pseudo-property
          additional: labels.includes('additional property'),
        };
      }),
    );
    for (const { prefix, name, required, additional } of visible) {
      if (prefix === 'backup.' && !additional) found.set(name, { name, required });
    }
    const scrolled = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, 600);
      return window.scrollY !== before;
    });
    if (!scrolled) break;
  }
  return [...found.values()];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const operationHeading = (page: Page): Locator =>
  page.getByRole('heading').filter({ hasText: new RegExp(`^${escapeRegExp(operation['summary'] as string)}$`) });
/** The operation's section: description, parameters and responses in the middle, samples on the right. */
const operationSection = (page: Page): Locator =>
  page.locator('[data-item-kind="httpItem"]').filter({ has: operationHeading(page) });

let browser: Browser;
let visit: OfflineVisit;

beforeAll(async () => {
  browser = await launchChromium();
  visit = await openOffline(browser, operationUrl);
  // The operation is rendered in the browser (the prerendered HTML is the overview): once its
  // heading shows, the page has hydrated.
  await operationHeading(visit.page).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the rendered reference, opened from disk', () => {
  it('shows the operation under its hash route, with method and path', async () => {
    const { page } = visit;
    expect(new URL(page.url()).hash).toBe(new URL(operationUrl).hash);
    const requestPanel = operationSection(page).getByTestId('right-panel').filter({ hasText: showBackupPath });
    await expect.poll(() => requestPanel.first().innerText()).toMatch(
      new RegExp(`${method.toUpperCase()}\\s+${escapeRegExp(showBackupPath)}`),
    );
  });

  it('names the token header in the operation and in its security details', async () => {
    const { page } = visit;
    expect(tokenHeaders).toContain('X-Auth-Token');
    for (const header of tokenHeaders) {
      await operationSection(page).getByTestId('middle-panel').getByText(header, { exact: true }).first().waitFor();
      await page.getByRole('button', { name: 'View security details' }).click();
      const headerName = page.getByText('Header parameter name:').locator('xpath=..');
      await expect.poll(() => headerName.innerText()).toMatch(new RegExp(`^Header parameter name:\\s+${header}$`));
      await page.keyboard.press('Escape');
      await headerName.waitFor({ state: 'detached' });
    }
  });

  it('lists every request parameter where it goes, OpenStack-API-Version among the headers', async () => {
    expect(parameters.filter((parameter) => parameter.in === 'header').map(({ name }) => name)).toContain('OpenStack-API-Version');
    for (const { name, in: place } of parameters) {
      const anchor = operationSection(visit.page).getByTestId('middle-panel').locator(`a[aria-label="link to ${name}"][href*="t=request&in=${place}"]`);
      expect(await anchor.count(), `${place} parameter ${name}`).toBe(1);
    }
  });

  it('offers every declared status code, in order', async () => {
    const tabs = visit.page.getByRole('tablist', { name: 'Response status' }).first().getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual(declaredStatuses(spec).map(String));
  });

  it('shows the 200 sample as the vendor page example', async () => {
    const { page } = visit;
    const firstExample = Object.values(jsonResponse(200, spec).examples ?? {})[0];
    const responsePanel = operationSection(page).getByTestId('right-panel').filter({ has: page.getByTestId('json-viewer') });
    await expect.poll(() => responsePanel.innerText()).toContain(firstExample?.summary ?? '');
    const sample = await responsePanel.getByTestId('json-viewer').innerText();
    expect(JSON.parse(sample)).toEqual(seedPageExample());
  });

  it('shows every backup field: the always-present ones as required, the gated ones as optional', async () => {
    expect([requiredFields.length, gatedFields.length]).toEqual([17, 4]);
    const rendered = await renderedBackupProperties(visit.page);
    expect(rendered.map(({ name }) => name).sort()).toEqual([...requiredFields, ...gatedFields].sort());
    for (const { name, required } of rendered) expect({ name, required }).toEqual({ name, required: requiredFields.includes(name) });
  });

  it('writes a screenshot of the operation for reviewers', async () => {
    const { page } = visit;
    await page.setViewportSize({ width: 1440, height: 3600 });
    await operationHeading(page).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -24));
    await page.waitForTimeout(200);
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, 'operation.png');
    await page.screenshot({ path: file });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });

  it('links the bundled spec files from its overview, and they sit beside the page', async () => {
    const { page } = visit;
    await page.goto(pathToFileURL(pageFile).href);
    await page.getByText('Download OpenAPI description').waitFor();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const bundle of [bundledYamlFile, bundledSpecFile, dereferencedSpecFile]) {
      const besideThePage = join(distDir, basename(bundle));
      expect(hrefs).toContain(pathToFileURL(besideThePage).href);
      expect(readFileSync(besideThePage).equals(readFileSync(bundle)), `${besideThePage} is a copy of ${bundle}`).toBe(true);
    }
  });

  // Last, so that it covers everything the tests above made the page do.
  it('never reached for the network and raised no page error', async () => {
    expect(visit.pageErrors).toEqual([]);
    expect(visit.networkRequests).toEqual([]);
    expect(await visit.refusedByCsp()).toEqual([]);
  });
});
