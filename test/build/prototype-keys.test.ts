// Issue 13, point 5: a posting's text is never a key that finds something on Object.prototype.
// Every lookup of the build (and of the pure modules the elements share with it) that a
// posting's or feed's text indexes gets every name Object.prototype has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, JobPageRenderer, parsePosting } from '../../src/build/index.js';
import { htmlText } from '../../src/build/job-pages.js';
import { parseSalaryText, parseSalaryUnit } from '../../src/build/salary.js';
import { PagesConflictError, writeJobPages } from '../../src/build/write-pages.js';
import { filterRawHtml } from '../../src/build/html-filter.js';
import { decodeCharacterReferences, safeUrl } from '../../src/sanitize/url.js';
import { jobPostingLd } from '../../src/seo/job-posting.js';
import { readLocation } from '../../src/seo/places.js';
import type { Job } from '../../src/feed/types.js';
import { tempDir } from './helpers/temp-dir.js';

const NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];
const ORG = { name: 'Kestrelmoor' };
const BASE = 'https://example.com/jobs/';
const job = (fields: Partial<Job> = {}): Job => ({ id: 'job', title: 'Engineer', html: '<p>x</p>', datePosted: '2026-05-01', ...fields });

test('the names tested are all of Object.prototype', () => {
  assert.ok(NAMES.length >= 12);
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) assert.ok(NAMES.includes(name));
});

test('character references: &name; is no reference, in text, attributes and URLs', () => {
  for (const name of NAMES) {
    const reference = `&${name};`;
    assert.equal(decodeCharacterReferences(reference), reference, name);
    assert.equal(decodeCharacterReferences(`&${name}`), `&${name}`, name);
    assert.equal(htmlText(`<p>A ${reference} B</p>`), `A ${reference} B`, name);
    assert.equal(safeUrl(`https://example.com/?a${reference}`), `https://example.com/?a${reference}`, name);
    assert.match(filterRawHtml(`<a href="/x${reference}" title="${reference}">t</a>`, { minHeadingLevel: 3 }), new RegExp(`title="&amp;${name.replace(/\W/g, '\\$&')};"`), name);
  }
});

test('locations: a remote job in "Remote (name)" or a place named like a key is read without throwing', () => {
  for (const name of NAMES) {
    for (const location of [name, `Remote (${name})`, `Berlin, ${name}`, `${name}, ${name}, ${name}`, `${name} (remote)`]) {
      const read = readLocation(location, 'en');
      assert.equal(read.address?.country, undefined, `${location} names no country`);
    }
    const ld = jobPostingLd(job({ locations: [`Remote (${name})`, name, `Berlin, ${name}`], remote: true }), { organization: ORG });
    assert.ok(ld === undefined || typeof ld === 'object', name);
  }
});

test('job pages and the JSON-LD of postings with those names build, and say nothing from Object.prototype', async () => {
  const sources = NAMES.map((name, i) => ({
    path: `p/${i}.md`,
    text: `---\ntitle: "A &${name}; role"\nid: job-${i}\nlocation: ["Remote (${name})", "${name}"]\nremote: true\ndate: 2026-05-01\n---\nAbout &${name}; and [${name}][${name}].\n`,
  }));
  const result = buildFeed(sources, { organization: ORG });
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  const renderer = await JobPageRenderer.create({ baseUrl: BASE, organization: ORG });
  for (const built of result.jobs) {
    const page = await renderer.render(built);
    assert.doesNotMatch(page.html, /native code|\[object Object\]|function Object/, built.id);
  }
});

test('front matter values named like keys: units, employment types, currencies, languages and directions', () => {
  for (const name of NAMES) {
    assert.equal(parseSalaryUnit(name), undefined, name);
    const salary = parseSalaryText(`100 ${name}`);
    assert.deepEqual(Object.keys(salary).filter((key) => key !== 'text'), [], name);
    for (const front of [
      `salary: {min: 1, max: 2, unit: "${name}"}`,
      `salary: {min: 1, max: 2, period: "${name}"}`,
      `employment_type: "${name}"`,
      `employment_type: ["full-time", "${name}"]`,
      `dir: "${name}"`,
    ]) {
      const read = parsePosting(`---\ntitle: X\n${front}\n---\n`, 'x.md');
      assert.equal(read.status, 'invalid', `${front}: ${JSON.stringify(read.job)}`);
    }
    const keyed = parsePosting(`---json\n{"title": "X", "${name}": 1, "salary": {"text": "${name} 5"}}\n---\n`, 'y.md');
    assert.equal(keyed.status, 'ok', name);
    assert.deepEqual(keyed.job!.salary, { text: `${name} 5` }, name);
    assert.equal(keyed.warnings[0]?.message, `unknown key "${name}" is ignored`, name);
  }
  // And the feed stays valid JSON: a unit read from Object.prototype used to be written as `undefined`.
  const feed = buildFeed([{ path: 'x.md', text: '---\ntitle: X\nsalary: {min: 1, unit: constructor}\n---\n' }]);
  assert.equal(feed.ok, false);
});

test('a job called "constructor" never takes over a page that the pages folder already had', async () => {
  const tmp = tempDir();
  try {
    const dir = join(tmp.path, 'pages');
    mkdirSync(join(dir, 'constructor'), { recursive: true });
    writeFileSync(join(dir, 'constructor/index.html'), 'the site’s own page');
    const renderer = await JobPageRenderer.create({ baseUrl: BASE, organization: ORG });
    await assert.rejects(writeJobPages(dir, renderer.files([job({ id: 'constructor' })])), PagesConflictError);
    assert.equal(readFileSync(join(dir, 'constructor/index.html'), 'utf8'), 'the site’s own page');
    // Written by us, it is ours to rewrite and, once the job is gone, to remove.
    const other = join(tmp.path, 'other');
    await writeJobPages(other, renderer.files([job({ id: 'constructor' })]));
    await writeJobPages(other, renderer.files([job({ id: 'constructor', title: 'Changed' })]));
    assert.match(readFileSync(join(other, 'constructor/index.html'), 'utf8'), /Changed/);
    const result = await writeJobPages(other, renderer.files([job({ id: 'other' })]));
    assert.equal(result.removed, 1);
    assert.equal(existsSync(join(other, 'constructor/index.html')), false);
  } finally {
    tmp.remove();
  }
});
