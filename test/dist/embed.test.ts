// The script-tag bundle, as built, on a plain HTML page served by a plain static server: the two
// lines a company adds to its site must show its jobs. Runs after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildFeed } from '../../src/build/index.js';
import { serveStatic, type StaticServer } from './static-server.js';

const BUNDLE = 'dist/cdn/job-widgets.js';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser: Browser;
let server: StaticServer;

before(async () => {
  const feedDir = mkdtempSync(join(tmpdir(), 'job-widgets-embed-'));
  const seed = { path: 'senior-rust-engineer.md', text: readFileSync('demo/postings/senior-rust-engineer.md', 'utf8') };
  const other = { path: 'designer.md', text: '---\ntitle: Product Designer\nregion: Lisbon\ndate: 2026-11-01\n---\nDesign things.' };
  writeFileSync(join(feedDir, 'jobs.json'), buildFeed([seed, other]).json!);
  server = await serveStatic({ '/cdn/': 'dist/cdn', '/feed/': feedDir, '/': 'test/pages' });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the bundle has no bare imports: lit and dompurify are inside it', () => {
  const code = readFileSync(BUNDLE, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
  const bare = specifiers.filter((s) => !/^(?:\.{1,2}\/|\/|https?:)/.test(s));
  assert.deepEqual(bare, []);
});

test('one script tag and one element show the jobs on a plain page', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server.url}/embed.html`);
  const titles = page.locator('job-list job-card [part="heading"]');
  await titles.first().waitFor({ timeout: 10_000 });
  assert.deepEqual(await titles.allTextContents().then((t) => t.map((s) => s.trim())), ['Product Designer', 'Senior Rust Engineer']);

  await page.locator('job-list job-card').filter({ hasText: 'Senior Rust Engineer' }).locator('a').click();
  await page.locator('job-detail [part="body"] h3').first().waitFor();
  assert.equal(new URL(page.url()).hash, '#job=senior-rust-engineer');
  assert.match(await page.locator('job-detail [part="body"]').innerText(), /we’d love to hear from you!/);
  assert.deepEqual(errors, []);
  await page.close();
});
