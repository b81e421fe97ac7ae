// The built bundle on a page with the strictest Content-Security-Policy a careers page can
// reasonably send: no inline script or style, Trusted Types enforced for every DOM sink. The
// list, its search and filters, the in-place detail with a sanitized body, the copy-link button,
// a stand-alone card and detail in their loading state, the detail's JSON-LD in <head>, and a
// theme sheet all work with zero `securitypolicyviolation` events and zero console errors, on
// both of the bundle's sanitizer paths: the browser's HTML Sanitizer API (whose `setHTML` is not
// a Trusted Types sink) and DOMPurify, forced by removing the API before the bundle loads. The
// same page with one Trusted Types policy name missing reports violations, so the test can fail.
// Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildFeed } from '../../src/build/index.js';
import { launchChromium } from '../support/browsers.js';
import { assertBuilt } from './built.js';
import { recordErrors } from './page-errors.js';
import { csp, TRUSTED_TYPES_POLICIES } from './recommended-csp.js';
import { serveStatic, type StaticServer } from './static-server.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js');

// Run before the page's scripts: the bundle then finds no HTML Sanitizer API and loads DOMPurify.
const REMOVE_SANITIZER_API = 'delete Element.prototype.setHTML; delete ShadowRoot.prototype.setHTML; delete Document.parseHTML; delete window.Sanitizer;';
const PATHS = [
  { name: 'the HTML Sanitizer API', sanitizerApi: true },
  { name: 'DOMPurify', sanitizerApi: false },
] as const;

// A classic script in <head>, so it listens before the bundle runs (inline scripts are blocked).
const LISTEN_JS = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.effectiveDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
});
`;

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Careers under a strict CSP</title>
    <link rel="icon" href="/favicon.ico" />
    <script src="/listen.js"></script>
    <link rel="stylesheet" href="/themes/midnight.css" />
    <script type="module" src="/cdn/job-widgets.js"></script>
  </head>
  <body>
    <h1>Careers</h1>
    <job-list src="/jobs.json" org-name="Kestrelmoor"></job-list>
    <aside id="standalone">
      <job-card src="/jobs.json" job-id="benefits-table" href="#benefits"></job-card>
      <job-detail src="/jobs.json" job-id="benefits-table" org-name="Kestrelmoor"></job-detail>
    </aside>
  </body>
</html>
`;

// A page whose own code brings a second copy of Lit and DOMPurify (here: the bundle again, under
// another URL), so each policy name is created twice.
const TWO_COPIES_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Two copies</title>
    <link rel="icon" href="/favicon.ico" />
    <script src="/listen.js"></script>
    <script type="module" src="/cdn/job-widgets.js?copy=1"></script>
    <script type="module" src="/cdn/job-widgets.js?copy=2"></script>
  </head>
  <body>
    <job-detail src="/jobs.json" job-id="benefits-table"></job-detail>
  </body>
</html>
`;

// A body with what the demo postings lack: a table, a relative and an external link, and an
// image from the page's own origin (`default-src 'self'` blocks images from anywhere else).
const tablePosting = (origin: string) => `---
title: Benefits Analyst
id: benefits-table
region: Remote (Germany)
department: People
date: 2026-10-01
---
## Benefits

| Benefit | Amount |
| --- | --- |
| Learning | €1,500 |
| **Home office** | €800 |

See [our handbook](https://handbook.example/benefits) or [the FAQ](/faq).

![Team photo](${origin}/favicon.ico)
`;

// A feed that skipped the build, with a body that tries to run code three ways.
const HOSTILE_FEED = JSON.stringify({
  version: 1,
  jobs: [
    {
      id: 'hostile',
      title: 'Hostile',
      datePosted: '2026-03-01',
      html: '<p onclick="alert(1)">Click</p><img src="x" onerror="alert(2)"><script>alert(3)</script><a href="javascript:alert(4)">link</a><p>After.</p>',
    },
  ],
});
const HOSTILE_HTML = PAGE_HTML.replace(/<body>[\s\S]*<\/body>/, '<body><job-detail src="/hostile.json" job-id="hostile"></job-detail></body>');

let browser: Browser;
let server: StaticServer;
let siteDir: string;
let jobCount: number;

before(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'job-widgets-csp-'));
  writeFileSync(join(siteDir, 'listen.js'), LISTEN_JS);
  writeFileSync(join(siteDir, 'index.html'), PAGE_HTML);
  writeFileSync(join(siteDir, 'two-copies.html'), TWO_COPIES_HTML);
  writeFileSync(join(siteDir, 'favicon.ico'), '');
  writeFileSync(join(siteDir, 'hostile.json'), HOSTILE_FEED);
  writeFileSync(join(siteDir, 'hostile.html'), HOSTILE_HTML);

  const page = (policies: readonly string[]) => ({
    path: join(siteDir, 'index.html'),
    headers: { 'content-security-policy': csp(policies) },
  });
  server = await serveStatic({
    '/cdn/': 'dist/cdn',
    '/themes/': 'dist/themes',
    '/jobs.json': { path: join(siteDir, 'jobs.json'), headers: { 'x-content-type-options': 'nosniff' } },
    '/hostile.json': join(siteDir, 'hostile.json'),
    '/hostile/': { path: join(siteDir, 'hostile.html'), headers: { 'content-security-policy': csp(TRUSTED_TYPES_POLICIES) } },
    '/listen.js': join(siteDir, 'listen.js'),
    '/favicon.ico': join(siteDir, 'favicon.ico'),
    ...Object.fromEntries(
      TRUSTED_TYPES_POLICIES.map((missing) => [`/without-${missing}/`, page(TRUSTED_TYPES_POLICIES.filter((name) => name !== missing))]),
    ),
    '/two-copies/': { path: join(siteDir, 'two-copies.html'), headers: { 'content-security-policy': csp(TRUSTED_TYPES_POLICIES) } },
    '/two-copies-allowed/': {
      path: join(siteDir, 'two-copies.html'),
      headers: { 'content-security-policy': csp([...TRUSTED_TYPES_POLICIES, "'allow-duplicates'"]) },
    },
    '/': page(TRUSTED_TYPES_POLICIES),
  });
  const postings = readdirSync('demo/postings').map((name) => ({
    path: name,
    text: readFileSync(join('demo/postings', name), 'utf8'),
  }));
  const result = buildFeed([...postings, { path: 'benefits-table.md', text: tablePosting(server.url) }]);
  assert.ok(result.ok, JSON.stringify(result.errors));
  jobCount = result.feed!.jobs.length;
  writeFileSync(join(siteDir, 'jobs.json'), result.json!);

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

interface Session {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  violations: () => Promise<string[]>;
  /** Lets the feed through, when it was held. */
  releaseFeed: () => void;
}

/**
 * Opens `path`; with `holdFeed`, the feed is held back until `releaseFeed()`, so that the
 * elements' loading state can be seen; with `sanitizerApi: false`, as a browser without the HTML
 * Sanitizer API.
 */
async function openPage(path: string, { holdFeed = false, sanitizerApi = true } = {}): Promise<Session> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  if (!sanitizerApi) await context.addInitScript(REMOVE_SANITIZER_API);
  const page = await context.newPage();
  const errors = recordErrors(page);
  let releaseFeed = () => {};
  if (holdFeed) {
    const released = new Promise<void>((resolve) => (releaseFeed = resolve));
    await page.route('**/jobs.json', async (route) => {
      await released;
      await route.continue();
    });
  }
  const response = await page.goto(`${server.url}${path}`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations), releaseFeed };
}

const jsonLd = (page: Page) =>
  page.evaluate(() =>
    [...document.head.querySelectorAll('script[type="application/ld+json"][data-job-widgets]')].map(
      (script) => JSON.parse(script.textContent!) as { '@type': string; title: string; jobLocationType?: string },
    ),
  );

const cardTitles = async (page: Page) =>
  (await page.locator('job-list job-card [part="heading"]').allTextContents()).map((title) => title.trim());

const dompurifyRequested = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/dompurify-')));

for (const { name, sanitizerApi } of PATHS) test(`strict CSP (${csp(TRUSTED_TYPES_POLICIES)}), bodies sanitized by ${name}: list, search, filter, detail and copy link with no violation`, async () => {
  const { page, errors, violations, releaseFeed } = await openPage('/', { holdFeed: true, sanitizerApi });

  // The loading state of the stand-alone card and detail, while the feed is held back.
  await page.locator('#standalone job-detail [aria-busy="true"]').waitFor({ timeout: 10_000 });
  await page.locator('#standalone job-card [aria-busy="true"]').waitFor();
  releaseFeed();

  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  const all = await cardTitles(page);
  assert.equal(all.length, jobCount);

  // The theme sheet, linked as a file, applied.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--job-color-scheme').trim()), 'dark');

  await page.locator('job-list [part="search"]').fill('rust');
  await page.waitForFunction((count) => document.querySelector('job-list')!.shadowRoot!.querySelectorAll('job-card').length < count, jobCount);
  const searched = await cardTitles(page);
  assert.ok(searched.includes('Senior Rust Engineer') && !searched.includes('Benefits Analyst'), searched.join(', '));
  await page.locator('job-list [part="search"]').fill('');
  await page.waitForFunction((count) => document.querySelector('job-list')!.shadowRoot!.querySelectorAll('job-card').length === count, jobCount);

  await page.locator('job-list [part="filter-summary"]').first().click();
  await page.locator('job-list [part="filter-checkbox"]:not([disabled])').first().check();
  await page.waitForFunction((count) => document.querySelector('job-list')!.shadowRoot!.querySelectorAll('job-card').length < count, jobCount);
  assert.ok((await cardTitles(page)).length > 0);
  await page.locator('job-list [part="clear"]').click();
  await page.keyboard.press('Escape');
  await page.waitForFunction((count) => document.querySelector('job-list')!.shadowRoot!.querySelectorAll('job-card').length === count, jobCount);

  // A body with headings, a list and <details>, inserted as sanitized nodes.
  await page.locator('job-list job-card').filter({ hasText: 'Product Designer' }).locator('a').click();
  const body = page.locator('job-list job-detail [part="body"]');
  await body.locator('h3').first().waitFor();
  assert.ok((await body.locator('h3, h4').count()) >= 2);
  assert.ok((await body.locator('li').count()) >= 8);
  await body.locator('summary').click();
  assert.match(await body.locator('details').innerText(), /Two or three case studies/);

  await page.locator('job-list [part="back"]').click();
  await page.locator('job-list job-card').filter({ hasText: 'Benefits Analyst' }).locator('a').click();
  await body.locator('table td').first().waitFor();
  await body.locator('img[alt="Team photo"]').waitFor();
  assert.equal(await body.locator('a[href="https://handbook.example/benefits"]').getAttribute('rel'), 'noopener noreferrer');
  await page.locator('job-list job-detail [part="copy-link"]').click();
  await page.locator('job-list job-detail [part="announcement"]', { hasText: /copied|Copy the selected link/ }).waitFor();

  // The stand-alone detail, rendered from the feed after its skeleton.
  await page.locator('#standalone job-detail [part="body"] table').waitFor();
  assert.equal(await page.locator('#standalone job-card [part="heading"]').innerText(), 'Benefits Analyst');

  // The JSON-LD of the open job (in the list and stand-alone), its text written through a policy.
  const postings = await jsonLd(page);
  assert.ok(postings.length > 0);
  for (const posting of postings) {
    assert.deepEqual([posting['@type'], posting.title, posting.jobLocationType], ['JobPosting', 'Benefits Analyst', 'TELECOMMUTE']);
  }

  assert.equal(await dompurifyRequested(page), !sanitizerApi);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('setHTML is not a Trusted Types sink: it takes a string where innerHTML is refused one', async () => {
  const { page, errors, violations } = await openPage('/');
  const result = await page.evaluate(() => {
    let innerHTML = 'set';
    try {
      document.createElement('div').innerHTML = '<p>text</p>';
    } catch (error) {
      innerHTML = (error as Error).name;
    }
    const element = document.createElement('div');
    (element as unknown as { setHTML(html: string): void }).setHTML('<p>text</p><script>alert(1)</script>');
    return { innerHTML, setHTML: element.innerHTML };
  });
  assert.deepEqual(result, { innerHTML: 'TypeError', setHTML: '<p>text</p>' });
  // The one violation is innerHTML's.
  await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
  assert.deepEqual(
    (await violations()).map((line) => line.split(' ')[0]),
    ['require-trusted-types-for'],
  );
  assert.deepEqual(errors.filter((error) => !/TrustedHTML/.test(error)), []);
  await page.context().close();
});

for (const { name, sanitizerApi } of PATHS) test(`a hostile body sanitized by ${name}: nothing runs, no Trusted Types violation, only the handlers Chromium's parser reports`, async () => {
  const { page, errors, violations } = await openPage('/hostile/', { sanitizerApi });
  const body = page.locator('job-detail [part="body"]');
  await body.locator('p', { hasText: 'After.' }).waitFor({ timeout: 10_000 });
  assert.equal(await body.innerHTML().then((markup) => /onclick|onerror|script|javascript:/.test(markup)), false);
  assert.equal(await body.locator('img').count(), 0);
  assert.equal(await dompurifyRequested(page), !sanitizerApi);
  // Chromium reports an inline handler to the page's policy when it parses one, before either
  // sanitizer removes it (DOMParser, which DOMPurify parses with, and setHTML alike), even in a
  // document that shows nothing. Those reports are all there is: nothing ran or was refused.
  assert.deepEqual([...new Set((await violations()).map((line) => line.split(' ')[0]))], ['script-src-attr']);
  assert.deepEqual(errors.filter((error) => !error.startsWith('Executing inline event handler violates')), []);
  await page.context().close();
});

for (const missing of TRUSTED_TYPES_POLICIES) {
  // DOMPurify, and its policy, are used only where the browser has no HTML Sanitizer API.
  const sanitizerApi = missing !== 'dompurify';
  test(`the same page without the ${missing} policy reports violations${sanitizerApi ? '' : ' without the HTML Sanitizer API'} (the check can fail)`, async () => {
    const { page, errors } = await openPage(`/without-${missing}/`, { sanitizerApi });
    const reportedWhere = (pattern: RegExp) =>
      page.waitForFunction((source) => (window as unknown as { violations: string[] }).violations.some((line) => new RegExp(source).test(line)), pattern.source, {
        timeout: 10_000,
      });
    await reportedWhere(/^trusted-types /);
    const table = page.locator('#standalone job-detail [part="body"] table');
    if (missing === 'job-widgets') {
      // Only the JSON-LD needs this policy: the job still shows, and search engines get nothing
      // (the JSON-LD is written, or not, in the update that shows the body).
      await table.waitFor();
      assert.deepEqual(await jsonLd(page), []);
    } else if (missing === 'dompurify') {
      // Enforcement fails closed: the body's HTML reached a sink without the policy, was blocked
      // there, and no body reached the page by another way.
      await reportedWhere(/^require-trusted-types-for .*Benefits/);
      assert.equal(await table.count(), 0);
    } else {
      // Lit cannot create its policy: the bundle stops where it starts (its first violation is
      // that), so no element is defined and nothing else of it runs.
      assert.equal(await page.evaluate(() => customElements.get('job-detail') === undefined && customElements.get('job-list') === undefined), true);
      assert.equal(await table.count(), 0);
    }
    assert.ok(errors.length > 0);
    await page.context().close();
  });
}

test('with the HTML Sanitizer API, the page needs no dompurify policy: no violation, and the body shows', async () => {
  const { page, errors, violations } = await openPage('/without-dompurify/');
  await page.locator('#standalone job-detail [part="body"] table').waitFor({ timeout: 10_000 });
  assert.equal(await dompurifyRequested(page), false);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("a page with a second copy of Lit or DOMPurify needs 'allow-duplicates'", async () => {
  const allowed = await openPage('/two-copies-allowed/');
  await allowed.page.locator('job-detail [part="body"] table').waitFor({ timeout: 10_000 });
  assert.deepEqual(await allowed.violations(), []);
  assert.deepEqual(allowed.errors, []);
  await allowed.page.context().close();

  const refused = await openPage('/two-copies/');
  await refused.page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0, undefined, { timeout: 10_000 });
  assert.ok((await refused.violations()).some((line) => line.startsWith('trusted-types')));
  await refused.page.context().close();
});

test('no element template sets a literal style attribute (style-src without unsafe-inline blocks it)', () => {
  const offenders: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (path.endsWith('.ts') && /\bstyle\s*=\s*["'$]/.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  visit('src/components');
  assert.deepEqual(offenders, []);
});
