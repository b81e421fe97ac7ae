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
import type { ParseRequest, ParseResponse } from './parse-worker.js';
import type { BuildOptions, BuildResult, PostingSource } from './types.js';

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
  const workerCount = Math.min(threads, Math.floor(sources.length / (PARALLEL_THRESHOLD / 2)));
  if (sources.length < PARALLEL_THRESHOLD || workerCount < 2) {
    const entries = sources.map((source) => parseEntry(source, options));
    onProgress?.(sources.length, sources.length);
    return entries;
  }
  // One contiguous share per worker, sent in one message and answered in one: measured here,
  // many small round trips cost more in cloning and garbage collection than they balance.
  const workers = pool(workerCount);
  const share = Math.ceil(sources.length / workerCount);
  const progress = new Array<number>(workerCount).fill(0);
  const shares = await Promise.all(
    workers.map((worker, w) =>
      worker.parse({ sources: sources.slice(w * share, (w + 1) * share), options }, (done) => {
        progress[w] = done;
        onProgress?.(progress.reduce((a, b) => a + b, 0), sources.length);
      }),
    ),
  );
  return shares.flat();
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

/** One worker thread, answering one request at a time, in order. */
class ParseWorker {
  alive = true;
  readonly #worker: Worker;
  readonly #queue: { resolve: (entries: ParsedPosting[]) => void; reject: (error: Error) => void; onProgress: (done: number) => void }[] = [];

  constructor() {
    this.#worker = startWorker();
    this.#worker.unref();
    this.#worker.on('message', (message: ParseResponse) => {
      const request = this.#queue[0];
      if (!request) return;
      if ('done' in message) return request.onProgress(message.done);
      this.#queue.shift();
      if (this.#queue.length === 0) this.#worker.unref();
      request.onProgress(message.entries.length);
      request.resolve(message.entries);
    });
    const fail = (error: Error) => {
      this.alive = false;
      for (const request of this.#queue.splice(0)) request.reject(error);
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`a parse worker stopped (exit code ${code})`)));
  }

  parse(request: ParseRequest, onProgress: (done: number) => void): Promise<ParsedPosting[]> {
    return new Promise((resolve, reject) => {
      // Referenced while it has work, so the process waits for the answer.
      this.#worker.ref();
      this.#queue.push({ resolve, reject, onProgress });
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
