// A careers page served for any path (many hosts and frameworks do: a catch-all route, a
// single-page app's fallback). On `http://host//evil.example/careers` the page's path starts
// with `//`, and a card link built from it would be protocol-relative: middle-click, a new tab
// or a crawler would follow `//evil.example/careers#job=…` off-site, and a plain click would
// throw in `pushState`. Against the built bundle in Chromium; runs after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { answer, bundleSite } from './bundle-page.js';

const FEED = JSON.stringify({
  version: 1,
  jobs: [
    { id: 'backend-engineer', title: 'Backend Engineer', datePosted: '2026-03-02', html: '<p>Rust.</p>' },
    { id: 'product-designer', title: 'Product Designer', datePosted: '2026-03-01', html: '<p>Figma.</p>' },
  ],
});

// The same page whatever the path; `base` adds a <base href> to another site.
const page = (origin: string, base: boolean) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Careers</title>
    ${base ? '<base href="https://other.example/" />' : ''}
    <script type="module" src="${origin}/cdn/job-widgets.js"></script>
  </head>
  <body>
    <job-list src="${origin}/jobs.json"></job-list>
  </body>
</html>`;

const site = bundleSite({
  '/jobs.json': answer('json', FEED),
  // Every other path is the careers page.
  '/': (request, response) =>
    answer('html', page(`http://${request.headers.host}`, request.url!.includes('with-base')))(request, response),
});

interface Opened {
  page: Page;
  errors: string[];
  /** Each card link: its `href` as written, and as the browser resolves it. */
  links: { attribute: string; resolved: string }[];
}

async function openPage(path: string): Promise<Opened> {
  const tab = await site.browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${site.server.url}${path}`);
  const links = tab.locator('job-list job-card a[part~="link"]');
  await links.first().waitFor();
  const all = await links.evaluateAll((anchors) =>
    anchors.map((a) => ({ attribute: a.getAttribute('href')!, resolved: (a as HTMLAnchorElement).href })),
  );
  return { page: tab, errors, links: all };
}

for (const path of ['//evil.example/careers', '//evil.example/careers?team=core', '/careers/', '/careers/with-base']) {
  test(`cards on ${path} link to the page itself, on its origin`, async () => {
    const { page: tab, errors, links } = await openPage(path);
    const here = new URL(`${site.server.url}${path}`);
    assert.equal(links.length, 2);
    for (const { attribute, resolved } of links) {
      // What middle-click, a new tab or a crawler follows: the attribute resolved against the
      // page (and its <base>), and against the bare origin, as a crawler without the page might.
      for (const url of [new URL(resolved), new URL(attribute, site.server.url)]) {
        assert.equal(url.origin, here.origin, `${attribute} leaves ${here.origin}`);
        assert.equal(url.pathname + url.search, here.pathname + here.search, attribute);
        assert.match(url.hash, /^#job=[a-z-]+$/);
      }
    }
    // A plain click opens the job in place, on the same page, without a SecurityError.
    await tab.locator('job-list job-card a[part~="link"]', { hasText: 'Product Designer' }).click();
    await tab.locator('job-list job-detail').waitFor();
    assert.equal(tab.url(), `${here.href}#job=product-designer`);
    assert.deepEqual(errors, []);
    // Back returns to the list, on the same URL.
    await tab.goBack();
    await tab.locator('job-list job-card').first().waitFor();
    assert.equal(tab.url(), here.href);
    await tab.close();
  });
}
