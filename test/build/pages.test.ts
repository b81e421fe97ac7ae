// Crawlable job pages (issue 7): one static HTML page per job with its title, meta description,
// canonical URL, Open Graph tags and JobPosting JSON-LD, the sitemap, the page template, the
// feed-level organization, and writing it all to a folder without ever leaving it half-done. The
// job itself is the prerendered <job-detail> (issue 15): the element's shadow DOM in the HTML.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildFeed, parsePageTemplate, renderJobPages, JobPageRenderer, type PostingSource } from '../../src/build/index.js';
import { cutAtWord, DESCRIPTION_LENGTH, SITEMAP_MAX_URLS } from '../../src/build/job-pages.js';
import { PAGES_MANIFEST, PagesConflictError, writeJobPages } from '../../src/build/write-pages.js';
import type { Feed, Job, Organization } from '../../src/feed/types.js';
import { parsePage } from './helpers/page.js';
import { tempDir, type TempDir } from './helpers/temp-dir.js';
import { child, childrenNamed, xmlParser, type XmlParser } from './helpers/xml.js';

const now = new Date('2026-06-01T00:00:00Z');
const BASE = 'https://example.com/jobs/';
const ORG: Organization = { name: 'Kestrelmoor', url: 'https://kestrelmoor.example/', logo: 'https://kestrelmoor.example/logo.png' };
const HOSTILE_TITLE = '</script><script>alert(1)</script> "Senior" Engineer';

const source = (id: string, front: string, body = 'The job.'): PostingSource => ({ path: `p/${id}.md`, text: `---\nid: ${id}\n${front}\n---\n\n${body}\n` });

const SOURCES: PostingSource[] = [
  source(
    'backend',
    'title: Backend Engineer\nsummary: Build the APIs our customers use.\nlocations: ["Berlin, Germany"]\ndepartment: Engineering\n' +
      'employment_type: full-time\nsalary: "€60,000 – €75,000 a year"\napply_url: https://example.com/apply/backend\ndate: 2026-05-20\ntags: [rust, apis]',
    '# About the role\n\nYou will **design** services.\n\n## What you bring\n\n- Rust',
  ),
  source(
    'hostile',
    `title: '${HOSTILE_TITLE.replace(/'/g, "''")}'\nsummary: '"><img src=x onerror=alert(2)> </title><script>alert(3)</script>'\n` +
      `department: '</style><script>alert(4)</script>'\nlocations: ["Berlin, Germany", "<b onmouseover=alert(5)>x</b>"]\n` +
      `salary: '"><script>alert(6)</script>'\ntags: ['"><script>alert(7)</script>']\ndate: 2026-05-10`,
    'Text with {{content}} and {{head}} in it, and <script>alert(8)</script> raw HTML.',
  ),
  source('arabic', 'title: مهندس برمجيات\nlang: ar\nlocations: ["Dubai, United Arab Emirates"]\ndate: 2026-05-05\ncontact: jobs@example.com'),
  source('expired', 'title: Old Role\nlocations: ["Berlin, Germany"]\ndate: 2026-01-10\nvalid_through: 2026-02-01'),
  source(
    'long',
    'title: Writer\nlocations: ["Berlin, Germany"]\ndate: 2026-04-01',
    `${'Words that go on and on about the role. '.repeat(8)}\n\nA second paragraph.`,
  ),
];

function feedOf(sources = SOURCES, organization: Organization | undefined = ORG): Feed {
  const result = buildFeed(sources, { now, includeExpired: true, ...(organization && { organization }) });
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  return result.feed!;
}

async function pagesById(jobs: Iterable<Job>, options: Partial<Parameters<typeof renderJobPages>[1]> = {}) {
  const { pages, sitemaps } = await renderJobPages(jobs, { baseUrl: BASE, organization: ORG, now, ...options });
  return { pages: new Map(pages.map((page) => [page.id, page])), sitemaps };
}

const jsonLd = (html: string): Record<string, unknown>[] => {
  const page = parsePage(html);
  return page.all('script').map((script) => {
    assert.equal(page.attr(script, 'type'), 'application/ld+json', 'every script on a job page is JSON-LD: a page needs no script');
    return JSON.parse(page.text(script)) as Record<string, unknown>;
  });
};

/** What a line of metadata reads: each item's label (for screen readers) and value, in order. */
const metaLine = (html: string): string[] => {
  const page = parsePage(html);
  const items = page.all('span').filter((span) => page.attr(span, 'class') === 'item');
  return items.map((item) => page.text(item).replace(/\s+/g, ' ').trim());
};

describe('the feed-level organization', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8')) as object);

  test('is written into the feed, after generated, valid against the schema', () => {
    const result = buildFeed(SOURCES.slice(0, 1), { now, organization: { name: ' Kestrelmoor ', url: 'https://kestrelmoor.example', logo: ORG.logo! } });
    assert.ok(result.ok);
    assert.match(result.json, /^\{"version":1,"generated":"[^"]+","organization":\{"name":"Kestrelmoor","url":"https:\/\/kestrelmoor\.example\/","logo":"https:\/\/kestrelmoor\.example\/logo\.png"\},"jobs":\[\n/);
    assert.ok(validate(result.feed), JSON.stringify(validate.errors));
    assert.deepEqual(result.feed.organization, ORG);
  });

  test('is in a split feed\'s index too, and absent when not given', () => {
    const split = buildFeed(SOURCES.slice(0, 1), { now, split: true, organization: { name: 'Kestrelmoor' } });
    assert.deepEqual(split.split!.index.organization, { name: 'Kestrelmoor' });
    assert.equal('organization' in buildFeed(SOURCES.slice(0, 1), { now }).feed!, false);
  });

  test('refuses a name-less organization or URLs that are not absolute http(s)', () => {
    assert.throws(() => buildFeed([], { organization: { name: '  ' } }), /needs a name/);
    assert.throws(() => buildFeed([], { organization: { name: 'A', url: '/about' } }), /url must be an absolute http\(s\) URL.*"\/about"/);
    assert.throws(() => buildFeed([], { organization: { name: 'A', logo: 'javascript:alert(1)' } }), /logo must be an absolute http\(s\) URL/);
  });

  test('the jobs iterate one by one as the feed lists them', () => {
    const result = buildFeed(SOURCES, { now, includeExpired: true });
    assert.deepEqual([...result.jobs!], result.feed!.jobs);
  });
});

describe('a job page', () => {
  let pages: Awaited<ReturnType<typeof pagesById>>['pages'];
  before(async () => ({ pages } = await pagesById(feedOf().jobs)));

  test('is a well-formed HTML document in the posting\'s language', () => {
    for (const [id, page] of pages) {
      const parsed = parsePage(page.html);
      assert.deepEqual(parsed.errors, [], `${id} parses without errors`);
      assert.equal(page.path, `${id}/index.html`);
    }
    assert.equal(parsePage(pages.get('backend')!.html).lang, 'en', 'postings without a lang are in the default language');
    assert.equal(parsePage(pages.get('backend')!.html).dir, 'ltr');
    const arabic = parsePage(pages.get('arabic')!.html);
    assert.equal(arabic.lang, 'ar');
    assert.equal(arabic.dir, 'rtl');
    assert.ok(metaLine(pages.get('arabic')!.html)[0]!.startsWith('الموقع:'), 'labels in the posting\'s language');
    const apply = arabic.parts('apply')[0];
    assert.equal(arabic.text(apply), 'قدّم عبر البريد الإلكتروني');
    assert.equal(arabic.attr(apply, 'href'), 'mailto:jobs@example.com');
  });

  test('has the title, meta description, canonical URL and Open Graph tags', () => {
    const page = parsePage(pages.get('backend')!.html);
    const url = 'https://example.com/jobs/backend/';
    assert.equal(pages.get('backend')!.url, url);
    assert.equal(page.text(page.all('title')[0]), 'Backend Engineer');
    assert.equal(page.meta('description'), 'Build the APIs our customers use.');
    const canonical = page.all('link').filter((l) => page.attr(l, 'rel') === 'canonical');
    assert.equal(canonical.length, 1);
    assert.equal(page.attr(canonical[0], 'href'), url);
    assert.equal(page.meta('og:type'), 'website');
    assert.equal(page.meta('og:title'), 'Backend Engineer');
    assert.equal(page.meta('og:description'), 'Build the APIs our customers use.');
    assert.equal(page.meta('og:url'), url);
    assert.equal(page.meta('og:site_name'), 'Kestrelmoor');
    assert.equal(page.meta('og:image'), ORG.logo);
    for (const tag of ['meta', 'link']) {
      for (const element of page.all(tag)) assert.ok(page.all('head')[0]!.childNodes.includes(element), `<${tag}> is in <head>`);
    }
  });

  test('shows the posting as the prerendered <job-detail>: title, metadata, summary, tags, Apply link and body', () => {
    const page = parsePage(pages.get('backend')!.html);
    const detail = page.all('job-detail');
    assert.equal(detail.length, 1);
    assert.deepEqual(detail[0]!.attrs, [{ name: 'job-id', value: 'backend' }, { name: 'heading-level', value: '1' }]);
    const root = detail[0]!.childNodes[0] as (typeof detail)[number];
    assert.equal(page.attr(root, 'shadowrootmode'), 'open', 'in a declarative shadow root');
    assert.equal(page.all('h1').length, 1);
    assert.equal(page.text(page.all('h1')[0]), 'Backend Engineer');
    assert.deepEqual(metaLine(pages.get('backend')!.html), [
      'Location: Berlin, Germany',
      'Department: Engineering',
      'Employment type: Full-time',
      'Salary: €60,000 – €75,000 a year',
      'Posted: May 20, 2026',
    ]);
    assert.equal(page.attr(page.all('time')[0], 'datetime'), '2026-05-20');
    assert.deepEqual(page.parts('tag').map((li) => page.text(li)), ['rust', 'apis']);
    const apply = page.parts('apply')[0];
    assert.equal(page.text(apply), 'Apply');
    assert.equal(page.attr(apply, 'href'), 'https://example.com/apply/backend');
    // The body's headings sit under the page's <h1>, as the element places them under its title.
    assert.deepEqual(page.all('h2').map((h) => page.text(h)), ['About the role']);
    assert.deepEqual(page.all('h3').map((h) => page.text(h)), ['What you bring']);
    assert.ok(page.text(page.all('article')[0]).includes('You will design services.'));
  });

  test('carries the JobPosting JSON-LD with the page as its url', () => {
    const [ld, ...more] = jsonLd(pages.get('backend')!.html);
    assert.equal(more.length, 0, 'one JobPosting');
    assert.equal(ld!['@context'], 'https://schema.org');
    assert.equal(ld!['@type'], 'JobPosting');
    assert.equal(ld!.title, 'Backend Engineer');
    assert.equal(ld!.url, 'https://example.com/jobs/backend/');
    assert.equal(ld!.datePosted, '2026-05-20');
    assert.deepEqual(ld!.hiringOrganization, { '@type': 'Organization', name: 'Kestrelmoor', sameAs: ORG.url, logo: ORG.logo });
    assert.deepEqual(ld!.identifier, { '@type': 'PropertyValue', name: 'Kestrelmoor', value: 'backend' });
    assert.deepEqual(ld!.jobLocation, { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } });
    assert.equal(ld!.employmentType, 'FULL_TIME');
    assert.equal(ld!.directApply, true);
    assert.match(String(ld!.description), /^<h2>About the role<\/h2>\n<p>You will <strong>design<\/strong> services\.<\/p>/);
    assert.equal(pages.get('backend')!.structuredData, true);
  });

  test('has no JobPosting when the job has expired, or without an organization', async () => {
    assert.deepEqual(jsonLd(pages.get('expired')!.html), []);
    assert.equal(pages.get('expired')!.structuredData, false);
    // The element shows an expired job as it shows one in a list: its title, and that it has closed.
    const expired = parsePage(pages.get('expired')!.html);
    assert.match(expired.text(expired.all('job-detail')[0]).replace(/\s+/g, ' '), /Old Role.*This position has closed\./);
    assert.equal(expired.parts('apply').length, 0, 'nothing to apply to');
    const withoutOrg = (await pagesById(feedOf(SOURCES, undefined).jobs, { organization: undefined })).pages.get('backend')!;
    assert.deepEqual(jsonLd(withoutOrg.html), []);
    const page = parsePage(withoutOrg.html);
    assert.equal(page.meta('og:site_name'), undefined);
    assert.equal(page.meta('og:image'), undefined);
    assert.equal(page.meta('og:title'), 'Backend Engineer', 'the rest of the head is there');
  });

  test('without a summary, the description is the body\'s text cut at a word', () => {
    const page = parsePage(pages.get('long')!.html);
    const description = page.meta('description')!;
    assert.ok(description.length <= DESCRIPTION_LENGTH, `${description.length} characters`);
    assert.ok(description.length > DESCRIPTION_LENGTH - 20, 'uses most of the room');
    assert.match(description, /^Words that go on and on about the role\. Words .*[a-z]…$/);
    assert.ok(('Words that go on and on about the role. '.repeat(8)).startsWith(description.slice(0, -1)), 'cut at the end of a word');
    assert.equal(page.meta('og:description'), description);
    assert.equal(cutAtWord('short', 160, 'en'), 'short');
    assert.equal(cutAtWord('東京で働くソフトウェアエンジニアを募集しています。', 10, 'ja').length <= 10, true, 'words without spaces');
  });

  test('a hostile title and fields stay text everywhere: nothing breaks out of a script, an attribute or the title', () => {
    const html = pages.get('hostile')!.html;
    const page = parsePage(html);
    assert.deepEqual(page.errors, []);
    assert.equal(page.all('script').length, 1, 'no script but the JSON-LD');
    assert.equal(jsonLd(html)[0]!.title, HOSTILE_TITLE, 'the JSON-LD parses and holds the title as written');
    assert.equal(page.text(page.all('title')[0]), HOSTILE_TITLE);
    assert.equal(page.text(page.all('h1')[0]), HOSTILE_TITLE);
    assert.equal(page.meta('og:title'), HOSTILE_TITLE);
    assert.equal(page.meta('description'), '"><img src=x onerror=alert(2)> </title><script>alert(3)</script>');
    assert.deepEqual(page.all('img'), []);
    assert.deepEqual(page.all('b'), []);
    for (const element of page.elements) {
      for (const { name } of element.attrs) assert.doesNotMatch(name, /^on/i, `<${element.tagName} ${name}>`);
    }
    const article = page.text(page.all('article')[0]);
    assert.ok(article.includes('</style><script>alert(4)</script>'), 'the department, as text');
    assert.ok(article.includes('Text with {{content}} and {{head}} in it'), 'placeholders in a posting are not filled');
    assert.ok(article.includes('raw HTML.'), 'the body is there');
    assert.ok(!html.includes('<script>alert(8)'), 'raw <script> in the body is not written as a tag');
  });

  test('jobs from a feed made elsewhere go through the URL allow-list and the HTML policy', async () => {
    const job: Job = {
      id: 'foreign',
      title: 'Foreign',
      applyUrl: 'javascript:alert(1)',
      dir: 'sideways' as 'ltr',
      html: '<p onclick="alert(1)">Hi <a href="javascript:alert(2)">there</a></p><script>alert(3)</script><iframe src="https://evil.example"></iframe>',
    };
    const html = (await pagesById([job])).pages.get('foreign')!.html;
    const page = parsePage(html);
    assert.equal(page.all('script').length, 0, 'no JSON-LD (no date, no place) and no script from the body');
    assert.equal(page.parts('body').length, 1);
    assert.deepEqual(page.all('iframe'), []);
    assert.equal(page.dir, 'ltr');
    assert.ok(page.all('a').every((a) => !/^javascript:/i.test(page.attr(a, 'href') ?? '')), 'no javascript: link');
    assert.ok(page.all('a').every((a) => page.text(a) !== 'Apply'), 'no Apply link for a refused URL');
    assert.ok(!html.includes('onclick'));
  });
});

describe('the page template', () => {
  const CUSTOM = `<!doctype html>
<html lang="{{lang}}" dir="{{dir}}">
<head><meta charset="utf-8"><title>{{ title }} · {{organization}}</title>
{{head}}</head>
<body><nav><a href="/">Home</a></nav>
<p data-url='{{url}}' data-description='{{description}}'>Site chrome</p>
{{content}}</body>
</html>
`;

  test('a site\'s template is filled in, every value escaped for text and quoted attributes', async () => {
    const parsed = parsePageTemplate(CUSTOM, 'site/job.html');
    assert.ok(parsed.template, JSON.stringify(parsed.errors));
    const { pages } = await pagesById(feedOf().jobs, { template: parsed.template });
    const page = parsePage(pages.get('hostile')!.html);
    assert.deepEqual(page.errors, []);
    assert.equal(page.text(page.all('title')[0]), `${HOSTILE_TITLE} · Kestrelmoor`);
    assert.equal(page.text(page.all('nav')[0]), 'Home');
    const chrome = page.all('p').find((p) => page.text(p) === 'Site chrome');
    assert.equal(page.attr(chrome, 'data-url'), 'https://example.com/jobs/hostile/');
    assert.equal(page.attr(chrome, 'data-description'), '"><img src=x onerror=alert(2)> </title><script>alert(3)</script>', 'single quotes hold');
    assert.equal(page.all('script').length, 1);
    assert.equal(page.text(page.all('h1')[0]), HOSTILE_TITLE);
  });

  test('a template without a required placeholder is an error naming the file, with a hint', () => {
    const result = parsePageTemplate(CUSTOM.replace('{{head}}', ''), 'site/job.html');
    assert.equal(result.template, undefined);
    assert.deepEqual(
      result.errors.map(({ file, line, message }) => `${file}:${line}: ${message}`),
      ['site/job.html:1: the template has no {{head}}'],
    );
    assert.match(result.errors[0]!.hint!, /inside <head>/);
    const bare = parsePageTemplate('<p>{{content}}</p>', 'bare.html');
    assert.deepEqual(bare.errors.map((e) => e.message), ['the template has no {{lang}}', 'the template has no {{dir}}', 'the template has no {{title}}', 'the template has no {{head}}']);
  });

  test('an unknown placeholder, or head and content twice, are errors on their line', () => {
    const result = parsePageTemplate(CUSTOM.replace('<nav>', '{{titel}}<nav>').replace('{{content}}', '{{content}}{{ content }}'), 't.html');
    assert.deepEqual(result.errors.map((e) => `${e.line}: ${e.message}`), ['5: unknown placeholder {{titel}}', '7: {{content}} is used 2 times']);
    assert.match(result.errors[0]!.hint!, /^Did you mean \{\{title\}\}\? /);
  });

  test('a misspelt placeholder gets a "did you mean", as a misspelt front matter key does', () => {
    const typo = parsePageTemplate(CUSTOM.replace('<nav>', '<nav>{{organisation}} {{Titel}} {{sitename}}'), 't.html');
    assert.deepEqual(typo.errors.map((e) => e.hint!.replace(/ ?A job page template can use .*/, '')), ['Did you mean {{organization}}?', 'Did you mean {{title}}?', '']);
    assert.match(typo.errors[2]!.hint!, /^A job page template can use \{\{lang\}\}, /);
  });
});

describe('the sitemap', () => {
  let xml: XmlParser;
  before(async () => (xml = await xmlParser()));
  after(() => xml.close());

  test('lists every page with its canonical URL and lastmod (the posting date), well-formed', async () => {
    const { pages, sitemaps } = await pagesById(feedOf().jobs);
    assert.deepEqual(sitemaps.map((s) => s.name), ['sitemap.xml']);
    const root = await xml.parse(sitemaps[0]!.xml);
    assert.equal(root.name, 'urlset');
    assert.equal(root.namespace, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = childrenNamed(root, 'url');
    assert.equal(urls.length, pages.size);
    assert.deepEqual(
      urls.map((url) => [child(url, 'loc').text, child(url, 'lastmod').text]),
      [...pages.values()].map((page) => [page.url, page.lastmod]),
    );
    assert.ok(urls.some((url) => child(url, 'loc').text === 'https://example.com/jobs/backend/' && child(url, 'lastmod').text === '2026-05-20'));
    for (const url of urls) assert.match(child(url, 'lastmod').text, /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/, 'W3C datetime');
  });

  test('escapes URLs, omits lastmod without a date, and splits past 50,000 URLs with an index', async () => {
    const renderer = await JobPageRenderer.create({ baseUrl: 'https://example.com/a&b/jobs/' });
    const [one] = renderer.sitemaps([{ url: 'https://example.com/a&b/jobs/x/' }]);
    const root = await xml.parse(one!.xml);
    assert.equal(child(child(root, 'url'), 'loc').text, 'https://example.com/a&b/jobs/x/');
    assert.equal(childrenNamed(child(root, 'url'), 'lastmod').length, 0);

    const many = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ url: `https://example.com/jobs/j${i}/`, lastmod: '2026-05-01' }));
    const files = renderer.sitemaps(many);
    assert.deepEqual(files.map((f) => f.name), ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    const index = await xml.parse(files[2]!.xml);
    assert.equal(index.name, 'sitemapindex');
    assert.deepEqual(childrenNamed(index, 'sitemap').map((s) => child(s, 'loc').text), [
      'https://example.com/a&b/jobs/sitemap-1.xml',
      'https://example.com/a&b/jobs/sitemap-2.xml',
    ]);
    assert.equal(await xml.count(files[0]!.xml, 'url'), SITEMAP_MAX_URLS);
    assert.equal(await xml.count(files[1]!.xml, 'url'), 1);
  });

  test('a base URL must be absolute http(s), without query or fragment; a missing slash is added', async () => {
    await assert.rejects(JobPageRenderer.create({ baseUrl: '/jobs/' }), /absolute http\(s\) URL/);
    await assert.rejects(JobPageRenderer.create({ baseUrl: 'ftp://example.com/jobs/' }), /absolute http\(s\) URL/);
    await assert.rejects(JobPageRenderer.create({ baseUrl: 'https://example.com/jobs/?a=1' }), /query or fragment/);
    assert.equal((await JobPageRenderer.create({ baseUrl: 'https://example.com/jobs' })).baseUrl, 'https://example.com/jobs/');
  });
});

describe('writing the pages to a folder', () => {
  let tmp: TempDir;
  let renderer: JobPageRenderer;
  before(async () => {
    tmp = tempDir();
    renderer = await JobPageRenderer.create({ baseUrl: BASE, organization: ORG, now });
  });
  after(() => tmp.remove());

  /** Every file under `dir`, relative path → content. */
  const snapshot = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (sub: string): void => {
      for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
        const path = sub ? `${sub}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path);
        else out[path] = readFileSync(join(dir, path), 'utf8');
      }
    };
    if (existsSync(dir)) walk('');
    return out;
  };

  test('writes <id>/index.html per job, the sitemap and a manifest; a rebuild writes only what changed', async () => {
    const dir = join(tmp.path, 'site/jobs');
    const jobs = feedOf().jobs;
    const first = await writeJobPages(dir, renderer.files(jobs));
    assert.deepEqual({ ...first, withoutStructuredData: first.withoutStructuredData.sort() }, {
      pages: 5, written: 5, removed: 0, withoutStructuredData: ['expired'], sitemaps: ['sitemap.xml'],
    });
    const files = snapshot(dir);
    assert.deepEqual(Object.keys(files).sort(), [
      PAGES_MANIFEST, 'arabic/index.html', 'backend/index.html', 'expired/index.html', 'hostile/index.html', 'long/index.html', 'sitemap.xml',
    ]);
    assert.equal(files['backend/index.html'], (await pagesById(jobs)).pages.get('backend')!.html);
    assert.equal(readdirSync(dir).filter((name) => name.endsWith('.tmp')).length, 0);

    const again = await writeJobPages(dir, renderer.files(jobs));
    assert.equal(again.written, 0, 'nothing changed');
    const edited = jobs.map((job) => (job.id === 'long' ? { ...job, title: 'Senior Writer' } : job));
    assert.equal((await writeJobPages(dir, renderer.files(edited))).written, 1);
    const page = parsePage(readFileSync(join(dir, 'long/index.html'), 'utf8'));
    assert.equal(page.text(page.all('h1')[0]), 'Senior Writer');
  });

  test('pages of jobs that are gone are removed, and only what this tool wrote', async () => {
    const dir = join(tmp.path, 'stale');
    const jobs = feedOf().jobs;
    await writeJobPages(dir, renderer.files(jobs));
    writeFileSync(join(dir, 'arabic/notes.txt'), 'someone else\'s file');
    mkdirSync(join(dir, 'about'));
    writeFileSync(join(dir, 'about/index.html'), '<p>About us</p>');
    const result = await writeJobPages(dir, renderer.files(jobs.filter((job) => job.id !== 'arabic' && job.id !== 'long')));
    assert.equal(result.removed, 2);
    assert.equal(existsSync(join(dir, 'long')), false, 'an emptied folder goes');
    assert.equal(existsSync(join(dir, 'arabic/index.html')), false);
    assert.equal(readFileSync(join(dir, 'arabic/notes.txt'), 'utf8'), 'someone else\'s file', 'other files stay, and their folder');
    assert.equal(readFileSync(join(dir, 'about/index.html'), 'utf8'), '<p>About us</p>', 'a folder not in the manifest is not touched');
    assert.doesNotMatch(readFileSync(join(dir, 'sitemap.xml'), 'utf8'), /arabic|long/);
  });

  test('a page or sitemap someone else wrote is never replaced: the write fails and changes nothing', async () => {
    const dir = join(tmp.path, 'theirs');
    tmp.write({ 'theirs/backend/index.html': '<p>Hand-written</p>' });
    await assert.rejects(writeJobPages(dir, renderer.files(feedOf().jobs)), (err: Error) => {
      assert.ok(err instanceof PagesConflictError);
      assert.match(err.message, /backend[/\\]index\.html exists and was not written by job-widgets/);
      return true;
    });
    assert.deepEqual(snapshot(dir), { 'backend/index.html': '<p>Hand-written</p>' }, 'no page, sitemap or manifest written');

    const other = join(tmp.path, 'their-sitemap');
    tmp.write({ 'their-sitemap/sitemap.xml': '<urlset/>' });
    await assert.rejects(writeJobPages(other, renderer.files(feedOf().jobs)), /sitemap\.xml exists and was not written by job-widgets/);
    assert.deepEqual(snapshot(other), { 'sitemap.xml': '<urlset/>' });
  });

  test('a write that fails half-way leaves the previous pages untouched', async () => {
    const dir = join(tmp.path, 'fails');
    const jobs = feedOf().jobs;
    await writeJobPages(dir, renderer.files(jobs));
    const before = snapshot(dir);
    // Every page changes; the last job's folder cannot be written (a file is in its way).
    const changed = [...jobs.map((job) => ({ ...job, title: `${job.title} (new)` })), { ...jobs[0]!, id: 'blocked' }];
    writeFileSync(join(dir, 'blocked'), 'a file, not a folder');
    await assert.rejects(writeJobPages(dir, renderer.files(changed)), /blocked is a file, not a folder/);
    const afterFailure = snapshot(dir);
    delete afterFailure.blocked;
    assert.deepEqual(afterFailure, before, 'every page, the sitemap and the manifest as they were; no temporary file left');

    // A read-only folder fails at its first page the same way.
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'backend'), 0o500);
      try {
        await assert.rejects(writeJobPages(dir, renderer.files(changed.slice(0, -1))));
        assert.deepEqual(snapshot(dir), { ...before, blocked: 'a file, not a folder' });
      } finally {
        chmodSync(join(dir, 'backend'), 0o700);
      }
    }
    rmSync(join(dir, 'blocked'));
    assert.equal((await writeJobPages(dir, renderer.files(changed.slice(0, -1)))).written, 5, 'and the next good write goes through');
  });

  test('a job id that is not a slug never names a folder', async () => {
    const dir = join(tmp.path, 'ids');
    await assert.rejects(writeJobPages(dir, renderer.files([{ id: '../escape', title: 'X', html: '' }])), /not a job id/);
    assert.equal(existsSync(join(tmp.path, 'escape')), false);
  });
});
