// The demo as `npm run build:demo` builds it (dist/demo/), prerendered by the Vite plugin (issue
// 15): the first page of jobs is in the HTML file itself; with JavaScript off, a visitor sees it
// and follows a card to the job's own page; with JavaScript on, the list hydrates and nothing on
// the page moves (layout shifts as Chromium reports them). Served by a plain static server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAGE_SIZE } from '../../src/components/job-list/paging.js';
import type { Feed } from '../../src/feed/types.js';
import { parsePage } from '../build/helpers/page.js';
import { staleBuild } from './built.js';
import { layoutShifts, recordLayoutShifts } from './layout-shifts.js';
import { serveStatic, type StaticServer } from './static-server.js';

const DEMO = 'dist/demo';
const stale = staleBuild([`${DEMO}/index.html`]);
assert.ok(stale === undefined, stale?.replace(/run `npm run build` first.*/, 'run `npm run build:demo` first (`npm test` does)'));

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const feed = JSON.parse(readFileSync(`${DEMO}/jobs.json`, 'utf8')) as Feed;
/** The list's first page: the feed's jobs as the build writes them, newest first. */
const firstPage = feed.jobs.slice(0, PAGE_SIZE).map((job) => job.title);

let browser: Browser;
let server: StaticServer;
before(async () => {
  server = await serveStatic({ '/': DEMO });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Text, not innerText: cards off screen are not laid out (`content-visibility: auto`).
const cardTitles = async (page: Page) => (await page.locator('job-list job-card [part~="heading"]').allTextContents()).map((title) => title.trim());

test('the first page\'s job titles are in the HTML file of the built demo', () => {
  const page = parsePage(readFileSync(`${DEMO}/index.html`, 'utf8'));
  const titles = page.parts('heading').map((heading) => page.text(heading).trim());
  assert.ok(firstPage.length > 10);
  assert.deepEqual(titles, firstPage);
  assert.deepEqual(
    page.parts('link').map((link) => page.attr(link, 'href')),
    feed.jobs.slice(0, PAGE_SIZE).map((job) => `/jobs/${job.id}/`),
    'each card links to the job\'s page',
  );
});

describe('with JavaScript off', () => {
  test('a visitor sees the first page of jobs and follows a card to its page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    assert.deepEqual(await cardTitles(page), firstPage);
    const first = page.locator('job-list job-card a[part~="link"]').first();
    assert.equal(await first.isVisible(), true);
    // What needs JavaScript takes no room and is not offered.
    assert.equal(await page.locator('job-list input[type="search"]').isVisible(), false, 'no search box');
    assert.equal(await page.locator('.theme-switcher').isVisible(), false, 'no look switcher');

    await first.click();
    await page.waitForURL(`${server.url}/jobs/${feed.jobs[0]!.id}/`);
    assert.equal((await page.locator('job-detail h1').innerText()).trim(), feed.jobs[0]!.title);
    assert.equal(await page.locator('job-detail [part~="body"]').isVisible(), true, 'the posting\'s body');
    await context.close();
  });
});

describe('with JavaScript on', () => {
  for (const [width, height] of [
    [412, 823],
    [1280, 800],
  ] as const) {
    test(`the list hydrates and nothing moves at ${width} × ${height}: CLS 0`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      await recordLayoutShifts(page);
      await page.goto(`${server.url}/`);
      // Hydrated: the search box, hidden until it works, is offered.
      await page.locator('job-list input[type="search"]').waitFor({ state: 'visible' });
      assert.deepEqual(await layoutShifts(page), []);
      assert.deepEqual(await cardTitles(page), firstPage);
      // The feed came with the page: the list fetched nothing.
      assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.json')).length), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
