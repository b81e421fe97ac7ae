/** A worker thread for `parallel.ts`: parses batches of postings into feed entries. */
import { parentPort } from 'node:worker_threads';
import { parseEntry, type ParsedPosting } from './feed-builder.js';
import type { BuildOptions, PostingSource } from './types.js';

export interface ParseRequest {
  sources: PostingSource[];
  options: BuildOptions;
}

/** Progress while parsing, then the entries in the order of the request's sources. */
export type ParseResponse = { done: number } | { entries: ParsedPosting[] };

const PROGRESS_EVERY = 500;

parentPort!.on('message', ({ sources, options }: ParseRequest) => {
  const entries = sources.map((source, i) => {
    if (i > 0 && i % PROGRESS_EVERY === 0) parentPort!.postMessage({ done: i } satisfies ParseResponse);
    return parseEntry(source, options);
  });
  parentPort!.postMessage({ entries } satisfies ParseResponse);
});
