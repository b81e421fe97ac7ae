// Job pages, sitemap, RSS and the feed's organization end to end: `job-widgets build` as users run
// it (the compiled bin, with the template copied into dist), and the Vite plugin in a build and in dev.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import type { Feed } from '../../src/feed/types.js';
import jobWidgets from '../../src/vite.js';
import { assertBuilt } from '../dist/built.js';
import { run } from './helpers/cli.js';
import { parsePage } from './helpers/page.js';
import { snapshot, tempDir, type TempDir } from './helpers/temp-dir.js';

const ORG_ARGS = ['--org-name', 'Kestrelmoor', '--org-url', 'https://kestrelmoor.example', '--org-logo', 'https://kestrelmoor.example/logo.png'];
const POSTINGS = {
  'p/backend.md': '---\ntitle: Backend Engineer\nsummary: Build APIs.\nlocations: ["Berlin, Germany"]\ndate: 2026-05-20\napply_url: https://example.com/apply\n---\n\nThe **job**.\n',
  'p/designer.md': '---\ntitle: Designer\nlocations: ["Paris, France"]\ndate: 2026-05-10\n---\n\nDraw.\n',
};

const ldOf = (html: string): Record<string, unknown> | undefined => {
  const page = parsePage(html);
  const script = page.all('script')[0];
  return script && (JSON.parse(page.text(script)) as Record<string, unknown>);
};

before(() => {
  assertBuilt('dist/cli.js', 'dist/build/templates/job-page.html');
});

describe('job-widgets build --pages --rss --org-*', () => {
  let tmp: TempDir;
  before(() => tmp = tempDir());
  after(() => tmp.remove());

  const full = ['build', 'p', '--out', 'public/jobs.json', '--pages', 'public/jobs', '--base-url', 'https://example.com/jobs', '--rss', 'public/jobs.xml', ...ORG_ARGS];

  test('writes the feed with its organization, a page per job, the sitemap and the RSS feed', () => {
    tmp.write(POSTINGS);
    const { code, stdout, stderr } = run(full, tmp.path);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^✓ Built 2 jobs → public\/jobs\.json in \d+ ms\n {2}2 job pages \+ sitemap\.xml → public\/jobs\/ \(2 written\)\n {2}RSS → public\/jobs\.xml\n$/);

    const feed = JSON.parse(readFileSync(join(tmp.path, 'public/jobs.json'), 'utf8')) as Feed;
    assert.deepEqual(feed.organization, { name: 'Kestrelmoor', url: 'https://kestrelmoor.example/', logo: 'https://kestrelmoor.example/logo.png' });

    const html = readFileSync(join(tmp.path, 'public/jobs/backend/index.html'), 'utf8');
    const page = parsePage(html);
    assert.deepEqual(page.errors, []);
    assert.equal(page.text(page.all('h1')[0]), 'Backend Engineer');
    assert.equal(page.attr(page.all('link').find((l) => page.attr(l, 'rel') === 'canonical'), 'href'), 'https://example.com/jobs/backend/');
    assert.equal(page.meta('og:site_name'), 'Kestrelmoor');
    const ld = ldOf(html)!;
    assert.equal(ld['@type'], 'JobPosting');
    assert.equal(ld.url, 'https://example.com/jobs/backend/');
    assert.equal((ld.hiringOrganization as { name: string }).name, 'Kestrelmoor');

    const sitemap = readFileSync(join(tmp.path, 'public/jobs/sitemap.xml'), 'utf8');
    assert.match(sitemap, /<url><loc>https:\/\/example\.com\/jobs\/backend\/<\/loc><lastmod>2026-05-20<\/lastmod><\/url>/);
    const rss = readFileSync(join(tmp.path, 'public/jobs.xml'), 'utf8');
    assert.match(rss, /<atom:link href="https:\/\/example\.com\/jobs\.xml" rel="self" type="application\/rss\+xml"\/>/, 'its own URL, found beside the pages');
    assert.match(rss, /<item>\n<title>Backend Engineer<\/title>\n<link>https:\/\/example\.com\/jobs\/backend\/<\/link>/);
  });

  test('a rebuild removes the page of a deleted posting and writes nothing unchanged', () => {
    rmSync(join(tmp.path, 'p/designer.md'));
    const { code, stdout } = run(full, tmp.path);
    assert.equal(code, 0);
    assert.match(stdout, / {2}1 job page \+ sitemap\.xml → public\/jobs\/ \(0 written, 1 removed\)/);
    assert.equal(existsSync(join(tmp.path, 'public/jobs/designer')), false);
    assert.doesNotMatch(readFileSync(join(tmp.path, 'public/jobs/sitemap.xml'), 'utf8'), /designer/);
    assert.doesNotMatch(readFileSync(join(tmp.path, 'public/jobs.xml'), 'utf8'), /designer/);
  });

  test('an invalid posting leaves the pages, sitemap, RSS and feed as they were', () => {
    const before = snapshot(join(tmp.path, 'public'));
    tmp.write({ 'p/broken.md': '---\ntitle: [broken\n---\n' });
    const { code, stdout, stderr } = run(full, tmp.path);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /nothing written/);
    assert.deepEqual(snapshot(join(tmp.path, 'public')), before);
    rmSync(join(tmp.path, 'p/broken.md'));
  });

  test('a page in the way that this tool did not write stops the build before the feed is written', () => {
    tmp.write({ 'p/about.md': '---\ntitle: About\ndate: 2026-05-01\n---\n\nA job named like a page.\n', 'public/jobs/about/index.html': '<p>Our story</p>' });
    const before = snapshot(join(tmp.path, 'public'));
    const { code, stderr } = run(full, tmp.path);
    assert.equal(code, 1);
    assert.match(stderr, /✗ cannot write the job pages to public\/jobs: .*about[/\\]index\.html exists and was not written by job-widgets.*; nothing written\n/);
    assert.deepEqual(snapshot(join(tmp.path, 'public')), before);
    rmSync(join(tmp.path, 'p/about.md'));
  });

  test('a site\'s page template is used; one without a required placeholder is an error with file, line and hint', () => {
    tmp.write({
      'tpl/good.html': '<!doctype html><html lang="{{lang}}" dir="{{dir}}"><head><title>{{title}} | Careers</title>{{head}}</head><body><header>Site</header>{{content}}</body></html>',
      'tpl/bad.html': '<!doctype html><html lang="{{lang}}" dir="{{dir}}"><head><title>{{title}}</title></head>\n<body>{{content}}</body></html>',
    });
    const good = run([...full, '--page-template', 'tpl/good.html'], tmp.path);
    assert.equal(good.code, 0, good.stderr);
    const page = parsePage(readFileSync(join(tmp.path, 'public/jobs/backend/index.html'), 'utf8'));
    assert.equal(page.text(page.all('title')[0]), 'Backend Engineer | Careers');
    assert.equal(page.text(page.all('header')[0]), 'Site');

    const before = snapshot(join(tmp.path, 'public'));
    const bad = run([...full, '--page-template', 'tpl/bad.html'], tmp.path);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^tpl\/bad\.html:1: the template has no \{\{head\}\}\n {4}Write \{\{head\}\} inside <head>.*\n✗ the page template has 1 problem; nothing written\n$/);
    assert.deepEqual(snapshot(join(tmp.path, 'public')), before);

    tmp.write({ 'tpl/typo.html': '<!doctype html><html lang="{{lang}}" dir="{{dir}}"><head><title>{{title}}</title>{{head}}</head>\n<body>{{organisation}}{{content}}</body></html>' });
    const typo = run([...full, '--page-template', 'tpl/typo.html'], tmp.path);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /^tpl\/typo\.html:2: unknown placeholder \{\{organisation\}\}\n {4}Did you mean \{\{organization\}\}\? /);
    assert.deepEqual(snapshot(join(tmp.path, 'public')), before);

    const missing = run([...full, '--page-template', 'tpl/none.html'], tmp.path);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read the page template tpl\/none\.html: no such file or folder; nothing written/);
  });

  test('without --org-name the pages have no JobPosting, and the build says why once', () => {
    const { code, stderr } = run(['build', 'p', '--out', 'o/jobs.json', '--pages', 'o/jobs', '--base-url', 'https://example.com/jobs/'], tmp.path);
    assert.equal(code, 0);
    assert.match(stderr, /^warning: the feed names no organization, so its jobs get no JobPosting structured data for search engines\n {4}JobPosting needs who is hiring: build with --org-name <name> /);
    assert.doesNotMatch(stderr, /job pages? without JobPosting/, 'not said a second time for the pages');
    assert.equal(ldOf(readFileSync(join(tmp.path, 'o/jobs/backend/index.html'), 'utf8')), undefined);
    assert.equal('organization' in (JSON.parse(readFileSync(join(tmp.path, 'o/jobs.json'), 'utf8')) as Feed), false);
  });

  test('wrong options are usage errors (exit 2) that name the option, and nothing is written', () => {
    const base = ['build', 'p', '--out', 'u/jobs.json'];
    const cases: [string[], RegExp][] = [
      [['--org-name', 'A', '--org-url', 'kestrelmoor.example'], /--org-url 'kestrelmoor\.example' is not an absolute http\(s\) URL/],
      [['--org-name', 'A', '--org-logo', '/logo.png'], /--org-logo '\/logo\.png' is not an absolute http\(s\) URL \(such as https:\/\/example\.com\/logo\.png\)/],
      [['--org-name', 'A', '--org-url', 'javascript:alert(1)'], /--org-url 'javascript:alert\(1\)' is not an absolute http\(s\) URL/],
      [['--org-url', 'https://a.example'], /--org-url needs --org-name/],
      [['--org-name', ' '], /--org-name must not be empty/],
      [['--pages', 'u/jobs'], /--pages needs --base-url <url>/],
      [['--rss', 'u/jobs.xml'], /--rss needs --base-url <url>/],
      [['--pages', 'u/jobs', '--base-url', '/jobs/'], /--base-url: the base URL must be an absolute http\(s\) URL/],
      [['--pages', 'u/jobs', '--base-url', 'https://example.com/jobs/#x'], /must not have a query or fragment/],
      [['--base-url', 'https://example.com/jobs/'], /--base-url is used by --pages and --rss/],
      [['--page-template', 't.html'], /--page-template needs --pages/],
      [['--rss', 'u/jobs.xml', '--base-url', 'https://example.com/', '--lang', 'not a tag!'], /--lang 'not a tag!' is not a language tag/],
      [['--rss', 'u/jobs.xml', '--base-url', 'https://example.com/', '--lang', 'german'], /--lang 'german' is not a language tag .*write its code, --lang de /],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run([...base, ...args], tmp.path);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message, args.join(' '));
    }
    assert.equal(existsSync(join(tmp.path, 'u')), false);
  });

  test('--help lists the new options', () => {
    const { stdout } = run(['--help'], tmp.path);
    for (const option of ['--org-name', '--org-url', '--org-logo', '--pages', '--base-url', '--page-template', '--rss', '--lang', '{{head}}']) {
      assert.ok(stdout.includes(option), option);
    }
  });
});

describe('the Vite plugin with pages and RSS', () => {
  let tmp: TempDir;
  const options = {
    postings: 'postings',
    organization: { name: 'Kestrelmoor', logo: 'https://kestrelmoor.example/logo.png' },
    baseUrl: 'https://example.com/careers/jobs/',
    rss: 'careers/jobs.xml',
  } as const;
  before(() => {
    tmp = tempDir();
    tmp.write({
      'index.html': '<!doctype html><title>Jobs</title><script type="module" src="./main.js"></script>',
      'main.js': '',
      'postings/backend.md': POSTINGS['p/backend.md'],
      'postings/designer.md': POSTINGS['p/designer.md'],
    });
  });
  after(() => tmp.remove());

  test('a build emits the pages where the base URL says, the sitemap, the RSS feed and the organization', async () => {
    await build({ root: tmp.path, configFile: false, logLevel: 'silent', build: { outDir: 'out', emptyOutDir: true }, plugins: [jobWidgets({ ...options, pages: true })] });
    const out = join(tmp.path, 'out');
    const feed = JSON.parse(readFileSync(join(out, 'jobs.json'), 'utf8')) as Feed;
    assert.deepEqual(feed.organization, options.organization);
    const html = readFileSync(join(out, 'careers/jobs/backend/index.html'), 'utf8');
    const page = parsePage(html);
    assert.deepEqual(page.errors, []);
    assert.equal(page.meta('og:url'), 'https://example.com/careers/jobs/backend/');
    assert.equal(ldOf(html)!['@type'], 'JobPosting');
    assert.match(readFileSync(join(out, 'careers/jobs/sitemap.xml'), 'utf8'), /<loc>https:\/\/example\.com\/careers\/jobs\/designer\/<\/loc>/);
    const rss = readFileSync(join(out, 'careers/jobs.xml'), 'utf8');
    assert.match(rss, /<atom:link href="https:\/\/example\.com\/careers\/jobs\.xml" rel="self"/);
    assert.match(rss, /<link>https:\/\/example\.com\/careers\/jobs\/designer\/<\/link>/);
  });

  test('pages: { dir, template } put the pages elsewhere with the site\'s template', async () => {
    tmp.write({ 'job.html': '<html lang="{{lang}}" dir="{{dir}}"><head><title>{{title}}</title>{{head}}</head><body><p>Vite site</p>{{content}}</body></html>' });
    await build({
      root: tmp.path,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'out2', emptyOutDir: true },
      plugins: [jobWidgets({ ...options, pages: { dir: 'p', template: 'job.html' } })],
    });
    assert.match(readFileSync(join(tmp.path, 'out2/p/designer/index.html'), 'utf8'), /<p>Vite site<\/p>/);
    assert.ok(existsSync(join(tmp.path, 'out2/p/sitemap.xml')));
  });

  test('bad options stop Vite at once', async () => {
    assert.throws(() => jobWidgets({ postings: 'postings', pages: true }), /`pages` needs `baseUrl`/);
    assert.throws(() => jobWidgets({ postings: 'postings', rss: 'jobs.xml' }), /`rss` needs `baseUrl`/);
    assert.throws(() => jobWidgets({ postings: 'postings', organization: { name: 'A', url: 'a.example' } }), /url must be an absolute http\(s\) URL/);
    assert.throws(() => jobWidgets({ postings: 'postings', lang: 'german' }), /`lang` "german" is not a language tag\. .*write its code, lang: 'de'/);
    tmp.write({ 'bad.html': '<html>{{content}}</html>', 'typo.html': '<html lang="{{lang}}" dir="{{dir}}"><title>{{title}}</title>{{head}}\n{{ organisation }}{{content}}</html>' });
    await assert.rejects(
      build({ root: tmp.path, configFile: false, logLevel: 'silent', build: { outDir: 'out3' }, plugins: [jobWidgets({ ...options, pages: { template: 'bad.html' } })] }),
      /bad\.html:1: the template has no \{\{lang\}\}/,
    );
    await assert.rejects(
      build({ root: tmp.path, configFile: false, logLevel: 'silent', build: { outDir: 'out3' }, plugins: [jobWidgets({ ...options, pages: { template: 'typo.html' } })] }),
      /typo\.html:2: unknown placeholder \{\{ organisation \}\}\n {4}Did you mean \{\{organization\}\}\?/,
    );
    await assert.rejects(
      build({ root: tmp.path, base: '/app/', configFile: false, logLevel: 'silent', build: { outDir: 'out3' }, plugins: [jobWidgets({ ...options, pages: true })] }),
      /not under Vite's base "\/app\/": set `pages: \{ dir \}`/,
    );
  });

  describe('in dev', () => {
    let server: ViteDevServer;
    let origin: string;
    before(async () => {
      server = await createServer({
        root: tmp.path,
        configFile: false,
        logLevel: 'silent',
        server: { host: '127.0.0.1', port: 0, ws: false },
        plugins: [jobWidgets({ ...options, pages: true })],
      });
      await server.listen();
      origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    });
    after(() => server.close());

    test('serves the job pages, the sitemap and the RSS feed from the current postings', async () => {
      const page = await fetch(`${origin}/careers/jobs/backend/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(parsePage(await page.text()).meta('og:url'), 'https://example.com/careers/jobs/backend/');
      const sitemap = await fetch(`${origin}/careers/jobs/sitemap.xml`);
      assert.match(sitemap.headers.get('content-type') ?? '', /^application\/xml/);
      assert.match(await sitemap.text(), /<loc>https:\/\/example\.com\/careers\/jobs\/backend\/<\/loc>/);
      const rss = await fetch(`${origin}/careers/jobs.xml`);
      assert.match(rss.headers.get('content-type') ?? '', /^application\/rss\+xml/);
      assert.match(await rss.text(), /<title>Designer<\/title>/);
      const unknown = await (await fetch(`${origin}/careers/jobs/nobody/`)).text();
      assert.doesNotMatch(unknown, /og:url/, 'an unknown id is left to Vite');
    });

    test('a changed posting shows on its page', async () => {
      writeFileSync(join(tmp.path, 'postings/designer.md'), POSTINGS['p/designer.md'].replace('title: Designer', 'title: Lead Designer'));
      const deadline = Date.now() + 10_000;
      let html = '';
      const title = (text: string) => {
        const page = parsePage(text);
        return page.text(page.all('h1')[0]).trim();
      };
      while (Date.now() < deadline && title(html) !== 'Lead Designer') {
        await new Promise((r) => setTimeout(r, 50));
        html = await (await fetch(`${origin}/careers/jobs/designer/`)).text();
      }
      assert.equal(title(html), 'Lead Designer');
    });
  });
});
