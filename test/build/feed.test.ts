// Postings to a feed: order, ids, determinism, incremental rebuilds, and the published schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildFeed, buildFeedInParallel, FeedBuilder, formatDiagnostic, type PostingSource } from '../../src/build/index.js';

const schema = JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function assertValidFeed(json: string): void {
  const valid = validate(JSON.parse(json));
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
}

const now = new Date('2026-06-01T00:00:00Z');
const posting = (path: string, frontMatter: string, body = 'Body'): PostingSource => ({ path, text: `---\n${frontMatter}\n---\n${body}` });

const sources: PostingSource[] = [
  posting('p/b.md', 'title: Beta\ndate: 2026-05-01'),
  posting('p/a.md', 'title: Alpha\ndate: 2026-05-01'),
  posting('p/new.md', 'title: Newest\ndate: 2026-05-20T10:00:00Z\nsalary: {min: 1, max: 2, currency: EUR, unit: month}'),
  posting('p/undated.md', 'title: Undated'),
  posting('p/draft.md', 'title: Draft\ndraft: true'),
  posting('p/old.md', 'title: Old\nvalid_through: 2026-01-01'),
  { path: 'demo/postings/senior-rust-engineer.md', text: readFileSync('demo/postings/senior-rust-engineer.md', 'utf8') },
];

test('jobs are newest first, then by title; drafts and expired are counted, not written', () => {
  const result = buildFeed(sources, { now });
  assert.equal(result.ok, true);
  assert.deepEqual(result.feed!.jobs.map((j) => j.title), ['Newest', 'Alpha', 'Beta', 'Senior Rust Engineer', 'Undated']);
  assert.deepEqual(result.stats, { files: 7, jobs: 5, drafts: 1, expired: 1 });
  assert.equal(result.feed!.version, 1);
  assert.equal(result.feed!.generated, '2026-06-01T00:00:00.000Z');
  assertValidFeed(result.json!);
  assert.deepEqual(JSON.parse(result.json!), result.feed);
});

test('the same input gives byte-identical output, whatever the order of the files', () => {
  const first = buildFeed(sources, { now }).json;
  const second = buildFeed([...sources].reverse(), { now }).json;
  assert.equal(first, second);
  const later = buildFeed(sources, { now: new Date('2026-06-01T00:00:01Z') }).json!;
  assert.equal(later.replace(/"generated":"[^"]+"/, ''), first!.replace(/"generated":"[^"]+"/, ''), 'only "generated" differs');
});

test('a repeated id is an error naming both files, and no feed is made', () => {
  const result = buildFeed([posting('p/one.md', 'title: One\nid: same'), posting('p/two.md', 'title: Two\nslug: same')]);
  assert.equal(result.ok, false);
  assert.equal(result.json, undefined);
  assert.equal(formatDiagnostic(result.errors[0]!), 'p/two.md:3: the id "same" is already used by p/one.md\n    Give one of the two postings another "id:" (or rename its file).');
  const fromFileNames = buildFeed([posting('a/x.md', 'title: One'), posting('b/x.md', 'title: Two')]);
  assert.deepEqual(fromFileNames.errors.map((e) => `${e.file}:${e.line}`), ['b/x.md:1'], 'an id from the file name points at line 1');
});

test('the same path given twice is an error, not a silent replacement', () => {
  const result = buildFeed([posting('p/a.md', 'title: A'), posting('p/a.md', 'title: B')]);
  assert.equal(result.ok, false);
  assert.match(result.errors[0]!.message, /given twice/);
});

test('every problem in every posting is listed', () => {
  const result = buildFeed([posting('p/x.md', 'title: {}'), posting('p/y.md', 'region: Oslo'), posting('p/z.md', 'title: Fine\ntitel: typo')]);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors.map((e) => `${e.file}:${e.line}`), ['p/x.md:2', 'p/y.md:2']);
  assert.deepEqual(result.warnings.map((w) => formatDiagnostic(w)), ['p/z.md:3: warning: unknown key "titel" is ignored\n    Did you mean "title"?']);
});

test('FeedBuilder rebuilds one changed posting and gives what a full build gives', () => {
  const builder = new FeedBuilder({ now });
  for (const source of sources) builder.set(source);
  builder.set(posting('p/a.md', 'title: Alpha renamed\ndate: 2026-05-01'));
  builder.delete('p/undated.md');
  const changed = sources.filter((s) => s.path !== 'p/undated.md' && s.path !== 'p/a.md');
  changed.push(posting('p/a.md', 'title: Alpha renamed\ndate: 2026-05-01'));
  assert.equal(builder.build().json, buildFeed(changed, { now }).json);
});

test('the example postings build into a feed that matches the schema', () => {
  const dir = 'demo/postings';
  const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/.test(f));
  assert.ok(files.length >= 13, `${files.length} example postings`);
  const result = buildFeed(files.map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') })), { now, includeExpired: true });
  assert.deepEqual(result.errors, []);
  assertValidFeed(result.json!);
});

test('a feed without an organization warns once that its jobs get no JobPosting', async () => {
  const result = buildFeed(sources, { now });
  const about = result.warnings.filter((w) => /organization/.test(w.message));
  assert.equal(about.length, 1, 'once for the build, not once for each of its 5 jobs');
  assert.deepEqual([about[0]!.file, about[0]!.line, about[0]!.severity], ['', 0, 'warning']);
  assert.equal(
    formatDiagnostic(about[0]!),
    'warning: the feed names no organization, so its jobs get no JobPosting structured data for search engines\n' +
      '    JobPosting needs who is hiring: build with --org-name <name> (Vite plugin and Node API: organization: { name }), or give <job-detail> and <job-list> an org-name attribute.',
  );
  const parallel = await buildFeedInParallel(sources, { now }, { threads: 2 });
  assert.deepEqual(parallel.warnings, result.warnings, 'worker threads say the same');
  assert.deepEqual(buildFeed(sources, { now, organization: { name: 'Kestrelmoor' } }).warnings, []);
  assert.deepEqual(buildFeed([posting('p/draft.md', 'title: Draft\ndraft: true')], { now }).warnings, [], 'no jobs, nothing to warn about');
});
