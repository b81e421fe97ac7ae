/**
 * `npm run bench:lighthouse`: the demo careers page built for production (`npm run build:demo`,
 * `dist/demo/`), served statically (gzip, as any static host or CDN serves it) and measured by
 * Lighthouse 12.2.3 with its defaults: mobile, simulated throttling. Issue 15's question is what
 * prerendering the elements into the HTML changes, so the same page is also built with the Vite
 * plugin's `prerender: false` (`DEMO_PRERENDER=off`, into `.bench/demo-not-prerendered/`) and
 * both are measured, their runs interleaved so that a machine's drift hits both alike.
 *
 * Prints the four category scores and FCP, LCP, TBT and CLS, each the median of the runs, and
 * writes them to `.bench/lighthouse.json`. A report, not a test: it exits 0 whatever the scores,
 * 1 when Lighthouse fails or a page errors.
 *
 * Options: `--runs N` (default 3). Chromium is `CHROME_PATH` (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { serveStatic } from '../test/dist/static-server.js';
import { median } from './stats.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs ${values.runs}: give a whole number, 1 or more`);

const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

type Figures = Record<(typeof CATEGORIES)[number] | keyof typeof METRICS, number>;

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  runtimeError?: { message: string };
  runWarnings: string[];
}

/** One Lighthouse run of `url` in a fresh Chromium: the scores (0–100) and the metrics (ms; CLS as is). */
function lighthouse(url: string): Promise<{ figures: Figures; failed: string[] }> {
  const cli = join('node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`];
  const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse exited with ${code}: ${err.trim()}`));
      const result = JSON.parse(out) as LighthouseResult;
      if (result.runtimeError) return fail(new Error(`lighthouse: ${result.runtimeError.message}`));
      const figures = {} as Figures;
      for (const category of CATEGORIES) figures[category] = Math.round((result.categories[category]?.score ?? 0) * 100);
      for (const [name, audit] of Object.entries(METRICS)) figures[name as keyof typeof METRICS] = result.audits[audit]?.numericValue ?? NaN;
      // What cost points, so that a score under 100 says why.
      const failed = Object.entries(result.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && audit.numericValue === undefined)
        .map(([id, audit]) => `${id} (${audit.title})`);
      done({ figures, failed });
    });
  });
}

const VARIANTS = [
  { name: 'not prerendered', dir: '.bench/demo-not-prerendered' },
  { name: 'prerendered', dir: 'dist/demo' },
] as const;

if (!existsSync('dist/demo/index.html')) throw new Error('dist/demo/ is missing: run `npm run build:demo` first (`npm run bench:lighthouse` does)');
// The same page with prerendering off: vite.config.ts reads DEMO_PRERENDER when it is evaluated.
process.env.DEMO_PRERENDER = 'off';
await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: join(process.cwd(), VARIANTS[0].dir), emptyOutDir: true } });
delete process.env.DEMO_PRERENDER;

const runs = new Map<string, Figures[]>(VARIANTS.map((v) => [v.name, []]));
const failures = new Map<string, Set<string>>(VARIANTS.map((v) => [v.name, new Set()]));
for (let run = 1; run <= RUNS; run++) {
  for (const variant of VARIANTS) {
    const server = await serveStatic({ '/': variant.dir }, { gzip: true });
    try {
      const { figures, failed } = await lighthouse(`${server.url}/`);
      runs.get(variant.name)!.push(figures);
      for (const audit of failed) failures.get(variant.name)!.add(audit);
      console.error(`run ${run}/${RUNS}, ${variant.name}: performance ${figures.performance}, LCP ${Math.round(figures.lcp)} ms, CLS ${figures.cls.toFixed(3)}`);
    } finally {
      await server.close();
    }
  }
}

const medians = Object.fromEntries(
  VARIANTS.map((variant) => {
    const all = runs.get(variant.name)!;
    const keys = [...CATEGORIES, ...Object.keys(METRICS)] as (keyof Figures)[];
    return [variant.name, Object.fromEntries(keys.map((key) => [key, median(all.map((figures) => figures[key]))])) as Figures];
  }),
);

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
console.log(`\nLighthouse 12.2.3, mobile, simulated throttling; the demo built for production; medians of ${RUNS} run${RUNS === 1 ? '' : 's'}\n`);
console.log('| Demo | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const variant of VARIANTS) {
  const m = medians[variant.name]!;
  console.log(
    `| ${variant.name} | ${m.performance} | ${m.accessibility} | ${m['best-practices']} | ${m.seo} | ${seconds(m.fcp)} | ${seconds(m.lcp)} | ${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} |`,
  );
}
for (const variant of VARIANTS) {
  const failed = [...failures.get(variant.name)!];
  if (failed.length > 0) console.log(`\n${variant.name}: audits below 0.9 in some run: ${failed.join('; ')}`);
}
await mkdir('.bench', { recursive: true });
await writeFile('.bench/lighthouse.json', JSON.stringify({ runs: RUNS, medians, all: Object.fromEntries(runs) }, null, 2) + '\n');
