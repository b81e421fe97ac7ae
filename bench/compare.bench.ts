/**
 * `npx tsx bench/compare.bench.ts [--before main]`: the built script-tag bundle (`dist/cdn/`,
 * from `npm run build:cdn`) against the same bundle built from another commit (`--before`, by
 * default `main`; built into `.bench/` once), in the same run, in headless Chromium, on pages
 * served with a delay on every response (`--latency`, 50 ms: a round trip to a CDN), each page
 * in a fresh browser context (nothing cached: a first visit). Rounds interleave the two builds,
 * so a machine that gets busier or quieter moves both alike; medians are reported with the
 * ratio after / before, which is what the figures are for (the absolute times depend on the
 * machine).
 *
 * What a person does, timed from the browser's timestamp of their action (the page's start for
 * the first paint) to the next frame painted once the result is there:
 * - the first page of 1,000 jobs' cards (and how many of the bundle's files were requested by then);
 * - opening a job with a click that comes straight, with no hover before it; a click 150 ms
 *   after the pointer came over the card; and Enter on a card link as it takes focus (the
 *   bundle's files requested from the hover or focus on are counted);
 * - opening a filter's pop-over with a click that comes straight, and 150 ms after a hover;
 * - each keystroke of "engineer berlin" in the search box over 10,000 jobs (keydown → updated).
 *
 * Options: `--runs N` (default 7), `--latency MS` (default 50). Prints a table and writes the
 * same figures to `.bench/compare.json`. Exits 1 on errors (a page error, a job that never opens).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import ts from 'typescript';
import { serveStatic } from '../test/dist/static-server.js';
import { launchChromium } from '../test/support/browsers.js';
import { generateFeed, prng } from './render/feed.js';
import type { ComparePage, FirstPaint, Opened } from './compare/page.js';

const { values: options } = parseArgs({
  options: { before: { type: 'string', default: 'main' }, runs: { type: 'string', default: '7' }, latency: { type: 'string', default: '50' } },
});
const RUNS = Number(options.runs);
const LATENCY = Number(options.latency);
if (!(RUNS >= 1 && LATENCY >= 0)) throw new Error('--runs takes a positive number, --latency a number of milliseconds');

const QUERY = 'engineer berlin';
const NOW = generateFeed(10).generated;
const BUNDLE = 'dist/cdn/job-widgets.js';
const SIDES = ['before', 'after'] as const;
type Side = (typeof SIDES)[number];

/** The bundle of `ref`, built once into `.bench/before-<commit>/` from the commit's files. */
function buildBefore(ref: string): { commit: string; cdn: string } {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = resolve(`.bench/before-${commit.slice(0, 12)}`);
  const cdn = join(dir, 'dist/cdn');
  if (!existsSync(join(cdn, 'job-widgets.js'))) {
    console.log(`Building the bundle of ${ref} (${commit.slice(0, 12)}) in ${dir}…`);
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`]);
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  }
  return { commit, cdn };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Serves the files of `folder` (under the route's prefix) after `LATENCY` ms, as from far away. */
function far(prefix: string, folder: string) {
  const root = resolve(folder);
  return async (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(prefix.length);
    const file = normalize(join(root, path));
    await sleep(LATENCY);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  };
}

const page = (side: Side) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>compare ${side}</title>
<script type="module" src="/${side}/cdn/job-widgets.js"></script>
<script type="module" src="/bench/compare/page.js"></script>
</head><body><main id="host"></main></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build:cdn\` first`);
  const before = buildBefore(options.before!);
  // The page's code and what it imports, TypeScript transpiled as served (`/bench/render/…`).
  const transpile = (file: string) =>
    ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const modules = new Map([
    ['/bench/compare/page.js', transpile('bench/compare/page.ts')],
    ['/bench/render/next-paint.js', transpile('bench/render/next-paint.ts')],
  ]);
  const feeds = new Map([1_000, 10_000].map((size) => [size, JSON.stringify(generateFeed(size))]));
  const server = await serveStatic({
    '/before/cdn/': far('/before/cdn/', before.cdn),
    '/after/cdn/': far('/after/cdn/', 'dist/cdn'),
    '/bench/': (request, response) => {
      const code = modules.get(new URL(request.url ?? '/', 'http://x').pathname);
      if (code === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES['.js']! }).end(code);
    },
    '/feeds/': async (request, response) => {
      const text = feeds.get(Number(/(\d+)\.json$/.exec(request.url ?? '')?.[1]));
      await sleep(LATENCY);
      if (text === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES['.json']! }).end(text);
    },
    '/before/': (_, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('before')),
    '/after/': (_, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('after')),
  });
  const browser: Browser = await launchChromium();

  /** A first visit to the page of `side` showing `size` jobs; `use` does the rest on it. */
  async function visit<T>(side: Side, size: number, use: (page: Page, first: FirstPaint) => Promise<T>): Promise<T> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    try {
      await tab.goto(`${server.url}/${side}/`);
      await tab.waitForFunction(() => 'compare' in window);
      const first = await tab.evaluate(([feed, now]) => (window as unknown as { compare: ComparePage }).compare.showList(feed, now), [`/feeds/${size}.json`, NOW] as const);
      const result = await use(tab, first);
      if (problems.length > 0) throw new Error(`${side}: ${problems.join('\n')}`);
      return result;
    } finally {
      await context.close();
    }
  }
  const call = <K extends keyof ComparePage>(tab: Page, name: K) =>
    tab.evaluate((n) => (window as unknown as { compare: Record<string, () => unknown> }).compare[n]!(), name) as Promise<Awaited<ReturnType<ComparePage[K]>>>;
  const card = (tab: Page, index: number) => tab.locator('job-list job-card').nth(index).locator('a[part~="link"]');

  type Figures = Record<string, number[]>;
  const figures: Record<Side, Figures> = { before: {}, after: {} };
  const add = (side: Side, name: string, value: number) => void (figures[side][name] ??= []).push(value);
  const opened = (side: Side, name: string, result: Opened) => {
    add(side, name, result.openedMs);
    add(side, `${name}: scripts`, result.scripts);
  };
  const random = prng(16);

  try {
    console.log(`Chromium ${browser.version()}; before: ${options.before} (${before.commit.slice(0, 12)}), after: this build; ${LATENCY} ms per response; ${RUNS} rounds\n`);
    for (let run = -1; run < RUNS; run++) {
      // Round -1 warms the browser and the machine up and is not counted.
      const record = run < 0 ? () => undefined : add;
      const recordOpened = run < 0 ? () => undefined : opened;
      for (const side of run % 2 ? SIDES : [...SIDES].reverse()) {
        await visit(side, 1_000, async (tab, first) => {
          record(side, 'first page of cards painted', first.paintedMs);
          record(side, 'first page of cards: scripts', first.scripts);
          await call(tab, 'armOpen');
          await card(tab, 0).click();
          recordOpened(side, 'open: a click with no hover before', await call(tab, 'opened'));
        });
        await visit(side, 1_000, async (tab) => {
          await card(tab, 1).hover();
          await tab.waitForTimeout(150);
          await call(tab, 'armOpen');
          await card(tab, 1).click();
          recordOpened(side, 'open: a click 150 ms after hovering', await call(tab, 'opened'));
        });
        await visit(side, 1_000, async (tab) => {
          await card(tab, 2).focus();
          await call(tab, 'armOpen');
          await tab.keyboard.press('Enter');
          recordOpened(side, 'open: Enter as the link takes focus', await call(tab, 'opened'));
        });
        await visit(side, 1_000, async (tab) => {
          await call(tab, 'armFilter');
          await tab.locator('job-list [part~="filter-summary"]').first().click();
          record(side, 'a filter: a click with no hover before', await call(tab, 'filterOpened'));
        });
        await visit(side, 1_000, async (tab) => {
          const button = tab.locator('job-list [part~="filter-summary"]').first();
          await button.hover();
          await tab.waitForTimeout(150);
          await call(tab, 'armFilter');
          await button.click();
          record(side, 'a filter: a click 150 ms after hovering', await call(tab, 'filterOpened'));
        });
        await visit(side, 10_000, async (tab) => {
          // The list's follow-up work after its first page (checking the rest, the search index).
          await tab.waitForTimeout(1_500);
          await tab.locator('job-list input[type="search"]').focus();
          await call(tab, 'armTyping');
          for (const char of QUERY) {
            await tab.keyboard.type(char);
            await tab.waitForTimeout(90 + Math.floor(random() * 110));
          }
          const typed = await call(tab, 'typed');
          if (typed.keystrokes.length !== QUERY.length) throw new Error(`${side}: ${typed.keystrokes.length} input events for ${QUERY.length} keys`);
          for (const ms of typed.keystrokes) record(side, 'typing over 10,000 jobs, per keystroke', ms);
        });
      }
      if (run >= 0) process.stdout.write(`  round ${run + 1} of ${RUNS}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = Object.keys(figures.after).map((name) => {
    const [b, a] = SIDES.map((side) => median(figures[side][name] ?? [Number.NaN]));
    return { name, before: round(b!), after: round(a!), ratio: Math.round((a! / b!) * 100) / 100 };
  });
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${'median'.padEnd(width)}  before    after  after/before`);
  for (const row of rows) {
    const count = row.name.endsWith(': scripts');
    const cell = (value: number) => (count ? String(value) : `${value.toFixed(1)} ms`).padStart(9);
    console.log(`${row.name.padEnd(width)}${cell(row.before)}${cell(row.after)}  ${count ? '' : `${row.ratio.toFixed(2)}×`}`);
  }
  mkdirSync('.bench', { recursive: true });
  await writeFile(
    '.bench/compare.json',
    JSON.stringify({ date: new Date().toISOString(), before: { ref: options.before, commit: before.commit }, bundleMtime: statSync(BUNDLE).mtime, latencyMs: LATENCY, runs: RUNS, rows, figures }, null, 2) + '\n',
  );
  console.log('\nFigures written to .bench/compare.json');
}

await main();
