// The RSS 2.0 feed for aggregators (issue 7): well-formed for a real XML parser, with what the
// RSS 2.0 specification requires of a channel and its items, dates in RFC 822 and every text
// escaped (a hostile title, control characters) so that readers see it exactly as written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, renderRss, type PostingSource } from '../../src/build/index.js';
import type { Job } from '../../src/feed/types.js';
import { child, childrenNamed, xmlParser, type XmlElement, type XmlParser } from './helpers/xml.js';

const now = new Date('2026-06-01T00:00:00Z');
const BASE = 'https://example.com/jobs/';
const HOSTILE_TITLE = '</title><script>alert(1)</script> "Senior" & <Lead> ]]> Engineer';
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const source = (id: string, front: string, body = 'The job.'): PostingSource => ({ path: `p/${id}.md`, text: `---\nid: ${id}\n${front}\n---\n\n${body}\n` });

const jobs = (): Job[] => {
  const result = buildFeed(
    [
      source('backend', 'title: Backend Engineer\nsummary: Build APIs & more.\ndepartment: R&D\ndate: 2026-05-20', 'You will **design** services & <em>more</em>.'),
      source('hostile', `title: '${HOSTILE_TITLE.replace(/'/g, "''")}'\ndepartment: '<b>Sales</b>'\ndate: 2026-05-10T09:30:00+02:00`),
      source('undated', 'title: No Date'),
      source('expired', 'title: Old\ndate: 2026-01-01\nvalid_through: 2026-02-01'),
    ],
    { now, includeExpired: true },
  );
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.feed.jobs;
};

describe('the RSS 2.0 feed', () => {
  let xml: XmlParser;
  let rss: XmlElement;
  let items: Map<string, XmlElement>;
  before(async () => {
    xml = await xmlParser();
    rss = await xml.parse(
      renderRss(jobs(), {
        baseUrl: BASE,
        organization: { name: 'Kestrelmoor', logo: 'https://kestrelmoor.example/logo.png' },
        selfUrl: 'https://example.com/jobs.xml',
        lang: 'en-gb',
        generated: '2026-06-01T08:00:00.000Z',
        now,
      }),
    );
    items = new Map(childrenNamed(child(rss, 'channel'), 'item').map((item) => [child(item, 'link').text, item]));
  });
  after(() => xml.close());

  test('is <rss version="2.0"> with one channel holding its required title, link and description', () => {
    assert.equal(rss.name, 'rss');
    assert.equal(rss.attributes.version, '2.0');
    const channel = child(rss, 'channel');
    assert.equal(child(channel, 'title').text, 'Kestrelmoor jobs');
    assert.equal(child(channel, 'link').text, BASE);
    assert.equal(child(channel, 'description').text, 'Open positions at Kestrelmoor');
    assert.equal(child(channel, 'language').text, 'en-GB');
    assert.equal(child(channel, 'lastBuildDate').text, 'Mon, 01 Jun 2026 08:00:00 GMT');
    const image = child(channel, 'image');
    assert.deepEqual([child(image, 'url').text, child(image, 'title').text, child(image, 'link').text], ['https://kestrelmoor.example/logo.png', 'Kestrelmoor jobs', BASE]);
  });

  test('links to itself with atom:link rel="self" in the Atom namespace', () => {
    const [self, ...more] = childrenNamed(child(rss, 'channel'), 'atom:link');
    assert.equal(more.length, 0);
    assert.equal(self!.namespace, 'http://www.w3.org/2005/Atom');
    assert.deepEqual(self!.attributes, { href: 'https://example.com/jobs.xml', rel: 'self', type: 'application/rss+xml' });
  });

  test('has an item per open job, linking to its page, with a permalink guid', () => {
    assert.deepEqual([...items.keys()], [`${BASE}backend/`, `${BASE}hostile/`, `${BASE}undated/`], 'newest first; the expired job is left out');
    for (const [link, item] of items) {
      const guid = child(item, 'guid');
      assert.equal(guid.text, link);
      assert.equal(guid.attributes.isPermaLink, 'true');
    }
  });

  test('dates are RFC 822, the same instant as the posting\'s', () => {
    const backend = child(items.get(`${BASE}backend/`)!, 'pubDate').text;
    assert.equal(backend, 'Wed, 20 May 2026 00:00:00 GMT');
    const hostile = child(items.get(`${BASE}hostile/`)!, 'pubDate').text;
    assert.match(hostile, RFC_822);
    assert.equal(Date.parse(hostile), Date.parse('2026-05-10T09:30:00+02:00'));
    assert.equal(childrenNamed(items.get(`${BASE}undated/`)!, 'pubDate').length, 0, 'no date, no pubDate (it is optional)');
  });

  test('the description is the summary and body as entity-encoded HTML; the department is the category', () => {
    const item = items.get(`${BASE}backend/`)!;
    assert.equal(child(item, 'description').text, '<p>Build APIs &amp; more.</p>\n<p>You will <strong>design</strong> services &amp; <em>more</em>.</p>');
    assert.equal(child(item, 'category').text, 'R&D');
    assert.equal(childrenNamed(items.get(`${BASE}undated/`)!, 'category').length, 0);
  });

  test('a hostile title and department are text, exactly as written', () => {
    const item = items.get(`${BASE}hostile/`)!;
    assert.equal(child(item, 'title').text, HOSTILE_TITLE);
    assert.equal(child(item, 'category').text, '<b>Sales</b>');
    assert.deepEqual(item.children.map((c) => c.name), ['title', 'link', 'guid', 'pubDate', 'description', 'category'], 'no element injected');
  });

  test('characters XML cannot hold are left out instead of breaking the file', async () => {
    const job: Job = { id: 'controls', title: 'Bad \u0001\u0008 bytes \uFFFE and a lone \uD800 surrogate', html: '<p>ok\u000B</p>' };
    const doc = await xml.parse(renderRss([job], { baseUrl: BASE, now }));
    const item = child(child(doc, 'channel'), 'item');
    assert.equal(child(item, 'title').text, 'Bad  bytes  and a lone  surrogate');
    assert.equal(child(child(doc, 'channel'), 'title').text, 'Jobs', 'the default title without an organization');
  });

  test('a title and description of one\'s own; URLs must be absolute http(s)', async () => {
    const doc = await xml.parse(renderRss([], { baseUrl: 'https://example.com/stellen', title: 'Offene Stellen', description: 'Bei uns', now }));
    const channel = child(doc, 'channel');
    assert.deepEqual([child(channel, 'title').text, child(channel, 'description').text, child(channel, 'link').text], ['Offene Stellen', 'Bei uns', 'https://example.com/stellen/']);
    assert.equal(childrenNamed(channel, 'atom:link').length, 0, 'no self link when its URL is not known');
    assert.throws(() => renderRss([], { baseUrl: '/jobs/' }), /absolute http\(s\) URL/);
    assert.throws(() => renderRss([], { baseUrl: BASE, selfUrl: 'jobs.xml' }), /own URL must be an absolute http\(s\) URL/);
  });
});
