// The built package as its users meet it, in Chromium:
// - a plain HTML page with the two lines a company adds (the script-tag bundle and <job-list>),
//   served by a plain static server, so a bundle that only works in dev fails here;
// - the React 19, Vue 3 and Svelte 5 examples (examples/react, vue, svelte), each built by Vite
//   against the package's exports: jobs passed as a property, and the app's own routing through
//   a cancelled `job-select`;
// - the Astro 5 example (examples/astro), built by `astro build` into static files: its page
//   prerenders the list with `job-widgets/ssr`, and `job-widgets` hydrates it in the browser.
// Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Route } from 'playwright-core';
import { build } from 'vite';
import { buildFeed } from '../../src/build/index.js';
import { launchChromium } from '../support/browsers.js';
import { parsePage } from '../build/helpers/page.js';
import { assertBuilt } from './built.js';
import { cardTitles, openPage as openIn } from './open-page.js';
import { recordErrors } from './page-errors.js';
import { serveStatic, type StaticServer } from './static-server.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js', 'dist/index.js');

const BUNDLE = 'dist/cdn/job-widgets.js';
const FRAMEWORKS = ['react', 'vue', 'svelte'] as const;

let browser: Browser;
let server: StaticServer;
let astroSite: string;

before(async () => {
  const feedDir = mkdtempSync(join(tmpdir(), 'job-widgets-feed-'));
  const seed = { path: 'senior-rust-engineer.md', text: readFileSync('demo/postings/senior-rust-engineer.md', 'utf8') };
  const other = { path: 'designer.md', text: '---\ntitle: Product Designer\nregion: Lisbon\ndepartment: Design\ndate: 2026-11-01\n---\nDesign things.' };
  writeFileSync(join(feedDir, 'jobs.json'), buildFeed([seed, other]).json!);
  // The same postings as a split feed: an index, and one file per job in jobs/.
  const split = buildFeed([seed, other], { split: true }).split!;
  const splitDir = mkdtempSync(join(tmpdir(), 'job-widgets-split-'));
  mkdirSync(join(splitDir, split.folder));
  for (const file of split.files) writeFileSync(join(splitDir, split.folder, file.name), file.bytes);
  writeFileSync(join(splitDir, 'jobs.json'), split.bytes);
  writeFileSync(
    join(splitDir, 'index.html'),
    '<!doctype html><html lang="en"><title>Jobs</title><link rel="icon" href="data:,"><script type="module" src="/cdn/job-widgets.js"></script>' +
      '<job-list src="/split/jobs.json"></job-list>',
  );

  const apps: Record<string, string> = {};
  for (const framework of FRAMEWORKS) {
    apps[framework] = mkdtempSync(join(tmpdir(), `job-widgets-${framework}-`));
    await build({ configFile: `examples/${framework}/vite.config.ts`, logLevel: 'warn', build: { outDir: apps[framework] } });
  }

  // In a process of its own: Astro 5 brings its own Vite (6), and its build sets up the process
  // (NODE_ENV, Lit's DOM shim through job-widgets/ssr) for itself. No telemetry: CI is offline.
  astroSite = mkdtempSync(join(tmpdir(), 'job-widgets-astro-'));
  await promisify(execFile)('node_modules/.bin/astro', ['build', '--root', 'examples/astro', '--outDir', astroSite, '--base', '/astro/', '--silent'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });

  // A page with only a <job-detail>: the script-tag bundle must notice it and load the detail.
  const detailPage = mkdtempSync(join(tmpdir(), 'job-widgets-detail-'));
  writeFileSync(
    join(detailPage, 'index.html'),
    '<!doctype html><html lang="en"><title>Job</title><link rel="icon" href="data:,"><script type="module" src="/cdn/job-widgets.js"></script>' +
      '<job-detail src="/jobs.json" job-id="senior-rust-engineer"></job-detail>',
  );

  server = await serveStatic({
    '/cdn/': 'dist/cdn',
    '/detail-only/': detailPage,
    '/split/': splitDir,
    '/jobs.json': join(feedDir, 'jobs.json'),
    ...Object.fromEntries(FRAMEWORKS.flatMap((framework) => [[`/${framework}/jobs.json`, join(feedDir, 'jobs.json')], [`/${framework}/`, apps[framework]!]])),
    '/astro/': astroSite,
    '/': 'examples/plain-html',
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = (path: string) => openIn(browser, `${server.url}${path}`);

test('the bundle has no bare imports: lit and dompurify are inside it', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
  assert.deepEqual(specifiers.filter((s) => !/^(?:\.{1,2}\/|\/|https?:)/.test(s)), []);
});

test('plain HTML: one script tag and one element show the jobs, and a job opens in place', async () => {
  const { page, errors } = await openPage('/');
  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await cardTitles(page), ['Product Designer', 'Senior Rust Engineer']);
  // A page of cards loads one script: the detail, its HTML sanitizer and the in-place navigation
  // wait for a job to open (or a card to be pointed at).
  const scripts = async () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
  assert.deepEqual(await scripts(), ['/cdn/job-widgets.js']);
  // A boolean: a constructor would not survive the trip out of the page (it arrives as undefined).
  assert.equal(await page.evaluate(() => customElements.get('job-detail') !== undefined), false);

  await page.locator('job-list job-card').filter({ hasText: 'Senior Rust Engineer' }).locator('a').click();
  await page.locator('job-detail [part="body"] h3').first().waitFor();
  assert.equal(new URL(page.url()).hash, '#job=senior-rust-engineer');
  assert.match(await page.locator('job-detail [part="body"]').innerText(), /we’d love to hear from you!/);
  // Opening it loads the detail and the in-place navigation (with the lists' page order, which it
  // shares with the view in the URL); no DOMPurify in a browser that has the HTML Sanitizer API.
  const chunks = (await scripts()).filter((path) => path.startsWith('/cdn/chunks/')).map((path) => path.replace(/-[\w-]{8}\.js$/, ''));
  assert.deepEqual(chunks.sort(), ['/cdn/chunks/in-place', '/cdn/chunks/job-detail', '/cdn/chunks/page-order']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('plain HTML: a card focused from the keyboard shows its whole focus ring, outside the card', async () => {
  const { page, errors } = await openPage('/');
  const card = page.locator('job-list job-card').first();
  await card.waitFor({ timeout: 10_000 });
  const box = (await card.boundingBox())!;
  // Strips just outside the card's edges, where the ring (2 px, 2 px out) is drawn. Nothing
  // else paints there, so they change with focus only if the ring is not clipped away.
  const strips = [
    { x: box.x - 4, y: box.y + box.height / 2 - 10, width: 4, height: 20 },
    { x: box.x + box.width / 2 - 10, y: box.y - 4, width: 20, height: 4 },
  ];
  const shoot = () => Promise.all(strips.map((clip) => page.screenshot({ clip })));
  const before = await shoot();
  const focused = async () =>
    page.evaluate(() => document.querySelector('job-list')!.shadowRoot!.querySelector('job-card')!.shadowRoot!.activeElement?.getAttribute('part') ?? '');
  for (let i = 0; i < 10 && !(await focused()).includes('link'); i++) await page.keyboard.press('Tab');
  assert.match(await focused(), /link/);
  const after = await shoot();
  strips.forEach((strip, i) => assert.ok(!before[i]!.equals(after[i]!), `no focus ring painted at ${JSON.stringify(strip)}`));
  assert.deepEqual(errors, []);
  await page.close();
});

test('plain HTML: a split feed lists from its index and fetches a job file only for the job opened', async () => {
  const { page, errors } = await openPage('/split/');
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.json')) fetched.push(path);
  });
  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await cardTitles(page), ['Product Designer', 'Senior Rust Engineer']);
  await page.locator('job-list job-card').filter({ hasText: 'Senior Rust Engineer' }).locator('a').click();
  await page.locator('job-detail [part="body"] h3').first().waitFor();
  assert.match(await page.locator('job-detail [part="body"]').innerText(), /we’d love to hear from you!/);
  const jobFiles = fetched.filter((path) => path.startsWith('/split/jobs/'));
  assert.equal(jobFiles.length, 1, `job files fetched: ${jobFiles.join(', ')}`);
  assert.match(jobFiles[0]!, /^\/split\/jobs\/senior-rust-engineer\.[0-9a-f]+\.json$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('plain HTML: a page with only a <job-detail> gets it defined by the same script tag', async () => {
  const { page, errors } = await openPage('/detail-only/');
  await page.locator('job-detail [part="body"] h3').first().waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('job-detail [part="heading"]').innerText(), 'Senior Rust Engineer');
  assert.deepEqual(errors, []);
  await page.close();
});

test('plain HTML: a <job-detail> a site script adds later gets defined too', async () => {
  const { page, errors } = await openPage('/');
  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => customElements.get('job-detail') !== undefined), false);
  await page.evaluate(() => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<job-detail src="/jobs.json" job-id="senior-rust-engineer"></job-detail>';
    document.body.append(wrapper);
  });
  await page.locator('body > section > job-detail [part="body"] h3').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [framework, name] of [['react', 'React 19'], ['vue', 'Vue 3'], ['svelte', 'Svelte 5']] as const) {
  test(`${name}: jobs as a property, grouping, and the app routes on job-select`, async () => {
    const { page, errors } = await openPage(`/${framework}/`);
    await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await cardTitles(page), ['Product Designer', 'Senior Rust Engineer']);
    assert.equal(await page.locator('job-list [part="group-heading"]').first().innerText(), 'Design');

    await page.locator('job-list job-card').filter({ hasText: 'Senior Rust Engineer' }).locator('a').click();
    assert.equal(await page.getByTestId('route').innerText(), 'Route: /careers/senior-rust-engineer');
    assert.equal(await page.locator('job-detail h1').innerText(), 'Senior Rust Engineer');
    assert.equal(new URL(page.url()).hash, '', 'the list did not navigate: the app did');

    await page.getByRole('button', { name: 'All jobs' }).click();
    await page.locator('job-list job-card').first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// The Astro example's postings (examples/astro/postings/) as its list shows them, grouped by
// department: Customer Success, Design, Engineering.
const ASTRO_TITLES = ['Customer Support Specialist', 'Product Designer', 'Backend Engineer'];

test('Astro: the built page has the jobs in its HTML file, before any script runs', () => {
  const page = parsePage(readFileSync(join(astroSite, 'index.html'), 'utf8'));
  assert.deepEqual(page.errors, []);
  assert.deepEqual(
    page.parts('heading').map((heading) => page.text(heading).trim()),
    ASTRO_TITLES,
  );
  assert.equal(page.attr(page.all('job-list')[0], 'group-by'), 'department', 'the tag keeps the attributes the server rendered with');
});

test('Astro: the list hydrates on the server\'s nodes, with the feed from the page, and search works', async () => {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // Astro's scripts wait until the server's cards are marked, so that the test can tell the
  // nodes it finds after hydration from new ones.
  let release!: () => void;
  const marked = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/astro/_astro/**', async (route: Route) => {
    held++;
    await marked;
    await route.continue();
  });
  await page.goto(`${server.url}/astro/`, { waitUntil: 'commit' });
  const headings = page.locator('job-list job-card [part~="heading"]');
  await headings.first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await cardTitles(page), ASTRO_TITLES);
  await headings.evaluateAll((elements) => elements.forEach((element) => Object.assign(element, { fromServer: true })));
  assert.ok(held > 0, 'the page\'s script was held back');
  release();

  // Hydrated: the search box, hidden until it works, is offered.
  const search = page.locator('job-list input[type="search"]');
  await search.waitFor({ state: 'visible', timeout: 10_000 });
  assert.deepEqual(await headings.evaluateAll((elements) => elements.map((element) => 'fromServer' in element)), [true, true, true], 'the server\'s cards are kept');
  assert.deepEqual(fetched.filter((path) => path.endsWith('.json')), [], 'the jobs came with the page');

  await search.fill('designer');
  await page.locator('job-list job-card').filter({ hasText: 'Backend Engineer' }).waitFor({ state: 'detached' });
  assert.deepEqual(await cardTitles(page), ['Product Designer']);
  assert.deepEqual(errors, []);
  await page.close();
});
