// The posting format: the seed posting, each key and its aliases, normalisation and warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePosting, type Job } from '../../src/build/index.js';

// The first real posting we received, kept verbatim among the demo's postings.
const SEED = 'demo/postings/senior-rust-engineer.md';

function job(frontMatter: string, options = {}): Job {
  const result = parsePosting(`---\n${frontMatter}\n---\nBody`, 'postings/a-job.md', options);
  assert.deepEqual(result.errors, []);
  assert.ok(result.job);
  return result.job;
}

test('the seed posting gives exactly the expected job', () => {
  const result = parsePosting(readFileSync(SEED, 'utf8'), 'postings/senior-rust-engineer.md');
  assert.equal(result.status, 'ok');
  assert.deepEqual(result.warnings, []);
  const { html, ...fields } = result.job!;
  assert.deepEqual(fields, {
    id: 'senior-rust-engineer',
    title: 'Senior Rust Engineer',
    summary:
      'Join our team as a Rust Engineer, where you’ll focus on building and optimizing a high-performance distributed query engine. You’ll work on designing scalable, fault-tolerant systems, improving data processing capabilities, and enhancing query efficiency across large-scale distributed networks. If you’re passionate about Rust and distributed systems, this role offers the opportunity to push the boundaries of decentralized technology.',
    locations: ['Australia'],
    salary: { text: '$2000 - $3000', min: 2000, max: 3000 },
    contact: 'jobs@magickbase.com',
  });
  assert.equal(result.job!.salary?.currency, undefined, '$ alone names no currency');
  assert.equal((html.match(/<h3><strong>/g) ?? []).length, 4, 'four bold ### headings stay h3');
  assert.match(html, /^<h3><strong>Key Responsibilities:<\/strong><\/h3>\n<ul>\n<li><strong>Design, develop, and optimize<\/strong> a distributed/);
  assert.equal((html.match(/<ul>/g) ?? []).length, 4);
  assert.equal((html.match(/<li>/g) ?? []).length, 25);
  assert.match(html, /we’d love to hear from you!<\/p>\n$/, 'curly apostrophe intact');
});

test('a currency option says which dollar a bare $ is', () => {
  const result = parsePosting(readFileSync(SEED, 'utf8'), 'seed.md', { currency: 'AUD' });
  assert.deepEqual(result.job?.salary, { text: '$2000 - $3000', min: 2000, max: 3000, currency: 'AUD' });
});

test('accepts the aliases people use for each key', () => {
  const a = job('title: A\nsummary: S\nlocation: [Berlin, Remote]\nteam: Platform\ntype: Contract\ndate_posted: 2026-01-05\nexpires: 2099-01-01\nslug: Platform Engineer!\nlanguage: de');
  assert.deepEqual(
    { ...a, html: undefined },
    { id: 'platform-engineer', title: 'A', summary: 'S', locations: ['Berlin', 'Remote'], department: 'Platform', employmentType: ['CONTRACTOR'], datePosted: '2026-01-05', validThrough: '2099-01-01', lang: 'de', html: undefined },
  );
  const b = job('title: B\ndescription: D\nregion: Paris\ndepartment: Sales\nemployment_type: [full time, part-time]\ndate: 2026-01-05 09:30:00 +0100\nvalid_through: 2099-01-01T00:00:00Z\nid: 42');
  assert.deepEqual(b.employmentType, ['FULL_TIME', 'PART_TIME']);
  assert.equal(b.datePosted, '2026-01-05T08:30:00.000Z');
  assert.equal(b.validThrough, '2099-01-01T00:00:00.000Z');
  assert.equal(b.id, '42');
});

test('the id defaults to the file name', () => {
  const result = parsePosting('---\ntitle: X\n---\n', 'postings/eng/Développeur Backend.markdown');
  assert.equal(result.job?.id, 'developpeur-backend');
});

test('tags, remote, apply URL, contact and language are normalised', () => {
  const j = job('title: X\ntags: rust, distributed, rust\nremote: yes\napply_url: " https://example.com/apply?job=1 "\ncontact: mailto:jobs@example.com\nlang: AR');
  assert.deepEqual(j.tags, ['rust', 'distributed']);
  assert.equal(j.remote, true);
  assert.equal(j.applyUrl, 'https://example.com/apply?job=1');
  assert.equal(j.contact, 'jobs@example.com');
  assert.equal(j.lang, 'ar');
  assert.equal(j.dir, 'rtl', 'Arabic reads right to left');
});

test('a salary object is checked and kept', () => {
  const j = job('title: X\nsalary:\n  min: 60000\n  max: 80000\n  currency: eur\n  unit: yearly');
  assert.deepEqual(j.salary, { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' });
});

test('unknown keys warn with the closest known key and do not fail the build', () => {
  const result = parsePosting('---\ntitel: X\ntitle: Y\nsalery: 5\nfavourite_colour: blue\nlayout: job\n---\n', 'p.md');
  assert.equal(result.status, 'ok');
  assert.deepEqual(
    result.warnings.map((w) => [w.line, w.message, w.hint]),
    [
      [2, 'unknown key "titel" is ignored', 'Did you mean "title"?'],
      [4, 'unknown key "salery" is ignored', 'Did you mean "salary"?'],
      [5, 'unknown key "favourite_colour" is ignored', 'See docs/posting-format.md for the keys that are read.'],
    ],
  );
});

test('drafts and expired postings are skipped unless asked for', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const draft = '---\ntitle: X\ndraft: true\n---\n';
  assert.equal(parsePosting(draft, 'd.md', { now }).status, 'draft');
  assert.equal(parsePosting(draft, 'd.md', { now, includeDrafts: true }).status, 'ok');
  assert.equal(parsePosting('---\ntitle: X\npublished: false\n---\n', 'd.md', { now }).status, 'draft');
  const expired = '---\ntitle: X\nvalid_through: 2026-05-31\n---\n';
  assert.equal(parsePosting(expired, 'e.md', { now: new Date('2026-05-31T20:00:00Z') }).status, 'ok', 'valid through the whole day');
  assert.equal(parsePosting(expired, 'e.md', { now }).status, 'expired');
  assert.equal(parsePosting(expired, 'e.md', { now, includeExpired: true }).status, 'ok');
});

test('BOM, CRLF, JSON and TOML front matter are read', () => {
  assert.equal(parsePosting('\uFEFF---\r\ntitle: Crlf\r\n---\r\n# Hi\r\n', 'c.md').job?.html, '<h3>Hi</h3>\n');
  const json = parsePosting('---json\n{ "title": "Json", "tags": ["a"], "date": "2026-01-02" }\n---\nBody', 'j.md').job;
  assert.deepEqual([json?.title, json?.tags, json?.datePosted], ['Json', ['a'], '2026-01-02']);
  const toml = parsePosting('+++\ntitle = "Toml"\ndate = 2026-03-01\nlocation = ["Oslo"]\n+++\nBody', 't.md').job;
  assert.deepEqual([toml?.title, toml?.datePosted, toml?.locations], ['Toml', '2026-03-01', ['Oslo']]);
});

test('__proto__ in front matter is only an unknown key', () => {
  const result = parsePosting('---\ntitle: X\n__proto__:\n  polluted: true\nconstructor: {prototype: {polluted: true}}\n---\n', 'p.md');
  assert.equal(result.status, 'ok');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  assert.deepEqual(result.warnings.map((w) => w.message), ['unknown key "__proto__" is ignored', 'unknown key "constructor" is ignored']);
});

test('employment types in other languages and "Name <address>" contacts are understood', () => {
  const j = job('title: X\nemployment_type: [Vollzeit, Werkstudent, CDI, temps plein, Fixed-term, Praktikum]\ncontact: "Jobs Team <jobs@example.com>"');
  assert.deepEqual(j.employmentType, ['FULL_TIME', 'PART_TIME', 'TEMPORARY', 'INTERN']);
  assert.equal(j.contact, 'jobs@example.com');
});

test('a salary object with text reads its numbers with the currency the object names', () => {
  const j = job('title: X\nsalary: {text: "$2000 - $3000 a month", currency: AUD}');
  assert.deepEqual(j.salary, { text: '$2000 - $3000 a month', min: 2000, max: 3000, currency: 'AUD', unit: 'MONTH' });
});

test('ids are made from letters NFKD cannot split, control characters are refused, and empty lists are no value', () => {
  assert.equal(parsePosting('---\ntitle: X\n---\n', 'Straße-Øre-Łódź.md').job?.id, 'strasse-ore-lodz');
  const nul = parsePosting('---\ntitle: "Bad\\u0000title"\n---\n', 'n.md');
  assert.match(nul.errors[0]!.message, /"title" contains control characters/);
  assert.equal(job('title: X\ntags: []\nregion: []').tags, undefined);
});

test('a posting that expires before it is posted is a warning on the expiry line', () => {
  const result = parsePosting('---\ntitle: X\ndate: 2026-05-01\nexpires: 2026-04-01\n---\n', 'p.md', { includeExpired: true });
  assert.deepEqual(result.warnings.map((w) => [w.line, w.message]), [[4, 'the posting expires (2026-04-01) before it is posted (2026-05-01)']]);
});
