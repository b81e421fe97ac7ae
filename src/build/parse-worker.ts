/**
 * A worker thread for `parallel.ts`: reads (when given paths) and parses postings into feed
 * entries, answering in batches so that neither side ever holds a whole share's results twice.
 */
import { parentPort } from 'node:worker_threads';
import { parseEntry, type ParsedPosting } from './feed-builder.js';
import { readPosting } from './fs.js';
import type { BuildOptions, Diagnostic, PostingSource } from './types.js';

/** Postings to parse: their text, or the files to read them from (so their text never crosses threads). */
export type ParseRequest = { options: BuildOptions } & ({ sources: PostingSource[] } | { files: string[] });

/** One batch of answers, in the order of the request; the request is done with `last`. */
export interface ParseResponse {
  entries: ParsedPosting[];
  /** Files that could not be read as postings (too large, not UTF-8, gone). */
  unreadable: Diagnostic[];
  last: boolean;
}

/** Postings per batch: small enough to keep memory flat, large enough that messages cost little. */
const BATCH = 250;

parentPort!.on('message', (request: ParseRequest) => {
  const items: readonly (PostingSource | string)[] = 'files' in request ? request.files : request.sources;
  let entries: ParsedPosting[] = [];
  let unreadable: Diagnostic[] = [];
  let buffers: ArrayBuffer[] = [];
  const send = (last: boolean): void => {
    // The JSON bytes move to the other thread instead of being copied.
    parentPort!.postMessage({ entries, unreadable, last } satisfies ParseResponse, buffers);
    entries = [];
    unreadable = [];
    buffers = [];
  };
  items.forEach((item, i) => {
    let source: PostingSource | undefined = typeof item === 'string' ? undefined : item;
    if (typeof item === 'string') {
      const read = readPosting(item);
      if (read.error) unreadable.push(read.error);
      else source = read.source;
    }
    if (source) {
      const entry = parseEntry(source, request.options);
      entries.push(entry);
      if (entry.json) buffers.push(entry.json.buffer as ArrayBuffer);
    }
    if ((i + 1) % BATCH === 0 && i + 1 < items.length) send(false);
  });
  send(true);
});
