// The plan of what a build makes beside the feed (issue 14): the job pages, the sitemap and the
// RSS feed, where each goes and the URLs that follow, made once for the CLI and the Vite plugin.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed } from '../../src/build/index.js';
import { renderJobPages } from '../../src/build/job-pages.js';
import { folderUrlAt, OutputPlan, pagesPathIn, type OutputsOptions } from '../../src/build/outputs.js';
import { renderRss } from '../../src/build/rss.js';
import type { Job } from '../../src/feed/types.js';
import { collect } from './helpers/collect.js';

const now = new Date('2026-06-01T00:00:00Z');
const BASE = 'https://example.com/jobs/';
const ORG = { name: 'Kestrelmoor', logo: 'https://kestrelmoor.example/logo.png' };

let jobs: Job[];
before(() => {
  const result = buildFeed(
    [
      { path: 'p/backend.md', text: '---\ntitle: Backend Engineer\nlocations: ["Berlin, Germany"]\ndate: 2026-05-20\n---\n\nThe job.\n' },
      { path: 'p/designer.md', text: '---\ntitle: Designer\nlang: de\ndate: 2026-05-10\n---\n\nZeichnen.\n' },
    ],
    { now, organization: ORG },
  );
  assert.ok(result.ok, JSON.stringify(result.errors));
  jobs = result.feed.jobs;
});

const plan = (options: Partial<OutputsOptions>) => OutputPlan.create({ baseUrl: BASE, organization: ORG, now, ...options });
const selfLink = (rss: string) => /<atom:link href="([^"]*)"/.exec(rss)?.[1];
/** The RSS feed without its build time, which is the clock's. */
const timeless = (rss: string) => rss.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '');

describe('the RSS feed\'s own URL', () => {
  const rssUrl = async (folderUrl: string | undefined, rss: string) => (await plan({ folderUrl, rss })).rssUrl;

  test('is the URL of the folder it is in, plus its path there', async () => {
    assert.equal(await rssUrl('https://example.com/', 'jobs.xml'), 'https://example.com/jobs.xml');
    assert.equal(await rssUrl('https://example.com/app/', '/feeds/jobs.xml'), 'https://example.com/app/feeds/jobs.xml', 'a leading / is the folder');
    assert.equal(await rssUrl(BASE, '../jobs.xml'), 'https://example.com/jobs.xml', 'beside the pages folder, as the CLI says it');
    assert.equal(await rssUrl(BASE, 'feed.xml'), 'https://example.com/jobs/feed.xml');
  });

  test('encodes each segment as a file name, whatever it holds', async () => {
    assert.equal(await rssUrl('https://example.com/', 'offene stellen/100% remote #1?.xml'), 'https://example.com/offene%20stellen/100%25%20remote%20%231%3F.xml');
    assert.equal(await rssUrl('https://example.com/', 'stellen/übersicht.xml'), 'https://example.com/stellen/%C3%BCbersicht.xml');
  });

  test('is unknown without the folder\'s URL, above the site\'s root, or on another drive', async () => {
    assert.equal(await rssUrl(undefined, 'jobs.xml'), undefined);
    assert.equal(await rssUrl(BASE, '../../jobs.xml'), undefined);
    assert.equal(await rssUrl('https://example.com/a/b/', '../x/../../../jobs.xml'), undefined);
    assert.equal(await rssUrl('https://example.com/a/b/', '../../jobs.xml'), 'https://example.com/jobs.xml');
    assert.equal(await rssUrl(BASE, 'D:/site/jobs.xml'), undefined);
    assert.equal(selfLink((await plan({ rss: 'jobs.xml' })).rss(jobs)), undefined, 'and the feed has no self link');
  });

  test('is the feed\'s atom:link rel="self"', async () => {
    const rss = (await plan({ folderUrl: 'https://example.com/', rss: 'jobs.xml' })).rss(jobs);
    assert.equal(selfLink(rss), 'https://example.com/jobs.xml');
    assert.equal(timeless(rss), timeless(renderRss(jobs, { baseUrl: BASE, organization: ORG, selfUrl: 'https://example.com/jobs.xml', now })));
  });
});

describe('where a Vite site\'s outputs go', () => {
  test('the output folder is served at base: a path on the pages\' origin, or a CDN\'s URL', () => {
    assert.equal(folderUrlAt('/', BASE), 'https://example.com/');
    assert.equal(folderUrlAt('/app/', BASE), 'https://example.com/app/');
    assert.equal(folderUrlAt('https://cdn.example/app/', BASE), 'https://cdn.example/app/');
    assert.equal(folderUrlAt('./', BASE), undefined);
    assert.equal(folderUrlAt('', BASE), undefined);
  });

  test('the pages go where the base URL\'s path lies under the folder\'s, as file names', () => {
    assert.equal(pagesPathIn('https://example.com/', 'https://example.com/careers/jobs/'), 'careers/jobs/');
    assert.equal(pagesPathIn('https://example.com/careers/jobs/', 'https://example.com/careers/jobs/'), '');
    assert.equal(pagesPathIn('https://cdn.example/', 'https://example.com/jobs/'), 'jobs/', 'paths only: a CDN has its own origin');
    assert.equal(pagesPathIn('https://example.com/', 'https://example.com/offene%20stellen/'), 'offene stellen/');
    assert.equal(pagesPathIn('https://example.com/app/', 'https://example.com/jobs/'), undefined);
    assert.equal(pagesPathIn(undefined, BASE), undefined);
  });
});

describe('the plan\'s files', () => {
  test('are the pages and sitemap in their folder, then the RSS feed, each with its media type', async () => {
    const outputs = await plan({ folderUrl: 'https://example.com/', pages: '/jobs', rss: 'jobs.xml' });
    assert.equal(outputs.pagesPath, 'jobs/');
    const files = await collect(outputs.files(jobs));
    assert.deepEqual(
      files.map((file) => [file.path, file.type]),
      [
        ['jobs/backend/index.html', 'text/html; charset=utf-8'],
        ['jobs/designer/index.html', 'text/html; charset=utf-8'],
        ['jobs/sitemap.xml', 'application/xml; charset=utf-8'],
        ['jobs.xml', 'application/rss+xml; charset=utf-8'],
      ],
    );
    const rendered = await renderJobPages(jobs, { baseUrl: BASE, organization: ORG, now });
    assert.deepEqual(files.slice(0, 2).map((file) => file.text), rendered.pages.map((page) => page.html));
    assert.equal(files[2]!.text, rendered.sitemaps[0]!.xml);
    assert.deepEqual((await collect(outputs.pages(jobs))).map((file) => file.path), ['backend/index.html', 'designer/index.html', 'sitemap.xml']);
  });

  test('without pages or RSS, are none of them', async () => {
    assert.deepEqual((await collect((await plan({ rss: 'jobs.xml' })).files(jobs))).map((file) => file.path), ['jobs.xml']);
    assert.deepEqual((await collect((await plan({ pages: '' })).files(jobs))).map((file) => file.path), ['backend/index.html', 'designer/index.html', 'sitemap.xml']);
  });

  test('take the language as a language tag, the same for every way of writing it', async () => {
    const page = async (lang: string) => (await collect((await plan({ pages: '', lang })).files(jobs)))[0]!.text;
    const german = await page('de');
    assert.match(german, /<html lang="de"/);
    assert.equal(await page(' DE '), german);
    await assert.rejects(plan({ lang: 'german' }), /"german" is not a language tag/);
  });
});

describe('the note on pages without JobPosting', () => {
  test('names a few of them and says what a page needs', async () => {
    const outputs = await plan({ pages: '' });
    assert.equal(outputs.noteOnPages([]), undefined);
    assert.match(outputs.noteOnPages(['writer'])!, /^1 job page without JobPosting structured data \(writer\): a page gets one only for an open job with a date and a place /);
    assert.match(outputs.noteOnPages(['a', 'b', 'c', 'd', 'e'])!, /^5 job pages without JobPosting structured data \(a, b, c and 2 more\): /);
  });

  test('says nothing without an organization, where no page has one and the build has said why', async () => {
    assert.equal((await OutputPlan.create({ baseUrl: BASE, pages: '' })).noteOnPages(['writer']), undefined);
  });
});

describe('the file at a path, for a server', () => {
  let outputs: OutputPlan;
  before(async () => (outputs = await plan({ folderUrl: 'https://example.com/', pages: 'offene stellen', rss: 'jobs.xml' })));
  const served = (path: string) => outputs.fileAt(path)?.(jobs);

  test('is a job\'s page, the sitemap or the RSS feed, made from the jobs', async () => {
    const files = new Map((await collect(outputs.files(jobs))).map((file) => [file.path, file]));
    for (const path of ['offene%20stellen/backend/', 'offene%20stellen/backend/index.html', 'offene stellen/designer/']) {
      const file = (await served(path))!;
      assert.equal(file.type, 'text/html; charset=utf-8', path);
      assert.equal(file.text, files.get(`offene stellen/${file.page!.id}/index.html`)!.text, path);
    }
    assert.equal((await served('offene%20stellen/sitemap.xml'))!.text, files.get('offene stellen/sitemap.xml')!.text);
    assert.equal(timeless((await served('jobs.xml'))!.text), timeless(files.get('jobs.xml')!.text));
  });

  test('is nothing elsewhere, and answers only for jobs there are', async () => {
    for (const path of ['jobs.json', 'index.html', 'offene%20stellen/', 'offene%20stellen/sitemap-1.xml/', 'offene%20stellen/Backend/', 'offene%20stellen/a/b/', '%E0%A4%A']) {
      assert.equal(outputs.fileAt(path), undefined, path);
    }
    assert.equal(await served('offene%20stellen/nobody/'), undefined);
    assert.equal(await served('offene%20stellen/sitemap-1.xml'), undefined);
  });
});
