// A long-lived page (a single-page app that shows and leaves its careers page again and again):
// cycles of creating a <job-list> with 500 jobs, waiting until its cards show, sometimes opening
// a job, and removing it, must not make the heap grow (after garbage collection, measured through
// the DevTools protocol) by more than 2 MB over 1,000 cycles, with no fetch still pending and no
// listener left on window. The growth is the slope of the heap over 150 cycles after a warm-up,
// measured every 25: a leak of one list a cycle is hundreds of KB a cycle, and 2 MB over 1,000 is
// 2 KB. (Running all 1,000 took a minute.) Runs against the built script-tag bundle; after
// `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/browsers.js';
import { assertBuilt } from './built.js';
import { serveStatic, type StaticServer } from './static-server.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js');

// The heap grows over the first 150 or so cycles (code, caches of formatters and strings) and
// then stays flat: the warm-up takes that, the slope is measured over the next 150.
const WARM_UP = 150;
const CYCLES = 150;
const CHECKPOINT_EVERY = 25;
const JOBS = 500;
/** Bytes per cycle: 2 MB over 1,000 cycles. */
const MAX_GROWTH_PER_CYCLE = (2 * 1024 * 1024) / 1_000;

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
  browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
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

/**
 * The heap after garbage collection, once the page has done what the last cycle left it to do
 * (idle callbacks, such as the search index a removed list stops building): without waiting for
 * them, a sample now and then held a whole list's data a moment longer.
 */
async function heapAfterGc(page: Page, cdp: CDPSession): Promise<number> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The growth per cycle, in bytes, through samples of (cycle, heap): the median of the slopes
 * between every two samples (Theil–Sen), which one odd sample cannot pull as it pulls a
 * least-squares line.
 */
function slope(samples: readonly [number, number][]): number {
  const slopes: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    for (let j = i + 1; j < samples.length; j++) slopes.push((samples[j]![1] - samples[i]![1]) / (samples[j]![0] - samples[i]![0]));
  }
  slopes.sort((a, b) => a - b);
  const middle = slopes.length / 2;
  return Number.isInteger(middle) ? (slopes[middle - 1]! + slopes[middle]!) / 2 : slopes[Math.floor(middle)]!;
}

async function windowListeners(cdp: CDPSession): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.map((listener) => listener.type).sort();
}

test(`cycles of a list with ${JOBS} jobs grow the heap by less than 2 MB over 1,000, and leave nothing pending`, async () => {
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
  const samples: [number, number][] = [[0, await heapAfterGc(page, cdp)]];
  for (let done = CHECKPOINT_EVERY; done <= CYCLES; done += CHECKPOINT_EVERY) {
    await runCycles(page, WARM_UP + done - CHECKPOINT_EVERY, WARM_UP + done);
    samples.push([done, await heapAfterGc(page, cdp)]);
  }
  const perCycle = slope(samples);

  console.log(
    `${CYCLES} cycles (${requests} feed requests), heap after GC every ${CHECKPOINT_EVERY}: ` +
      `${samples.map(([, heap]) => `${((heap - samples[0]![1]) / 1024).toFixed(0)}`).join(', ')} KB over the first; ` +
      `${(perCycle / 1024).toFixed(2)} KB a cycle, ${((perCycle * 1_000) / 1024 / 1024).toFixed(2)} MB over 1,000`,
  );
  assert.deepEqual(errors, []);
  assert.ok(perCycle < MAX_GROWTH_PER_CYCLE, `the heap grows by ${(perCycle / 1024).toFixed(2)} KB a cycle, ${((perCycle * 1_000) / 1024 / 1024).toFixed(1)} MB over 1,000`);
  // Checked after the idle callbacks of heapAfterGc: a request the last cycles left open has had
  // the time a page gives them; counted by the page's own request events.
  assert.equal(pending, 0, 'no feed request still pending');
  assert.deepEqual(await windowListeners(cdp), listenersBefore, 'no listener left on window');
  assert.equal(await page.locator('job-list').count(), 0);
  await page.close();
});
