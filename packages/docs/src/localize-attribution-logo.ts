// Redoc 3 always renders its sidebar attribution ("API docs by" + logo) with the logo taken from
// Redocly's CDN; no option turns it off. After build-docs, point those URLs at an inline SVG so the
// page attempts no network request at all (the page's CSP stays as a second line of defence).
import { readFileSync, writeFileSync } from 'node:fs';
import { pageFile } from './paths.ts';

const cdnLogo = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

const inlineLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="72" height="16" viewBox="0 0 72 16">' +
    '<text x="0" y="12" font-family="sans-serif" font-size="12" fill="#8e8e8e">Redocly</text></svg>',
)}`;

const page = readFileSync(pageFile, 'utf8');
const localized = page.replace(cdnLogo, inlineLogo);
writeFileSync(pageFile, localized);
console.log(`${pageFile}: ${page.match(cdnLogo)?.length ?? 0} CDN logo URL(s) replaced by an inline SVG`);
