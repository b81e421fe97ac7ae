// Issue 13, point 6, in the build's pure parts: dates in the first century, the split folder of
// an index name, and job pages that a link would lead out of their folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobPageRenderer, parsePosting } from '../../src/build/index.js';
import { parseDate } from '../../src/build/dates.js';
import { PagesConflictError, writeJobPages } from '../../src/build/write-pages.js';
import { splitFolderFor } from '../../src/build/write-split.js';
import { isIsoDate } from '../../src/feed/validity.js';
import type { Job } from '../../src/feed/types.js';
import { tempDir } from './helpers/temp-dir.js';

test('date-times in years 0001 to 0099 keep their year', () => {
  assert.equal(parseDate('0050-06-01T12:00:00Z'), '0050-06-01T12:00:00.000Z');
  assert.equal(parseDate('0001-01-01 00:30:00 +0100'), '0000-12-31T23:30:00.000Z');
  assert.equal(parseDate('0099-12-31T23:59:59.5-01:00'), '0100-01-01T00:59:59.500Z');
  assert.equal(parseDate('0004-02-29T00:00:00Z'), '0004-02-29T00:00:00.000Z', 'year 4 is a leap year');
  assert.equal(parseDate('0100-02-29T00:00:00Z'), undefined, 'year 100 is not');
  assert.equal(parseDate('0000-02-29'), '0000-02-29', 'year 0 is');
  assert.equal(parseDate('0000-01-01T00:00:00+01:00'), undefined, 'before year 0 has no four-digit form');
  assert.equal(parsePosting('---\ntitle: X\ndate: 0050-06-01T12:00:00Z\n---\n', 'x.md').job?.datePosted, '0050-06-01T12:00:00.000Z');
});

test('a feed date is a real date in the ISO 8601 forms the build writes, not whatever Date.parse takes', () => {
  for (const valid of ['2026-03-01', '2026-03-01T09:30:00.000Z', '2026-03-01T09:30:00Z', '2026-03-01T09:30+01:00', '0050-06-01T12:00:00.000Z', '2024-02-29']) {
    assert.equal(isIsoDate(valid), true, valid);
  }
  for (const invalid of ['1', '2001', '2026', '2026-3-1', '2026-02-30', '2025-02-29', '2026-13-01', '2026-03-01T25:00:00Z', '2026-03-01T09:60Z', '2026-03-01T09:30+24:00', '2026-03-01T09:30:00', ' 2026-03-01', 'March 1, 2026', 'Sun, 01 Mar 2026 00:00:00 GMT', 1, null]) {
    assert.equal(isIsoDate(invalid), false, String(invalid));
  }
});

test("a split index is named so that its job files' folder is a folder of its own", () => {
  assert.equal(splitFolderFor('public/jobs.json'), 'jobs');
  assert.equal(splitFolderFor('public/.jobs.json'), '.jobs');
  for (const name of ['public/...json', 'public/..json', 'public/.json', 'public/jobs']) {
    assert.throws(() => splitFolderFor(name), TypeError, name);
  }
});

const job = (id: string): Job => ({ id, title: `Job ${id}`, html: '<p>x</p>', datePosted: '2026-05-01' });

test('a link in the pages folder named like a job is never followed: nothing is written or removed outside', async () => {
  const tmp = tempDir();
  try {
    const renderer = await JobPageRenderer.create({ baseUrl: 'https://example.com/jobs/' });
    const pages = join(tmp.path, 'pages');
    const outside = join(tmp.path, 'outside');
    mkdirSync(pages);
    mkdirSync(outside);
    symlinkSync(outside, join(pages, 'backend'));
    await assert.rejects(writeJobPages(pages, renderer.files([job('backend'), job('designer')])), (error: Error) => {
      assert.ok(error instanceof PagesConflictError);
      assert.match(error.message, /backend is a symbolic link, not a folder/);
      return true;
    });
    assert.deepEqual(readdirSync(outside), [], 'nothing written through the link');
    assert.deepEqual(readdirSync(pages), ['backend'], 'and nothing else written');

    // A page the tool wrote, whose folder is then replaced by a link: the link is not followed to delete.
    const other = join(tmp.path, 'other');
    await writeJobPages(other, renderer.files([job('backend'), job('designer')]));
    writeFileSync(join(outside, 'index.html'), 'not ours');
    renameSync(join(other, 'designer'), join(tmp.path, 'designer'));
    symlinkSync(outside, join(other, 'designer'));
    const result = await writeJobPages(other, renderer.files([job('backend')]));
    assert.equal(result.removed, 0);
    assert.equal(readFileSync(join(outside, 'index.html'), 'utf8'), 'not ours');
  } finally {
    tmp.remove();
  }
});
