// Opens a page from disk in a context where nothing but file: URLs may load, and records every
// attempt to reach anything else: requests the router stopped, loads the page's own CSP refused,
// and uncaught page errors.
import type { Browser, Page } from 'playwright-core';

export interface OfflineVisit {
  page: Page;
  /** URLs the page requested over the network (each was aborted before leaving the browser). */
  networkRequests: string[];
  /** URLs the page's Content-Security-Policy refused to load. */
  refusedByCsp(): Promise<string[]>;
  pageErrors: string[];
}

declare global {
  interface Window {
    __refusedByCsp?: string[];
  }
}

export async function openOffline(browser: Browser, url: string): Promise<OfflineVisit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const networkRequests: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith('file:')) return route.continue();
    networkRequests.push(requested);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.__refusedByCsp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(event.blockedURI)) window.__refusedByCsp?.push(event.blockedURI);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  return {
    page,
    networkRequests,
    refusedByCsp: () => page.evaluate(() => [...(window.__refusedByCsp ?? [])]),
    pageErrors,
  };
}
