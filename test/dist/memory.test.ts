// A long-lived page (a single-page app that shows and leaves its careers page again and again):
// 1,000 cycles of creating a <job-list> with 500 jobs, waiting until its cards show, sometimes
// opening a job, and removing it, must leave the heap (after garbage collection, measured through
// the DevTools protocol) within 2 MB of where it was after a warm-up, with no fetch still pending
// and no listener left on window. Runs against the built script-tag bundle; after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { assertBuilt } from './built.js';
import { serveStatic, type StaticServer } from './static-server.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js');

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CYCLES = 1_000;
const WARM_UP = 50;
const JOBS = 500;
const MAX_GROWTH = 2 * 1024 * 1024;

const jobs = Array.from({ length: JOBS }, (_, i) => ({
  id: `job-${i}`,
  title: `Job ${i}`,
  summary: `What job ${i} is about, in a sentence or two.`,
  department: `Department ${i % 12}`,
  locations: [`City ${i % 30}`],
  remote: i % 3 === 0,
  employmentType: ['FULL_TIME'],
  salary: { text: '€50,000–€60,000 a year' },
  datePosted: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
  tags: ['TypeScript', `Tag ${i % 7}`],
  html: `<p>Job ${i}: <strong>the work</strong>, the team and <a href="https://example.com/${i}">more</a>.</p>`,
}));
const feed = JSON.stringify({ version: 1, generated: '2026-03-01T00:00:00.000Z', jobs });

let browser: Browser;
let server: StaticServer;

before(async () => {
  server = await serveStatic({
    '/cdn/': 'dist/cdn',
    '/cycles.js': (_, response) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(CYCLE_SCRIPT),
    '/feed.json': (_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(feed),
    '/': (_, response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Careers</title>
<script src="/cycles.js"></script><script type="module" src="/cdn/job-widgets.js"></script></head><body><main></main></body></html>`),
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [...CHROME_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Cycles `from`..`to`, run in the page (a plain script: tsx would add helpers to a function
 * passed to `page.evaluate`). Each creates a list and waits until its cards show: every third
 * gets the jobs as a property and opens one job in place; the others load the feed, every other
 * one from a URL of its own (a real request), and every tenth is removed while still loading.
 */
const CYCLE_SCRIPT = `
const jobs = ${JSON.stringify(jobs)};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check) {
  for (let tries = 0; !check(); tries++) {
    if (tries > 2000) throw new Error('timed out');
    await tick();
  }
}
window.runCycles = async (from, to) => {
  const main = document.querySelector('main');
  for (let i = from; i < to; i++) {
    const list = document.createElement('job-list');
    if (i % 3 === 0) list.jobs = jobs;
    else list.src = i % 2 === 0 ? '/feed.json?cycle=' + i : '/feed.json';
    main.append(list);
    if (i % 10 === 5) {
      await tick();
      list.remove();
      continue;
    }
    const firstLink = () => list.shadowRoot?.querySelector('job-card')?.shadowRoot?.querySelector('[part~="link"]');
    await until(firstLink);
    if (i % 3 === 0) {
      firstLink().click();
      await until(() => list.shadowRoot.querySelector('job-detail')?.shadowRoot?.querySelector('[part~="body"]'));
    }
    list.remove();
    if (location.hash) history.replaceState(null, '', location.pathname);
  }
};`;

function runCycles(page: Page, from: number, to: number): Promise<void> {
  return page.evaluate(`window.runCycles(${from}, ${to})`);
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function windowListeners(cdp: CDPSession): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.map((listener) => listener.type).sort();
}

test(`${CYCLES} cycles of a list with ${JOBS} jobs leave the heap within 2 MB and nothing pending`, { timeout: 300_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let pending = 0;
  let requests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/feed.json')) {
      pending++;
      requests++;
    }
  });
  const done = (request: { url(): string }) => {
    if (request.url().includes('/feed.json')) pending--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(server.url);
  await page.waitForFunction(() => customElements.get('job-list') !== undefined);
  const cdp = await page.context().newCDPSession(page);

  const listenersBefore = await windowListeners(cdp);
  await runCycles(page, 0, WARM_UP);
  const before = await heapAfterGc(cdp);
  const started = Date.now();
  for (let from = WARM_UP; from < WARM_UP + CYCLES; from += 100) await runCycles(page, from, from + 100);
  const seconds = (Date.now() - started) / 1000;
  await page.waitForTimeout(200);
  const afterCycles = await heapAfterGc(cdp);
  const growth = afterCycles - before;

  console.log(
    `${CYCLES} cycles in ${seconds.toFixed(1)} s (${((seconds * 1000) / CYCLES).toFixed(0)} ms each, ${requests} feed requests): ` +
      `heap ${(before / 1024 / 1024).toFixed(2)} MB -> ${(afterCycles / 1024 / 1024).toFixed(2)} MB after GC, growth ${(growth / 1024).toFixed(0)} KB`,
  );
  assert.deepEqual(errors, []);
  assert.ok(growth < MAX_GROWTH, `heap grew by ${(growth / 1024).toFixed(0)} KB`);
  assert.equal(pending, 0, 'no feed request still pending');
  assert.deepEqual(await windowListeners(cdp), listenersBefore, 'no listener left on window');
  assert.equal(await page.locator('job-list').count(), 0);
  await page.close();
});
