// No layout shift (issue 15), for a plain script-tag embed that is not prerendered: with the
// README's one CSS line the list's box has its loading height from the first paint, before the
// script has run, so nothing under it moves when the element upgrades, nor when the jobs arrive
// (the same page without the line shifts, which shows the measure measures). The element's
// light-DOM children (a link to the jobs) show until it renders, and stay when the script
// cannot load. Layout shifts as Chromium reports them (`PerformanceObserver`, `layout-shift`),
// each step of the load held until the one before it has painted. Against the built bundle;
// runs after `npm run build`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { answer, bundleSite } from './bundle-page.js';
import { layoutShifts, recordLayoutShifts } from './layout-shifts.js';
import { RESERVED_HEIGHT_CSS } from './reserved-height.js';

const FEED = JSON.stringify({
  version: 1,
  jobs: Array.from({ length: 8 }, (_, i) => ({
    id: `job-${i + 1}`,
    title: `Engineer ${i + 1}`,
    summary: 'Build the data mesh the world runs on.',
    locations: ['Berlin, Germany'],
    department: 'Engineering',
    datePosted: `2026-03-${String(10 - i).padStart(2, '0')}`,
    tags: ['rust'],
    html: '<p>The job.</p>',
  })),
});

const page = (css: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Careers</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/site.css?${encodeURIComponent(css)}" />
    <script type="module" src="/cdn/job-widgets.js"></script>
  </head>
  <body>
    <header><h1>Careers at Kestrelmoor</h1><p>We build the data mesh the world runs on.</p></header>
    <job-list src="/jobs.json"><a href="/jobs/">See all open roles</a></job-list>
    <footer><p>Kestrelmoor is a fictional company.</p></footer>
  </body>
</html>`;

const site = bundleSite({
  '/jobs.json': answer('json', FEED),
  '/jobs/': answer('html', '<!doctype html><html lang="en"><title>All open roles</title><h1>All open roles</h1>'),
  // The page's own stylesheet: the CSS in its query (the README's line, or nothing).
  '/site.css': (request, response) =>
    response.writeHead(200, { 'content-type': 'text/css' }).end(decodeURIComponent(new URL(request.url!, 'http://x').search.slice(1))),
  '/with-line': answer('html', page(RESERVED_HEIGHT_CSS)),
  '/without-line': answer('html', page('')),
});

/** A request held until `release` is called, as over a slow network. */
function hold(tab: Page, pattern: string): { release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  void tab.route(pattern, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Resolves once the page has painted what it shows now. */
const painted = (tab: Page) => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Opens `path` at `width` × `height` and walks the load one painted step at a time: the page
 * before the script runs, the list loading, the list with its jobs. Returns the sum of the
 * layout shifts, and what the fallback link looked like at each step.
 */
async function load(path: string, width: number, height: number) {
  const tab = await site.browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await recordLayoutShifts(tab);
  const script = hold(tab, '**/cdn/job-widgets.js');
  const feed = hold(tab, '**/jobs.json');
  const link = tab.getByRole('link', { name: 'See all open roles' });
  await tab.goto(`${site.server.url}${path}`, { waitUntil: 'commit' });
  await link.waitFor();
  await painted(tab);
  const beforeScript = await link.isVisible();
  script.release();
  await tab.locator('job-list [part~="skeleton"]').first().waitFor();
  await painted(tab);
  const whileLoading = await link.isVisible();
  feed.release();
  await tab.locator('job-list job-card').first().waitFor();
  const shifts = await layoutShifts(tab);
  const cls = shifts.reduce((sum, value) => sum + value, 0);
  await tab.close();
  assert.deepEqual(errors, []);
  return { cls, link: { beforeScript, whileLoading } };
}

describe('a list that is not prerendered', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    test(`with the README's line, nothing moves at ${width} × ${height}: CLS 0`, async () => {
      const { cls } = await load('/with-line', width, height);
      assert.equal(cls, 0);
    });
  }

  test('without it, the content under the list moves when it upgrades and when the jobs arrive', async () => {
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const) {
      const { cls } = await load('/without-line', width, height);
      assert.ok(cls > 0.01, `CLS ${cls} at ${width} × ${height}`);
    }
  });

  test('its light-DOM children show until it renders', async () => {
    const { link } = await load('/with-line', 1280, 800);
    assert.deepEqual(link, { beforeScript: true, whileLoading: false });
  });

  test('when the script cannot load, its children stay, and the link works', async () => {
    const tab = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tab.route('**/cdn/job-widgets.js', (route) => route.abort());
    await tab.goto(`${site.server.url}/with-line`);
    const link = tab.getByRole('link', { name: 'See all open roles' });
    assert.equal(await link.isVisible(), true);
    assert.equal(await tab.evaluate(() => customElements.get('job-list')), undefined);
    await link.click();
    await tab.waitForURL(`${site.server.url}/jobs/`);
    assert.equal(await tab.locator('h1').textContent(), 'All open roles');
    await tab.close();
  });
});
