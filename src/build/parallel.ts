/**
 * Parsing many postings on every core. Parsing is pure and each posting is independent, so a
 * large build splits the postings between worker threads and joins the results; the feed is
 * byte for byte the one a single-threaded build gives. Small builds stay on the calling thread,
 * where starting workers would cost more than it saves.
 *
 * The workers are kept for the life of the process (unreferenced while idle, so they never keep
 * it running): a warm worker parses several times faster than a new one, which matters for
 * watch mode, the Vite plugin and repeated builds.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FeedBuilder, parseEntry, type ParsedPosting } from './feed-builder.js';
import { readPostingFiles } from './fs.js';
import type { ParseRequest, ParseResponse } from './parse-worker.js';
import type { BuildOptions, BuildResult, Diagnostic, PostingSource } from './types.js';

/** Below this many postings one thread is faster than handing them to workers. */
export const PARALLEL_THRESHOLD = 400;

export interface ParallelOptions {
  /** Worker threads to use; defaults to the number of cores. */
  threads?: number;
  /** Called as postings are parsed, with the number parsed so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Parses postings into feed entries, on worker threads when there are many. */
export async function parseEntries(
  sources: readonly PostingSource[],
  options: BuildOptions,
  { threads = availableParallelism(), onProgress }: ParallelOptions = {},
): Promise<ParsedPosting[]> {
  const workerCount = workersFor(sources.length, threads);
  if (workerCount < 2) {
    const entries = sources.map((source) => parseEntry(source, options));
    onProgress?.(sources.length, sources.length);
    return entries;
  }
  const requests = sharesOf(sources, workerCount).map((part) => ({ sources: part, options }));
  return (await onWorkers(requests, sources.length, onProgress)).entries;
}

/** Postings read from files and parsed, with a diagnostic for each file that could not be read. */
export interface ParsedFiles {
  entries: ParsedPosting[];
  unreadable: Diagnostic[];
}

/**
 * Reads and parses posting files, in their order. With many files the worker threads read them
 * too: the texts then never cross threads or sit in this one, which keeps a build of 100,000
 * postings to about one copy of the feed in memory.
 */
export async function parseFiles(
  files: readonly string[],
  options: BuildOptions,
  { threads = availableParallelism(), onProgress }: ParallelOptions = {},
): Promise<ParsedFiles> {
  const workerCount = workersFor(files.length, threads);
  if (workerCount < 2) {
    const read = readPostingFiles([...files]);
    const entries = read.sources.map((source) => parseEntry(source, options));
    onProgress?.(files.length, files.length);
    return { entries, unreadable: read.errors };
  }
  return onWorkers(sharesOf(files, workerCount).map((part) => ({ files: part, options })), files.length, onProgress);
}

// `items` in `count` contiguous shares, in order.
function sharesOf<T>(items: readonly T[], count: number): T[][] {
  const share = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, w) => items.slice(w * share, (w + 1) * share));
}

function workersFor(count: number, threads: number): number {
  return count < PARALLEL_THRESHOLD ? 1 : Math.min(threads, Math.floor(count / (PARALLEL_THRESHOLD / 2)));
}

// One contiguous share per worker, sent in one message and answered in batches: measured here,
// many small requests cost more in cloning and garbage collection than they balance.
async function onWorkers(requests: ParseRequest[], total: number, onProgress: ParallelOptions['onProgress']): Promise<ParsedFiles> {
  const workers = pool(requests.length);
  const progress = new Array<number>(requests.length).fill(0);
  const answers = await Promise.all(
    workers.map((worker, w) =>
      worker.parse(requests[w]!, (done) => {
        progress[w] = done;
        onProgress?.(progress.reduce((a, b) => a + b, 0), total);
      }),
    ),
  );
  return { entries: answers.flatMap((a) => a.entries), unreadable: answers.flatMap((a) => a.unreadable) };
}

/** `buildFeed` on every core: the same feed, sooner, for large folders of postings. */
export async function buildFeedInParallel(
  sources: readonly PostingSource[],
  options: BuildOptions = {},
  parallel?: ParallelOptions,
): Promise<BuildResult> {
  const builder = new FeedBuilder(options);
  for (const entry of await parseEntries(sources, options, parallel)) builder.setParsed(entry);
  return builder.build();
}

let workers: ParseWorker[] = [];

function pool(size: number): ParseWorker[] {
  workers = workers.filter((worker) => worker.alive);
  while (workers.length < size) workers.push(new ParseWorker());
  return workers.slice(0, size);
}

interface Pending {
  resolve: (answer: ParsedFiles) => void;
  reject: (error: Error) => void;
  onProgress: (done: number) => void;
  answer: ParsedFiles;
}

/** One worker thread, answering one request at a time, in order. */
class ParseWorker {
  alive = true;
  readonly #worker: Worker;
  readonly #queue: Pending[] = [];

  constructor() {
    this.#worker = startWorker();
    this.#worker.unref();
    this.#worker.on('message', (message: ParseResponse) => {
      const request = this.#queue[0];
      if (!request) return;
      const { answer } = request;
      for (const entry of message.entries) answer.entries.push(entry);
      for (const problem of message.unreadable) answer.unreadable.push(problem);
      request.onProgress(answer.entries.length + answer.unreadable.length);
      if (!message.last) return;
      this.#queue.shift();
      if (this.#queue.length === 0) this.#worker.unref();
      request.resolve(answer);
    });
    const fail = (error: Error) => {
      this.alive = false;
      for (const request of this.#queue.splice(0)) request.reject(error);
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`a parse worker stopped (exit code ${code})`)));
  }

  parse(request: ParseRequest, onProgress: (done: number) => void): Promise<ParsedFiles> {
    return new Promise((resolve, reject) => {
      // Referenced while it has work, so the process waits for the answer.
      this.#worker.ref();
      this.#queue.push({ resolve, reject, onProgress, answer: { entries: [], unreadable: [] } });
      this.#worker.postMessage(request);
    });
  }
}

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  if (!fromSources) return new Worker(new URL('./parse-worker.js', import.meta.url));
  // Run from TypeScript sources (tests, the benchmark under tsx), the worker is TypeScript too
  // and registers the same loader before loading itself.
  const entry = JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`, { eval: true });
}
