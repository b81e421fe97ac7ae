/**
 * Builds the XSS corpus with the real build (Node-only: gray-matter, marked) before the browser
 * tests run, and writes two feeds for them to fetch:
 * - `corpus-feed.json`: every vector as a posting, through `buildFeed`;
 * - `raw-feed.json`: every vector as a job of a feed that skipped the build.
 * A posting whose front matter the build refuses (control characters in a title are refused)
 * is built again with the vector in its body only, so every vector reaches the browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFeed, parsePosting, type PostingSource } from '../../src/build/index.js';
import { FEED_VERSION } from '../../src/feed/types.js';
import { postingText, rawJobs } from './corpus.js';
import { XSS_VECTORS, vectorId } from './xss-vectors.js';

const out = fileURLToPath(new URL('./.generated/', import.meta.url));
const now = new Date('2026-03-10T12:00:00.000Z');

const sources: PostingSource[] = XSS_VECTORS.map((vector, index) => {
  const path = `postings/${vectorId(index)}.md`;
  const full = postingText(vector, index);
  if (parsePosting(full, path, { now }).status === 'ok') return { path, text: full };
  return { path, text: postingText(vector, index, false) };
});

const result = buildFeed(sources, { now });
if (!result.ok) {
  for (const error of result.errors) console.error(`${error.file}:${error.line}: ${error.message}`);
  throw new Error('the XSS corpus did not build');
}
mkdirSync(out, { recursive: true });
writeFileSync(`${out}corpus-feed.json`, result.json);
writeFileSync(`${out}raw-feed.json`, JSON.stringify({ version: FEED_VERSION, generated: now.toISOString(), jobs: rawJobs() }));
