/**
 * `npm run bench`: how fast 10,000 postings become a feed, against `marked` alone on the same
 * bodies (the floor for any markdown → HTML build), and how the CLI copes with 100,000.
 * Postings are generated from a fixed seed, so runs compare like with like (the first 10,000
 * of the 100,000 are the 10,000). Prints a table and writes the figures to `.bench/build.json`.
 *
 * Targets (issues 2 and 6): full build ≤ 1.5× marked alone and < 5 s; one changed posting of
 * 10,000 rebuilt and written in < 100 ms, single file or split; a split index ≤ 250 bytes per
 * job after gzip; 100,000 postings built by the CLI without running out of memory.
 * `BENCH_SCALE=0` skips the 100,000-posting runs (about a minute and a half here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Marked } from 'marked';
// The compiled build (`npm run bench` builds first): what the CLI runs, and its workers are plain JS.
import { buildFeed, FeedBuilder, type PostingSource, type SplitFeed } from '../dist/build/index.js';
import { buildFeedInParallel } from '../dist/build/parallel.js';
import { writeFileAtomic } from '../dist/build/fs.js';
import { writeSplitFeed } from '../dist/build/write-split.js';
import { prng } from './prng.js';
import { median } from './stats.js';

const COUNT = 10_000;
const SCALE_COUNT = 100_000;
const RUNS = 5;
const INCREMENTAL_RUNS = 21;
const SEED = 20_260_101;
const NOW = new Date('2026-06-01T00:00:00Z');

let random = prng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const ROLES = ['Rust Engineer', 'Product Designer', 'Data Scientist', 'Site Reliability Engineer', 'Support Lead', 'Backend Developer', 'Frontend Developer', 'Engineering Manager'];
const LEVELS = ['Junior', 'Senior', 'Staff', 'Principal', 'Lead', ''];
const PLACES = ['Berlin', 'Lisbon', 'Remote', 'Tokyo', 'São Paulo', 'Nairobi', 'Toronto', 'Sydney', 'Cairo'];
const TYPES = ['full-time', 'part-time', 'contract', 'Full Time', 'internship', 'temporary'];
const SALARIES = ['$2000 - $3000', '€60,000–€75,000 per year', '£45k-£55k', '90000 USD', 'competitive', '¥6,000,000 / year', '$40/hour', '50 000 - 65 000 EUR'];
const TEXTS = {
  en: [
    'You will design, build and operate services that thousands of people rely on every day.',
    'We value **clear writing**, careful reviews and _calm_ incident response.',
    'Our team works across time zones, with two overlapping hours and written decisions.',
    'You’ll pair with engineers, designers and support to ship small, safe changes often.',
  ],
  de: [
    'Du entwickelst und betreibst Dienste, auf die sich täglich tausende Menschen verlassen.',
    'Wir schätzen **klare Sprache**, sorgfältige Reviews und _ruhige_ Störungsbehebung.',
  ],
  ja: ['毎日何千人もの人々が利用するサービスを設計、構築、運用していただきます。', '明確な文章と丁寧なレビューを大切にしています。'],
  ar: ['ستقوم بتصميم وبناء وتشغيل خدمات يعتمد عليها آلاف الأشخاص كل يوم.', 'نحن نقدر **الكتابة الواضحة** والمراجعات الدقيقة.'],
} as const;
type Lang = keyof typeof TEXTS;

function paragraph(lang: Lang): string {
  return Array.from({ length: int(1, 4) }, () => pick(TEXTS[lang])).join(' ');
}

function list(lang: Lang, ordered: boolean, task: boolean): string {
  return Array.from({ length: int(3, 9) }, (_, i) => {
    const marker = ordered ? `${i + 1}.` : '-';
    const box = task ? (random() < 0.5 ? '[ ] ' : '[x] ') : '';
    return `${marker} ${box}${pick(TEXTS[lang])}`;
  }).join('\n');
}

function table(): string {
  const rows = Array.from({ length: int(2, 6) }, () => `| ${pick(PLACES)} | ${pick(SALARIES)} | ${int(1, 40)} days |`);
  return ['| Location | Pay | Leave |', '| --- | --- | --- |', ...rows].join('\n');
}

function body(lang: Lang): string {
  const blocks: string[] = [paragraph(lang)];
  const sections = int(1, 8);
  for (let s = 0; s < sections; s++) {
    blocks.push(`${pick(['##', '###', '###'])} ${random() < 0.4 ? '**' : ''}${pick(['Responsibilities', 'Qualifications', 'Benefits', 'About us', 'Process'])}${blocks.length % 3 === 0 ? ':' : ''}`);
    const kind = random();
    if (kind < 0.35) blocks.push(list(lang, false, false));
    else if (kind < 0.5) blocks.push(list(lang, true, false));
    else if (kind < 0.58) blocks.push(list(lang, false, true));
    else if (kind < 0.7) blocks.push(table());
    else if (kind < 0.78) blocks.push(`> ${paragraph(lang)}`);
    else if (kind < 0.84) blocks.push('```\ncargo build --release\n```');
    else blocks.push(paragraph(lang));
    if (random() < 0.3) blocks.push(`Apply at <https://example.com/jobs/${s}> or [write to us](mailto:jobs@example.com).`);
    if (random() < 0.05) blocks.push('<details><summary>Visa</summary>We sponsor visas.<br>Ask us.</details>');
  }
  return blocks.join('\n\n') + '\n';
}

function yamlFrontMatter(i: number, lang: Lang): string {
  const lines = [`title: "${`${pick(LEVELS)} ${pick(ROLES)}`.trim()} ${i}"`];
  if (random() < 0.8) lines.push(`description: ${pick(TEXTS.en)}`);
  if (random() < 0.5) lines.push(`region: ${pick(PLACES)}`);
  else lines.push('location:', ...Array.from({ length: int(1, 3) }, () => `  - ${pick(PLACES)}`));
  if (random() < 0.4) lines.push(`remote: ${random() < 0.5}`);
  if (random() < 0.6) lines.push(`employment_type: ${pick(TYPES)}`);
  const pay = random();
  if (pay < 0.5) lines.push(`salary: "${pick(SALARIES)}"`);
  else if (pay < 0.75) lines.push('salary:', `  min: ${int(30, 90) * 1000}`, `  max: ${int(91, 180) * 1000}`, '  currency: EUR', '  unit: YEAR');
  lines.push(`contact: jobs${i % 17}@example.com`);
  if (random() < 0.5) lines.push(`apply_url: https://example.com/apply/${i}`);
  lines.push(`date: 2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`);
  const expiry = random();
  if (expiry < 0.02) lines.push('valid_through: 2020-01-01');
  else if (expiry < 0.3) lines.push('valid_through: 2099-12-31');
  if (random() < 0.02) lines.push('draft: true');
  if (random() < 0.5) lines.push(`tags: [${Array.from({ length: int(1, 4) }, () => pick(['rust', 'remote', 'ai', 'design', 'sql'])).join(', ')}]`);
  if (lang !== 'en') lines.push(`lang: ${lang}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function jsonFrontMatter(i: number, lang: Lang): string {
  const data = {
    title: `${pick(ROLES)} ${i}`,
    summary: pick(TEXTS.en),
    location: [pick(PLACES)],
    type: pick(TYPES),
    salary: pick(SALARIES),
    date_posted: `2025-${String(int(1, 12)).padStart(2, '0')}-15`,
    lang,
  };
  return `---json\n${JSON.stringify(data, null, 2)}\n---\n`;
}

/** `count` postings, one at a time, always the same ones for the same count (and a prefix of a larger count). */
function* postings(count: number): Generator<{ source: PostingSource; body: string }> {
  random = prng(SEED);
  for (let i = 0; i < count; i++) {
    const lang = pick(['en', 'en', 'en', 'en', 'de', 'ja', 'ar'] as const);
    const text = body(lang);
    const front = random() < 0.1 ? jsonFrontMatter(i, lang) : yamlFrontMatter(i, lang);
    const crlf = random() < 0.05;
    const full = (random() < 0.03 ? '\uFEFF' : '') + front + '\n' + text;
    const path = `postings/${pick(['', 'eng/', 'design/', 'ops/'])}job-${i}.md`;
    yield { source: { path, text: crlf ? full.replace(/\n/g, '\r\n') : full }, body: text };
  }
}

function generate(count: number): { sources: PostingSource[]; bodies: string[] } {
  const sources: PostingSource[] = [];
  const bodies: string[] = [];
  for (const { source, body } of postings(count)) {
    sources.push(source);
    bodies.push(body);
  }
  return { sources, bodies };
}

/** Writes `count` postings under `dir` without holding them all in memory; returns their bytes. */
function writePostings(dir: string, count: number): number {
  let bytes = 0;
  const made = new Set<string>();
  for (const { source } of postings(count)) {
    const file = join(dir, source.path);
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, source.text);
    bytes += Buffer.byteLength(source.text);
  }
  return bytes;
}

async function time(runs: number, fn: () => unknown): Promise<number> {
  await fn(); // warm up: JIT and caches (and worker threads), so the median measures the steady state
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Watch mode: one posting of 10,000 changes; re-parse it, assemble the feed, write it. Split,
 * the write is the changed job file, the index, and deleting the job file it replaces.
 */
async function measureRebuild(sources: PostingSource[], feedFile: string, split = false) {
  const builder = new FeedBuilder({ now: NOW, ...(split && { split: { folder: 'jobs' } }) });
  for (const source of sources) builder.set(source);
  let previous: SplitFeed | undefined;
  if (split) {
    const first = builder.build();
    if (!first.ok || !first.split) throw new Error('split build failed');
    await writeSplitFeed(feedFile, first.split);
    previous = first.split;
  }
  const runs: { set: number; build: number; write: number; total: number }[] = [];
  for (let r = 0; r < INCREMENTAL_RUNS; r++) {
    const target = sources[(r * 7919) % sources.length]!;
    const changed = { path: target.path, text: target.text.replace(/\n\n/, `\n\nEdited in run ${r}.\n\n`) };
    const t0 = performance.now();
    builder.set(changed);
    const t1 = performance.now();
    const result = builder.build();
    const t2 = performance.now();
    if (!result.ok) throw new Error('incremental build failed');
    if (split) {
      // As the CLI's watch mode does: the split written last tells which job files are on disk.
      const written = await writeSplitFeed(feedFile, result.split!, previous);
      previous = result.split;
      // Drafts and expired postings change nothing on disk; every other edit is one new file.
      if (written.written > 1 || written.removed > 1) throw new Error(`a split rebuild rewrote ${written.written} job files`);
    } else {
      await writeFileAtomic(feedFile, result.bytes);
    }
    const t3 = performance.now();
    runs.push({ set: t1 - t0, build: t2 - t1, write: t3 - t2, total: t3 - t0 });
  }
  const steady = runs.slice(1); // the first run still pays for JIT warm-up
  return {
    totalMs: median(steady.map((r) => r.total)),
    setMs: median(steady.map((r) => r.set)),
    buildMs: median(steady.map((r) => r.build)),
    writeMs: median(steady.map((r) => r.write)),
    feedBytes: (await stat(feedFile)).size,
  };
}

/** The split feed of the 10,000 postings: how small the index is, gzipped as hosts serve it. */
function measureIndex(sources: PostingSource[]) {
  const result = buildFeed(sources, { now: NOW, split: true });
  if (!result.ok || !result.split) throw new Error('split build failed');
  const index = result.split.bytes;
  const gzipped = gzipSync(index, { level: 9 }).length;
  const files = result.split.files;
  const fileBytes = files.reduce((n, file) => n + file.bytes.length, 0);
  return {
    jobs: result.stats.jobs,
    indexBytes: index.length,
    indexGzipBytes: gzipped,
    indexGzipBytesPerJob: gzipped / result.stats.jobs,
    feedGzipBytes: gzipSync(result.bytes, { level: 9 }).length,
    jobFileMeanBytes: fileBytes / files.length,
  };
}

/** The CLI end to end, once, in a fresh process: walk, read 10,000 files, build, write. */
async function measureCli(sources: PostingSource[], dir: string) {
  for (const source of sources) {
    const file = join(dir, source.path);
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(file, source.text);
  }
  const single = runCli(join(dir, 'postings'), join(dir, 'cli.json'));
  const split = runCli(join(dir, 'postings'), join(dir, 'split/jobs.json'), true);
  return { single, split };
}

const CLI = existsSync('dist/cli.js') ? ['dist/cli.js'] : ['--import', 'tsx', 'src/cli.ts'];
const TIME = '/usr/bin/time';

/**
 * One CLI run in a child process: wall time, and peak resident memory of the whole process
 * (main thread and parse workers) from `/usr/bin/time -v`, or else from the child's own
 * `process.resourceUsage()` as it exits.
 */
function runCli(postingsDir: string, out: string, split = false) {
  const args = [...CLI, 'build', postingsDir, '--out', out, ...(split ? ['--split'] : [])];
  const timed = existsSync(TIME);
  const report = `process.on('exit', () => process.stderr.write('maxRSS:' + process.resourceUsage().maxRSS + '\\n'))`;
  const [command, commandArgs] = timed
    ? [TIME, ['-v', process.execPath, ...args]]
    : [process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args]];
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`CLI failed (${run.status}):\n${run.stderr.slice(-4000)}`);
  const kb = Number((timed ? /Maximum resident set size \(kbytes\): (\d+)/ : /maxRSS:(\d+)/).exec(run.stderr)?.[1]);
  return { ms, peakRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : undefined, summary: run.stdout.trim() };
}

/** 100,000 postings through the CLI, as one feed and split. */
async function measureScale(dir: string) {
  const start = performance.now();
  const bytes = writePostings(dir, SCALE_COUNT);
  const writeMs = performance.now() - start;
  console.log(`${SCALE_COUNT} postings written (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${Math.round(writeMs)} ms; building them through the CLI…`);
  const single = runCli(join(dir, 'postings'), join(dir, 'out/jobs.json'));
  const feedBytes = (await stat(join(dir, 'out/jobs.json'))).size;
  await rm(join(dir, 'out'), { recursive: true });
  const split = runCli(join(dir, 'postings'), join(dir, 'split/jobs.json'), true);
  const index = await readFile(join(dir, 'split/jobs.json'));
  const files = readdirSync(join(dir, 'split/jobs')).length;
  return {
    postings: SCALE_COUNT,
    megabytes: Number((bytes / 1024 / 1024).toFixed(1)),
    single: { ms: round(single.ms), peakRssMb: single.peakRssMb, feedMegabytes: Number((feedBytes / 1024 / 1024).toFixed(1)), summary: single.summary },
    split: {
      ms: round(split.ms),
      peakRssMb: split.peakRssMb,
      jobFiles: files,
      indexMegabytes: Number((index.length / 1024 / 1024).toFixed(2)),
      indexGzipBytesPerJob: round(gzipSync(index, { level: 9 }).length / (files || 1)),
      summary: split.summary,
    },
  };
}

async function main(): Promise<void> {
  const { sources, bodies } = generate(COUNT);
  const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  console.log(`${COUNT} postings, ${(bytes / 1024 / 1024).toFixed(1)} MB, median of ${RUNS} runs\n`);

  let jobs = 0;
  let reference: Uint8Array | undefined;
  const check = (result: Awaited<ReturnType<typeof buildFeedInParallel>>): void => {
    if (!result.ok) throw new Error(`bench postings do not build:\n${result.errors.slice(0, 5).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
    jobs = result.stats.jobs;
    // The build is not done until the feed exists as the bytes the CLI writes.
    const bytes = result.bytes;
    if (reference === undefined) reference = bytes;
    else if (Buffer.compare(reference, bytes) !== 0) throw new Error('single-threaded and parallel builds differ');
  };
  const now = NOW;
  const buildMs = await time(RUNS, async () => check(await buildFeedInParallel(sources, { now })));
  const singleMs = await time(RUNS, () => check(buildFeed(sources, { now })));
  const markedMs = await time(RUNS, () => {
    const marked = new Marked({ gfm: true });
    for (const b of bodies) marked.parse(b);
  });
  const index = measureIndex(sources);

  const dir = await mkdtemp(join(tmpdir(), 'job-widgets-bench-'));
  let watch: Awaited<ReturnType<typeof measureRebuild>>;
  let splitWatch: Awaited<ReturnType<typeof measureRebuild>>;
  let cli: Awaited<ReturnType<typeof measureCli>>;
  try {
    watch = await measureRebuild(sources, join(dir, 'jobs.json'));
    splitWatch = await measureRebuild(sources, join(dir, 'watch-split/jobs.json'), true);
    cli = await measureCli(sources, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  let scale: Awaited<ReturnType<typeof measureScale>> | undefined;
  if (process.env.BENCH_SCALE !== '0') {
    const scaleDir = await mkdtemp(join(tmpdir(), 'job-widgets-bench-scale-'));
    try {
      scale = await measureScale(scaleDir);
    } finally {
      await rm(scaleDir, { recursive: true, force: true });
    }
  }

  const figures = {
    postings: COUNT,
    megabytes: Number((bytes / 1024 / 1024).toFixed(2)),
    jobs,
    buildMs: round(buildMs),
    buildPostingsPerSecond: Math.round(COUNT / (buildMs / 1000)),
    singleThreadMs: round(singleMs),
    singleThreadRatio: Number((singleMs / markedMs).toFixed(2)),
    markedMs: round(markedMs),
    markedPostingsPerSecond: Math.round(COUNT / (markedMs / 1000)),
    ratio: Number((buildMs / markedMs).toFixed(2)),
    cliMs: round(cli.single.ms),
    cliPeakRssMb: cli.single.peakRssMb,
    cliSummary: cli.single.summary,
    cliSplitMs: round(cli.split.ms),
    cliSplitSummary: cli.split.summary,
    incrementalMs: round(watch.totalMs),
    incrementalParts: { setMs: round(watch.setMs), buildMs: round(watch.buildMs), writeMs: round(watch.writeMs) },
    splitIncrementalMs: round(splitWatch.totalMs),
    splitIncrementalParts: { setMs: round(splitWatch.setMs), buildMs: round(splitWatch.buildMs), writeMs: round(splitWatch.writeMs) },
    feedMegabytes: Number((watch.feedBytes / 1024 / 1024).toFixed(2)),
    splitIndex: {
      bytes: index.indexBytes,
      gzipBytes: index.indexGzipBytes,
      gzipBytesPerJob: round(index.indexGzipBytesPerJob),
      feedGzipBytes: index.feedGzipBytes,
      jobFileMeanBytes: Math.round(index.jobFileMeanBytes),
    },
    scale: scale ?? null,
    node: process.version,
    targets: { ratio: 1.5, buildMs: 5000, incrementalMs: 100, indexGzipBytesPerJob: 250 },
  };
  const ok = (pass: boolean): string => (pass ? 'ok' : 'MISSED');
  const rate = (n: number, ms: number): number => Math.round(n / (ms / 1000));
  const rows: Record<string, { ms: number | string; 'postings/s': number | string; 'peak RSS MB': number | string; target: string; result: string }> = {
    'full build (all cores)': { ms: figures.buildMs, 'postings/s': figures.buildPostingsPerSecond, 'peak RSS MB': '', target: '< 5000 ms', result: ok(buildMs < 5000) },
    'marked alone (1 core)': { ms: figures.markedMs, 'postings/s': figures.markedPostingsPerSecond, 'peak RSS MB': '', target: '', result: '' },
    'ratio build/marked': { ms: figures.ratio, 'postings/s': '', 'peak RSS MB': '', target: '≤ 1.5×', result: ok(figures.ratio <= 1.5) },
    'full build (1 core)': { ms: figures.singleThreadMs, 'postings/s': rate(COUNT, singleMs), 'peak RSS MB': '', target: '', result: '' },
    'ratio 1 core/marked': { ms: figures.singleThreadRatio, 'postings/s': '', 'peak RSS MB': '', target: '', result: '' },
    'CLI end to end (once)': { ms: figures.cliMs, 'postings/s': rate(COUNT, cli.single.ms), 'peak RSS MB': cli.single.peakRssMb ?? '?', target: '', result: '' },
    'CLI --split (once)': { ms: figures.cliSplitMs, 'postings/s': rate(COUNT, cli.split.ms), 'peak RSS MB': cli.split.peakRssMb ?? '?', target: '', result: '' },
    'watch rebuild (1 of 10,000)': { ms: figures.incrementalMs, 'postings/s': '', 'peak RSS MB': '', target: '< 100 ms', result: ok(watch.totalMs < 100) },
    'watch rebuild --split (1 of 10,000)': { ms: figures.splitIncrementalMs, 'postings/s': '', 'peak RSS MB': '', target: '< 100 ms', result: ok(splitWatch.totalMs < 100) },
  };
  if (scale) {
    rows['CLI, 100,000 postings'] = { ms: scale.single.ms, 'postings/s': rate(SCALE_COUNT, scale.single.ms), 'peak RSS MB': scale.single.peakRssMb ?? '?', target: 'no OOM', result: 'ok' };
    rows['CLI --split, 100,000 postings'] = { ms: scale.split.ms, 'postings/s': rate(SCALE_COUNT, scale.split.ms), 'peak RSS MB': scale.split.peakRssMb ?? '?', target: 'no OOM', result: 'ok' };
  }
  console.table(rows);
  const parts = figures.incrementalParts;
  const splitParts = figures.splitIncrementalParts;
  console.log(`watch rebuild, medians: re-parse ${parts.setMs} ms, assemble ${parts.buildMs} ms, write ${figures.feedMegabytes} MB ${parts.writeMs} ms`);
  console.log(`watch rebuild --split, medians: re-parse ${splitParts.setMs} ms, assemble ${splitParts.buildMs} ms, write job file + index ${splitParts.writeMs} ms`);
  const perJob = figures.splitIndex.gzipBytesPerJob;
  console.log(
    `split index: ${(index.indexBytes / 1024 / 1024).toFixed(2)} MB, ${(index.indexGzipBytes / 1024).toFixed(0)} KiB gzip -9 = ` +
      `${perJob} B/job (target ≤ 250: ${ok(perJob <= 250)}); whole feed gzipped ${(index.feedGzipBytes / 1024 / 1024).toFixed(1)} MB; ` +
      `a job file averages ${figures.splitIndex.jobFileMeanBytes} B`,
  );
  console.log(`CLI: ${figures.cliSummary}`);
  console.log(`CLI --split: ${figures.cliSplitSummary}`);
  if (scale) {
    console.log(`100,000 postings (${scale.megabytes} MB): ${scale.single.summary}; feed ${scale.single.feedMegabytes} MB`);
    console.log(`100,000 postings --split: ${scale.split.summary}; index ${scale.split.indexMegabytes} MB, ${scale.split.indexGzipBytesPerJob} B/job gzipped`);
  } else {
    console.log('100,000 postings: skipped (BENCH_SCALE=0)');
  }
  await mkdir('.bench', { recursive: true });
  await writeFile('.bench/build.json', JSON.stringify(figures, null, 2) + '\n');
  console.log('\nFigures written to .bench/build.json');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

await main();
