// A large build on worker threads gives byte for byte the feed a single-threaded build gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, MAX_POSTING_BYTES, type PostingSource } from '../../src/build/index.js';
import { buildFeedInParallel, parseEntries, parseFiles, PARALLEL_THRESHOLD } from '../../src/build/parallel.js';
import { tempDir } from './helpers/temp-dir.js';

const seed = readFileSync('demo/postings/senior-rust-engineer.md', 'utf8');
const now = new Date('2026-06-01T00:00:00Z');
const sources: PostingSource[] = Array.from({ length: 1_000 }, (_, i) => ({
  path: `postings/${String(i).padStart(4, '0')}.md`,
  text:
    i % 97 === 0
      ? `---\ntitle: {broken: ${i}}\n---\n` // some invalid postings, reported the same way
      : seed.replace('title: Senior Rust Engineer', `title: Engineer ${i}\ndate: 2026-0${1 + (i % 9)}-1${i % 10}`),
}));

test('workers and one thread build the same bytes and the same problems', async () => {
  const valid = sources.filter((_, i) => i % 97 !== 0);
  const single = buildFeed(valid, { now });
  const parallel = await buildFeedInParallel(valid, { now }, { threads: 2 });
  assert.equal(parallel.ok, true);
  assert.equal(parallel.stats.jobs, valid.length);
  assert.ok(Buffer.compare(Buffer.from(parallel.bytes!), Buffer.from(single.bytes!)) === 0, 'identical feeds');

  const failing = await buildFeedInParallel(sources, { now }, { threads: 2 });
  assert.equal(failing.ok, false);
  assert.deepEqual(failing.errors, buildFeed(sources, { now }).errors);
});

test('progress is reported up to the total, and small sets stay on this thread', async () => {
  const seen: number[] = [];
  await parseEntries(sources, { now }, { threads: 2, onProgress: (done, total) => seen.push(done / total) });
  assert.equal(seen.at(-1), 1);
  const few = await parseEntries(sources.slice(0, PARALLEL_THRESHOLD - 1), { now }, { threads: 2 });
  assert.equal(few.length, PARALLEL_THRESHOLD - 1);
});

test('workers read the files themselves, and report unreadable ones as one thread does', async () => {
  const tmp = tempDir();
  try {
    const files: Record<string, string> = {};
    sources.slice(0, 500).forEach((source) => (files[source.path] = source.text));
    tmp.write(files);
    tmp.write({ 'postings/huge.md': `---\ntitle: Huge\n---\n${'x'.repeat(MAX_POSTING_BYTES)}` });
    const paths = [...Object.keys(files), 'postings/huge.md', 'postings/missing.md'].map((path) => join(tmp.path, path));
    const one = await parseFiles(paths, { now }, { threads: 1 });
    const two = await parseFiles(paths, { now }, { threads: 2 });
    assert.equal(two.entries.length, 500);
    assert.deepEqual(two.entries, one.entries);
    assert.deepEqual(two.unreadable.map((d) => d.message.replace(/:.*/, '')), ['posting is 1.0 MB, over the 1 MB limit, so it was not read', 'cannot read posting']);
    assert.deepEqual(two.unreadable, one.unreadable);
  } finally {
    tmp.remove();
  }
});
