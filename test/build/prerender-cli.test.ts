// `job-widgets prerender` and the Vite plugin's prerendering (issue 15), with the real renderer
// (`job-widgets/ssr`): the compiled CLI in a child process, and `vite build` and Vite's dev server.
// Each element keeps its start tag, attributes and children, gets its declarative shadow root with
// the jobs in it, and a second run changes no byte; a problem names the file and line and leaves
// every page as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { buildFeed } from '../../src/build/index.js';
import jobWidgets from '../../src/vite.js';
import { assertBuilt } from '../dist/built.js';
import { run } from './helpers/cli.js';
import { parsePage } from './helpers/page.js';
import { withoutOutput } from './helpers/prerendered.js';
import { snapshot, tempDir, type TempDir } from './helpers/temp-dir.js';

assertBuilt('dist/cli.js', 'dist/ssr/index.js');

const POSTINGS = {
  'postings/backend.md': '---\ntitle: Backend Engineer\nlocations: ["Berlin, Germany"]\ndate: 2026-05-20\n---\n\nBuild **APIs**.\n',
  'postings/designer.md': '---\ntitle: Product Designer\nlocations: ["Paris, France"]\ndate: 2026-05-10\napply_url: https://example.com/apply\n---\n\n## The role\n\nDraw.\n',
};
const feedJson = (): string => {
  const result = buildFeed(Object.entries(POSTINGS).map(([path, text]) => ({ path, text })), { now: new Date('2026-06-01T00:00:00Z') });
  assert.ok(result.ok);
  return result.json;
};

const CAREERS = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><meta charset="utf-8"><title>Careers</title></head>',
  '<body>',
  '  <job-list src="/jobs.json" href-template="/jobs/{id}/"><a href="/jobs/">See all open roles</a></job-list>',
  '</body>',
  '</html>',
  '',
].join('\n');
const JOB = '<!doctype html>\n<html lang="en">\n<title>Designer</title>\n<main>\n  <job-detail job-id="designer" heading-level="1"><button slot="apply">Apply here</button></job-detail>\n</main>\n';

/** The card titles, or the detail's title and body headings, as a browser would show them. */
function shown(html: string) {
  const page = parsePage(html);
  const text = (name: string) => page.parts(name).map((element) => page.text(element).trim());
  return { cards: text('heading'), links: page.parts('link').map((a) => page.attr(a, 'href')), bodyHeadings: page.all('h2').map((h) => page.text(h)) };
}

describe('job-widgets prerender', () => {
  let tmp: TempDir;
  before(() => {
    tmp = tempDir();
    tmp.write({ 'site/jobs.json': feedJson(), 'site/index.html': CAREERS, 'site/jobs/designer.html': JOB, 'notes.md': '# Notes\n\n<job-list></job-list>\n' });
  });
  after(() => tmp.remove());

  test('fills every list and detail in place, keeping each element\'s tag, attributes and children', () => {
    const { code, stdout, stderr } = run(['prerender', 'site/index.html', 'site/jobs/designer.html', '--feed', 'site/jobs.json'], tmp.path);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^✓ Prerendered 1 list and 1 detail in 2 pages from site\/jobs\.json \(2 written\) in \d+ ms\n$/);
    const list = readFileSync(join(tmp.path, 'site/index.html'), 'utf8');
    assert.equal(withoutOutput(list), CAREERS, 'every other byte as it was');
    assert.match(list, /<job-list src="\/jobs\.json" href-template="\/jobs\/\{id\}\/"><!--job-widgets:prerendered--><template shadowroot="open" shadowrootmode="open">/);
    assert.match(list, /<!--\/job-widgets:prerendered--><a href="\/jobs\/">See all open roles<\/a><\/job-list>/);
    assert.deepEqual(shown(list).cards, ['Backend Engineer', 'Product Designer'], 'the cards, newest first');
    assert.deepEqual(shown(list).links, ['/jobs/backend/', '/jobs/designer/'], 'links to the pages of href-template');
    const detail = readFileSync(join(tmp.path, 'site/jobs/designer.html'), 'utf8');
    assert.equal(withoutOutput(detail), JOB);
    const page = parsePage(detail);
    assert.equal(page.text(page.all('h1')[0]).trim(), 'Product Designer');
    assert.deepEqual(shown(detail).bodyHeadings, ['The role'], 'the body, under the title');
    assert.deepEqual(page.errors, []);
  });

  test('a second run changes no byte and writes nothing', () => {
    const before = snapshot(join(tmp.path, 'site'));
    const mtime = statSync(join(tmp.path, 'site/index.html')).mtimeMs;
    const { code, stdout } = run(['prerender', 'site/index.html', 'site/jobs/designer.html', '--feed', 'site/jobs.json'], tmp.path);
    assert.equal(code, 0);
    assert.match(stdout, /\(0 written, 2 unchanged\)/);
    assert.deepEqual(snapshot(join(tmp.path, 'site')), before);
    assert.equal(statSync(join(tmp.path, 'site/index.html')).mtimeMs, mtime);
  });

  test('a new feed replaces the earlier output', () => {
    const feed = JSON.parse(feedJson()) as { jobs: { title: string }[] };
    feed.jobs[0]!.title = 'Lead Backend Engineer';
    tmp.write({ 'site/new.json': JSON.stringify(feed) });
    assert.equal(run(['prerender', 'site/index.html', '--feed', 'site/new.json'], tmp.path).code, 0);
    const list = readFileSync(join(tmp.path, 'site/index.html'), 'utf8');
    assert.deepEqual(shown(list).cards, ['Lead Backend Engineer', 'Product Designer']);
    assert.equal(withoutOutput(list), CAREERS);
  });

  test('a page reached through a link is written where it is, and the link stays', () => {
    symlinkSync(join(tmp.path, 'site/index.html'), join(tmp.path, 'linked.html'));
    assert.equal(run(['prerender', 'linked.html', '--feed', 'site/jobs.json'], tmp.path).code, 0);
    assert.equal(lstatSync(join(tmp.path, 'linked.html')).isSymbolicLink(), true);
    assert.deepEqual(shown(readFileSync(join(tmp.path, 'site/index.html'), 'utf8')).cards, ['Backend Engineer', 'Product Designer']);
  });

  for (const [what, args, message] of [
    ['a job id the feed does not have', ['site/index.html', 'bad.html'], /^bad\.html:3: <job-detail job-id="desinger">: site\/jobs\.json has no job "desinger"\n {4}Did you mean "designer"\?$/m],
    ['a feed that cannot be read', ['site/index.html', '--feed', 'missing.json'], /^missing\.json:1: cannot read the feed: no such file or folder$/m],
    ['a feed that is not JSON', ['site/index.html', '--feed', 'broken.json'], /^broken\.json:3: is not JSON: /m],
    ['a page that is not HTML', ['site/index.html', 'notes.md'], /^notes\.md:1: is not an HTML page$/m],
    ['a page that cannot be read', ['site/index.html', 'nowhere.html'], /^nowhere\.html:1: cannot read the page: no such file or folder$/m],
  ] as const) {
    test(`${what} is an error naming the file and line, and no page is written`, () => {
      tmp.write({ 'bad.html': '<!doctype html>\n<body>\n<job-detail job-id="desinger"></job-detail>\n', 'broken.json': '{\n"jobs": [\n}\n' });
      writeFileSync(join(tmp.path, 'site/index.html'), CAREERS);
      const files = snapshot(tmp.path);
      const feed = (args as readonly string[]).includes('--feed') ? [] : ['--feed', 'site/jobs.json'];
      const { code, stdout, stderr } = run(['prerender', ...args, ...feed], tmp.path);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /✗ 1 error in 1 file; no page written\n$/);
      assert.deepEqual(snapshot(tmp.path), files, 'the good page is not written either');
    });
  }

  for (const [what, args, message] of [
    ['no page', ['prerender', '--feed', 'site/jobs.json'], /missing <page\.html>/],
    ['no feed', ['prerender', 'site/index.html'], /missing --feed <jobs\.json>/],
    ['an option of build', ['prerender', 'site/index.html', '--feed', 'site/jobs.json', '--out', 'x.json'], /--out is an option of build, not of prerender/],
  ] as const) {
    test(`exits 2 with its usage line on ${what}`, () => {
      const { code, stderr } = run([...args], tmp.path);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.match(stderr, /^Usage: job-widgets prerender <page\.html>\.\.\. --feed <jobs\.json>$/m);
    });
  }

  test('a build option given to prerender, or --feed to build, is a usage error', () => {
    const { code, stderr } = run(['build', 'postings', '--out', 'x.json', '--feed', 'site/jobs.json'], tmp.path);
    assert.equal(code, 2);
    assert.match(stderr, /--feed is an option of prerender, not of build/);
    assert.match(stderr, /^Usage: job-widgets build <postings-dir> --out <feed\.json>/m);
  });

  test('--help shows both commands and the prerender options', () => {
    const { stdout } = run(['--help'], tmp.path);
    assert.match(stdout, /^Usage: job-widgets build <postings-dir> --out <feed\.json> \[options\]\n {7}job-widgets prerender <page\.html>\.\.\. --feed <jobs\.json>\n/);
    assert.match(stdout, /Options of prerender:\n {2}-f, --feed <file> +the job feed the elements show \(required\)/);
    assert.equal(run(['prerender', '--help'], tmp.path).stdout, stdout);
  });
});

describe('the Vite plugin prerenders the pages it builds', () => {
  let tmp: TempDir;
  const page = '<!doctype html>\n<html lang="en">\n<head><title>Careers</title><script type="module" src="./main.js"></script></head>\n<body>\n<job-list href-template="/jobs/{id}/"></job-list>\n<job-detail job-id="designer"></job-detail>\n</body>\n</html>\n';
  before(() => {
    tmp = tempDir();
    tmp.write({ ...POSTINGS, 'index.html': page, 'main.js': 'console.log(1);\n' });
  });
  after(() => tmp.remove());

  const viteBuild = (options: { prerender?: boolean } = {}, outDir = 'out') =>
    build({ root: tmp.path, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true }, plugins: [jobWidgets({ postings: 'postings', ...options })] });

  test('at vite build, each <job-list> and <job-detail job-id> gets the jobs of the feed it built', async () => {
    await viteBuild();
    const html = readFileSync(join(tmp.path, 'out/index.html'), 'utf8');
    assert.deepEqual(shown(html).cards.slice(0, 2), ['Backend Engineer', 'Product Designer']);
    assert.match(html, /<job-detail job-id="designer"><!--job-widgets:prerendered--><template shadowroot="open"/);
    assert.match(html, /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/, 'Vite\'s own changes are there');
    // The elements' styles and state are the elements': Vite leaves them where they are.
    assert.equal(readFileSync(join(tmp.path, 'out/index.html'), 'utf8').match(/<!--job-widgets:prerendered-->/g)?.length, 2);
  });

  test('prerender: false leaves the page as it is', async () => {
    await viteBuild({ prerender: false }, 'plain');
    const html = readFileSync(join(tmp.path, 'plain/index.html'), 'utf8');
    assert.doesNotMatch(html, /job-widgets:prerendered|shadowrootmode/);
  });

  test('a job id the feed does not have fails the build, naming the page\'s line', async () => {
    tmp.write({ 'index.html': page.replace('job-id="designer"', 'job-id="desinger"') });
    try {
      await assert.rejects(viteBuild({}, 'bad'), /index\.html:6: <job-detail job-id="desinger">: \/jobs\.json has no job "desinger"\n {4}Did you mean "designer"\?/);
    } finally {
      tmp.write({ 'index.html': page });
    }
  });

  describe('in dev', () => {
    let server: ViteDevServer;
    before(async () => {
      server = await createServer({ root: tmp.path, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, ws: false }, plugins: [jobWidgets({ postings: 'postings' })] });
      await server.listen();
    });
    after(() => server.close());

    test('the page is served prerendered from the current postings', async () => {
      const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      const html = await (await fetch(`${origin}/`)).text();
      assert.deepEqual(shown(html).cards.slice(0, 2), ['Backend Engineer', 'Product Designer']);
      assert.match(html, /\/@vite\/client/);
    });
  });
});
