// The fields a site's design reads: `featured` (first in the feed, only when true) and
// `remote: hybrid`, from front matter to the feed and its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildFeed, parsePosting, type PostingSource } from '../../src/build/index.js';
import { jobPostingLd } from '../../src/seo/job-posting.js';

const schema = JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const now = new Date('2026-06-01T00:00:00Z');
const posting = (path: string, frontMatter: string): PostingSource => ({ path, text: `---\n${frontMatter}\n---\nBody` });
const jobOf = (frontMatter: string) => parsePosting(`---\ntitle: Backend\n${frontMatter}\n---\nBody`, 'p/backend.md');

test('featured: true is written; false, no, or nothing leave the field out', () => {
  assert.equal(jobOf('featured: true').job?.featured, true);
  assert.equal(jobOf('featured: yes').job?.featured, true);
  for (const front of ['featured: false', 'featured: no', '']) {
    const { job, errors } = jobOf(front);
    assert.deepEqual(errors, [], front);
    assert.ok(job && !('featured' in job), front);
  }
  assert.match(jobOf('featured: very').errors[0]!.message, /"featured" must be true or false/);
});

test('featured jobs come first in the feed, newest first among them, and the rest newest first', () => {
  const result = buildFeed(
    [
      posting('p/new.md', 'title: Newest\ndate: 2026-05-20'),
      posting('p/old-featured.md', 'title: Old featured\ndate: 2026-01-02\nfeatured: true'),
      posting('p/mid.md', 'title: Middle\ndate: 2026-03-01'),
      posting('p/new-featured.md', 'title: New featured\ndate: 2026-04-02\nfeatured: true'),
      posting('p/undated.md', 'title: Undated'),
    ],
    { now },
  );
  assert.ok(result.ok);
  const feed = JSON.parse(result.json) as { jobs: { title: string; featured?: boolean }[] };
  assert.ok(validate(feed), JSON.stringify(validate.errors));
  assert.deepEqual(
    feed.jobs.map((job) => [job.title, job.featured ?? false]),
    [['New featured', true], ['Old featured', true], ['Newest', false], ['Middle', false], ['Undated', false]],
  );
});

test('the schema takes featured only as a boolean', () => {
  const feed = (featured: unknown) => ({ version: 1, generated: now.toISOString(), jobs: [{ id: 'a', title: 'A', html: '', featured }] });
  assert.ok(validate(feed(true)));
  assert.ok(!validate(feed('yes')));
});

test('remote: hybrid is a third value, in any case; a wrong value says the three', () => {
  assert.equal(jobOf('remote: hybrid').job?.remote, 'hybrid');
  assert.equal(jobOf('remote: " Hybrid "').job?.remote, 'hybrid');
  assert.equal(jobOf('remote: yes').job?.remote, true);
  assert.equal(jobOf('remote: false').job?.remote, false);
  const [error] = jobOf('remote: sometimes').errors;
  assert.match(error!.message, /"remote" must be true, false or hybrid, not/);
  assert.match(error!.hint ?? '', /remote: hybrid/);
  const feed = (remote: unknown) => ({ version: 1, generated: now.toISOString(), jobs: [{ id: 'a', title: 'A', html: '', remote }] });
  assert.ok(validate(feed('hybrid')));
  assert.ok(!validate(feed('Hybrid')));
});

test("JSON-LD: a hybrid job is its offices, without TELECOMMUTE (Google's is for jobs remote all the time)", () => {
  const base = { id: 'a', title: 'Backend', summary: 'Build the API.', html: '<p>Build.</p>', datePosted: '2026-05-01', locations: ['Berlin, Germany', 'Remote (Germany)'] };
  const options = { organization: { name: 'Kestrelmoor' }, now };
  const hybrid = jobPostingLd({ ...base, remote: 'hybrid' }, options)!;
  assert.deepEqual(hybrid.jobLocation, { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } });
  assert.equal(hybrid.jobLocationType, undefined);
  assert.equal(hybrid.applicantLocationRequirements, undefined);
  // The same job not marked hybrid reads `Remote (Germany)` as remote, as before.
  assert.equal(jobPostingLd(base, options)!.jobLocationType, 'TELECOMMUTE');
  // A hybrid job with no office is not one Google can place.
  assert.equal(jobPostingLd({ ...base, remote: 'hybrid', locations: ['Remote (Germany)'] }, options), undefined);
});
