// The package before it is on the registry, used as the README's "From a clone" says: packed with
// `npm pack`, installed from the tarball into a fresh app in a temporary folder outside the
// repository (npm takes the dependencies from its cache; the app depends on the tarball and Vite
// only), then
// - the `job-widgets` command the tarball links builds postings into a feed (the `bin` survived
//   the packing), and the app's own Vite builds a page that imports the elements, its feed made
//   by the package's Vite plugin;
// - `dist/cdn/` copied out of the installed package, chunks and all, serves a plain page that
//   loads it with a script tag from the site itself.
// Both pages are then opened in Chromium. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browsers.js';
import { assertBuilt } from './built.js';
import { cardTitles, openPage as openIn } from './open-page.js';
import { serveStatic, type StaticServer } from './static-server.js';

assertBuilt('dist/cdn/job-widgets.js', 'dist/index.js', 'dist/cli.js', 'dist/vite.js');

const run = promisify(execFile);
const own = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; devDependencies: Record<string, string> };

const root = mkdtempSync(join(tmpdir(), 'job-widgets-install-'));
const app = join(root, 'app');
const site = join(root, 'site');
let installed: { bin?: Record<string, string> };
let cliOutput: string;
let browser: Browser;
let server: StaticServer;

before(async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root]);
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];

  mkdirSync(join(app, 'postings'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'careers-site',
      private: true,
      type: 'module',
      dependencies: { 'job-widgets': `file:${join(root, filename)}` },
      // The Vite this repository is tested with, so that npm finds it in its cache.
      devDependencies: { vite: own.devDependencies.vite },
    }),
  );
  writeFileSync(join(app, 'postings', 'rust.md'), readFileSync('demo/postings/senior-rust-engineer.md'));
  writeFileSync(join(app, 'postings', 'designer.md'), '---\ntitle: Product Designer\nlocation: Lisbon\ndepartment: Design\ndate: 2026-11-01\n---\nDesign things.\n');
  writeFileSync(
    join(app, 'vite.config.js'),
    "import jobWidgets from 'job-widgets/vite';\n" +
      "export default { base: './', plugins: [jobWidgets({ postings: 'postings', feed: 'jobs.json', organization: { name: 'Kestrelmoor' } })] };\n",
  );
  writeFileSync(join(app, 'main.js'), "import 'job-widgets';\n");
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><title>Careers</title><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>' +
      '<job-list src="./jobs.json"></job-list>',
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
  installed = JSON.parse(readFileSync(join(app, 'node_modules/job-widgets/package.json'), 'utf8'));

  // The plain site: the feed from the command the package links, the bundle copied beside it.
  mkdirSync(site);
  cliOutput = (await run(join(app, 'node_modules/.bin/job-widgets'), ['build', join(app, 'postings'), '--out', join(site, 'jobs.json'), '--org-name', 'Kestrelmoor'])).stdout;
  cpSync(join(app, 'node_modules/job-widgets/dist/cdn'), join(site, 'job-widgets'), { recursive: true });
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><title>Careers</title><link rel="icon" href="data:,"><script type="module" src="./job-widgets/job-widgets.js"></script>' +
      '<job-list src="./jobs.json"></job-list>',
  );

  await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });

  server = await serveStatic({ '/app/': join(app, 'dist'), '/site/': site });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const openPage = (path: string) => openIn(browser, `${server.url}${path}`);

test('the installed package keeps its `job-widgets` command, which builds a feed', () => {
  assert.deepEqual(installed.bin, { 'job-widgets': 'dist/cli.js' });
  assert.match(cliOutput, /Built 2 jobs/);
  assert.equal(JSON.parse(readFileSync(join(site, 'jobs.json'), 'utf8')).jobs.length, 2);
});

test('an app that imports the elements, built by its own Vite with the package’s plugin, shows the jobs', async () => {
  const { page, errors } = await openPage('/app/');
  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await cardTitles(page), ['Product Designer', 'Senior Rust Engineer']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('dist/cdn/ copied into a site serves a plain page, the detail loaded from the copied chunks', async () => {
  const { page, errors } = await openPage('/site/');
  await page.locator('job-list job-card').first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await cardTitles(page), ['Product Designer', 'Senior Rust Engineer']);
  await page.locator('job-list job-card').filter({ hasText: 'Senior Rust Engineer' }).locator('a').click();
  await page.locator('job-detail [part="body"] h3').first().waitFor({ timeout: 10_000 });
  const chunks = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/site/job-widgets/chunks/')),
  );
  assert.ok(chunks.length > 0, 'the detail came from the copied chunks/');
  assert.deepEqual(errors, []);
  await page.close();
});

