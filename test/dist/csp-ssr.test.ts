// Prerendered elements under the strict Content Security Policy with Trusted Types (the one
// csp.test.ts shows for the script-tag bundle), with `styleHashes()` added to `style-src`: the
// <style> elements the server put in the shadow roots apply, with and without JavaScript, the
// elements hydrate, and nothing is reported. The same page without the hashes reports every style
// and shows the jobs unstyled (so the test can fail). Chromium, the built bundle and dist/ssr.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Feed } from '../../src/feed/types.js';
import { assertBuilt } from './built.js';
import { recordErrors } from './page-errors.js';
import { RECOMMENDED_CSP } from './recommended-csp.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { waitUntil } from '../support/wait.js';

assertBuilt('dist/cdn/job-widgets.js', 'dist/ssr/index.js');

const { renderJobList, renderJobDetail, styleHashes } = (await import(new URL('../../dist/ssr/index.js', import.meta.url).href)) as typeof import('../../src/ssr/index.js');

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LISTEN_JS = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.effectiveDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
});
`;
/** The recommended policy with the server's styles allowed by their hashes. */
const withHashes = (hashes: readonly string[]) => RECOMMENDED_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);

let browser: Browser;
let server: StaticServer;
let siteDir: string;

before(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'job-widgets-csp-ssr-'));
  const feed = JSON.parse(readFileSync('test/fixtures/job-list-feed.json', 'utf8')) as Feed;
  const listAttributes = { src: '/jobs.json', 'href-template': '/jobs/{id}/', 'org-name': 'Kestrelmoor' };
  const job = feed.jobs.find((candidate) => candidate.id === 'product-designer')!;
  const detailAttributes = { src: '/jobs.json', 'job-id': job.id, 'org-name': 'Kestrelmoor' };
  const attrs = (attributes: Record<string, string>) => Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Careers, prerendered, under a strict CSP</title>
    <link rel="icon" href="/favicon.ico" />
    <script src="/listen.js"></script>
    <script type="module" src="/cdn/job-widgets.js"></script>
  </head>
  <body>
    <h1>Careers</h1>
    <job-list${attrs(listAttributes)}>${await renderJobList(feed, listAttributes)}</job-list>
    <job-detail${attrs(detailAttributes)}>${await renderJobDetail(job, detailAttributes)}</job-detail>
  </body>
</html>
`;
  writeFileSync(join(siteDir, 'index.html'), page);
  writeFileSync(join(siteDir, 'listen.js'), LISTEN_JS);
  writeFileSync(join(siteDir, 'favicon.ico'), '');
  writeFileSync(join(siteDir, 'jobs.json'), JSON.stringify(feed));
  const index = join(siteDir, 'index.html');
  server = await serveStatic({
    '/cdn/': 'dist/cdn',
    '/jobs.json': join(siteDir, 'jobs.json'),
    '/listen.js': join(siteDir, 'listen.js'),
    '/favicon.ico': join(siteDir, 'favicon.ico'),
    '/without-hashes/': { path: index, headers: { 'content-security-policy': RECOMMENDED_CSP } },
    '/': { path: index, headers: { 'content-security-policy': withHashes(styleHashes()) } },
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = recordErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

// The elements are read by their parts through Playwright's locators, which pierce open shadow
// roots as the harnesses (test/harness/) do in a page's own script: a page under this CSP, or
// without JavaScript, cannot load the harness module.
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

/** What the shadow roots' styles decide, read from the computed styles. */
const styled = async (page: Page) => ({
  cards: await style(page, 'job-list [part~="list"]', 'display'),
  hiddenLabel: await style(page, 'job-list job-card .visually-hidden', 'position'),
  card: await style(page, 'job-list job-card [part~="card"]', 'display'),
  body: (await style(page, 'job-detail [part~="body"]', 'max-inline-size')) !== 'none',
});
const STYLED = { cards: 'grid', hiddenLabel: 'absolute', card: 'flex', body: true };

test(`strict CSP with styleHashes() in style-src: styled, hydrated, searchable, no violation`, async () => {
  const { page, errors } = await open('/');
  // Hydrated and live: neither root is marked as the server's render any more.
  await page.locator('job-list [part~="base"]:not(.prerendered)').waitFor({ timeout: 10_000 });
  await page.locator('job-detail [part~="detail"]:not(.prerendered)').waitFor({ timeout: 10_000 });
  assert.deepEqual(await styled(page), STYLED);

  await page.locator('job-list [part="search"]').fill('designer');
  await waitUntil(async () => (await page.locator('job-list job-card').count()) === 1, 'the search did not filter the cards');
  await page.locator('job-detail [part="copy-link"]').click();
  await page.locator('job-detail [part="announcement"]', { hasText: /copied|Copy the selected link/ }).waitFor();

  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('without JavaScript: the same styles apply, the cards are links, and what needs script takes no room', async () => {
  const { page } = await open('/', false);
  assert.deepEqual(await styled(page), STYLED);
  const shown = {
    controls: await style(page, 'job-list [part~="controls"]', 'display'),
    copy: await style(page, 'job-detail [part~="copy-link"]', 'display'),
    link: await page.locator('job-list job-card [part~="link"]').first().getAttribute('href'),
  };
  assert.deepEqual(shown, { controls: 'none', copy: 'none', link: '/jobs/developpeur-frontend/' });
  await page.context().close();
});

test('the same page without the hashes reports the styles and shows the jobs unstyled (the check can fail)', async () => {
  const { page } = await open('/without-hashes/');
  await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length >= 3, undefined, { timeout: 10_000 });
  assert.ok((await violations(page)).every((line) => line.startsWith('style-src-elem')), (await violations(page)).join('\n'));
  assert.notDeepEqual(await styled(page), STYLED);
  await page.context().close();
});
