// Prerendering a page (issue 15), the pure part: where the output goes and what stays. The
// elements are rendered by a stand-in here, which writes what it was given, so that these tests
// are about the page's text: every byte but the output kept, the output replaced on the next
// run, and the problems named by file and line. What the real renderer writes is tested with
// the CLI and the Vite plugin (prerender-cli.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, prerenderPage, type ElementRenderer } from '../../src/build/index.js';
import { PRERENDER_END, PRERENDER_START } from '../../src/build/prerender.js';
import type { Feed, Job } from '../../src/feed/types.js';
import { withoutOutput } from './helpers/prerendered.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const job = (id: string, title: string): Job => ({ id, title, html: `<p>${title}.</p>` });
const FEED: Feed = { version: 1, generated: '2026-06-01T00:00:00Z', jobs: [job('backend', 'Backend Engineer'), job('designer', 'Designer')] };

/** Renders what it was given, as the real renderer's declarative shadow root would hold it. */
const renderer: ElementRenderer = {
  renderJobList: async (feed, attributes, options) =>
    `<template shadowrootmode="open">${feed.jobs.map((j) => j.title).join(', ')} ${JSON.stringify(attributes)} ${options?.now?.toISOString()}</template>`,
  renderJobDetail: async (j, attributes, options) =>
    `<template shadowrootmode="open"><h2>${j.title}</h2> ${JSON.stringify(attributes)} ${JSON.stringify({ ...options, now: undefined })}</template>`,
};

const prerender = (html: string, feed = FEED) => prerenderPage(html, 'site/careers.html', feed, { now: NOW, renderer, feedName: 'jobs.json' });

const PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><title>Careers</title></head>',
  '<body>',
  '  <h1>Open roles</h1>',
  '  <job-list src="/jobs.json" HREF-TEMPLATE=\'/jobs/{id}/\' data-note="a &amp; b"><a href="/jobs/">See all open roles</a></job-list>',
  '  <job-detail job-id="designer" heading-level="1">',
  '    <p slot="apply"><a href="/apply">Apply</a></p>',
  '  </job-detail>',
  '  <footer>© Kestrelmoor</footer>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

describe('prerendering a page', () => {
  test('fills each element right after its start tag and keeps every other byte', async () => {
    const result = await prerender(PAGE);
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.deepEqual([result.lists, result.details], [1, 1]);
    const html = result.html!;
    assert.equal(withoutOutput(html), PAGE, 'start tags, attributes, children and line endings as they were');
    assert.ok(
      html.includes(
        `<job-list src="/jobs.json" HREF-TEMPLATE='/jobs/{id}/' data-note="a &amp; b">${PRERENDER_START}<template shadowrootmode="open">Backend Engineer, Designer`,
      ),
    );
    assert.ok(html.includes(`${PRERENDER_END}<a href="/jobs/">See all open roles</a></job-list>`), 'the light-DOM children after the output');
    assert.ok(html.includes(`<job-detail job-id="designer" heading-level="1">${PRERENDER_START}<template shadowrootmode="open"><h2>Designer</h2>`));
  });

  test('gives the renderer the attributes as a browser reads them, and the clock', async () => {
    const html = (await prerender(PAGE)).html!;
    assert.ok(html.includes('{"src":"/jobs.json","href-template":"/jobs/{id}/","data-note":"a & b"} 2026-06-01T00:00:00.000Z'));
    assert.ok(html.includes('{"job-id":"designer","heading-level":"1"}'));
  });

  test('tells the renderer the closest lang around the element, the slots its children fill and the organization', async () => {
    const page =
      '<html lang="en"><body><div lang="de-CH"><p lang="fr"></p>' +
      '<job-detail job-id="backend"><button slot="apply">Apply</button><span slot="apply"></span><p>Text</p></job-detail></div>' +
      '<job-detail job-id="designer" lang="ar"></job-detail></body></html>';
    const feed: Feed = { ...FEED, organization: { name: 'Kestrelmoor' } };
    const once = (await prerender(page, feed)).html!;
    assert.ok(once.includes('{"slots":["apply"],"lang":"de-CH","organization":{"name":"Kestrelmoor"}}'), once);
    assert.ok(once.includes('{"job-id":"designer","lang":"ar"} {"slots":[],"lang":"en","organization":{"name":"Kestrelmoor"}}'), once);
    // The earlier output's elements fill no slot: the second run tells the renderer the same.
    assert.equal((await prerender(once, feed)).html, once);
  });

  test('a second run replaces the first one\'s output and changes no byte', async () => {
    const once = (await prerender(PAGE)).html!;
    const twice = (await prerender(once)).html!;
    assert.equal(twice, once);
  });

  test('a run with another feed replaces the output, and only the output', async () => {
    const once = (await prerender(PAGE)).html!;
    const feed: Feed = { ...FEED, jobs: [job('designer', 'Lead Designer'), job('writer', 'Writer')] };
    const again = await prerender(once, feed);
    assert.equal(again.ok, true);
    assert.equal(withoutOutput(again.html!), PAGE);
    assert.match(again.html!, /Lead Designer, Writer/);
    assert.doesNotMatch(again.html!, /Backend Engineer/);
    assert.equal(again.html!.split(PRERENDER_START).length, 3, 'one output per element');
  });

  test('an element without an end tag, or written as self-closing, is filled as a browser parses it', async () => {
    const page = '<!doctype html><body><job-list src="/jobs.json"/>\n<p>After</p>';
    const result = await prerender(page);
    assert.equal(result.html, `<!doctype html><body><job-list src="/jobs.json"/>${PRERENDER_START}${await renderer.renderJobList(FEED, { src: '/jobs.json' }, { now: NOW })}${PRERENDER_END}\n<p>After</p>`);
    assert.equal((await prerender(result.html!)).html, result.html);
  });

  test('elements inside a list\'s children are filled; inside <template>, <noscript> or a comment they are not', async () => {
    const page =
      '<div><job-list><job-detail job-id="backend"></job-detail></job-list></div>' +
      '<template><job-list></job-list></template><noscript><job-list></job-list></noscript><!-- <job-list></job-list> -->';
    const result = await prerender(page);
    assert.deepEqual([result.lists, result.details], [1, 1]);
    assert.equal(withoutOutput(result.html!), page);
    assert.equal((await prerender(result.html!)).html, result.html);
  });

  test('a <job-detail> without job-id is left for its script; a page without elements is a warning', async () => {
    const page = '<main><job-detail></job-detail></main>';
    const result = await prerender(page);
    assert.equal(result.html, page);
    assert.deepEqual(result.warnings, []);
    const empty = await prerender('<p>No jobs here</p>');
    assert.equal(empty.ok, true);
    assert.equal(empty.html, '<p>No jobs here</p>');
    assert.deepEqual(empty.warnings.map((w) => [w.file, w.line, w.message]), [['site/careers.html', 1, 'has no <job-list> or <job-detail> to prerender']]);
  });
});

describe('what prerendering refuses, by file and line', () => {
  test('a job id the feed does not have, with the nearest one', async () => {
    const page = '<!doctype html>\n<body>\n<job-list></job-list>\n<job-detail job-id="desinger"></job-detail>\n<job-detail job-id="zzz"></job-detail>';
    const result = await prerender(page);
    assert.equal(result.ok, false);
    assert.equal(result.html, undefined);
    assert.deepEqual(
      result.errors.map((e) => [e.file, e.line, e.message, e.hint]),
      [
        ['site/careers.html', 4, '<job-detail job-id="desinger">: jobs.json has no job "desinger"', 'Did you mean "designer"?'],
        ['site/careers.html', 5, '<job-detail job-id="zzz">: jobs.json has no job "zzz"', 'Its jobs are backend, designer.'],
      ],
    );
  });

  for (const [what, text] of [
    ['a feed', '{"version":1,"jobs":[]}'],
    ['markdown', '# Careers\n\n<job-list></job-list>'],
    ['plain text', 'jobs'],
    ['binary', '<\0\0\0'],
  ] as const) {
    test(`a page that is not HTML: ${what}`, async () => {
      const result = await prerender(text);
      assert.deepEqual(result.errors.map((e) => [e.file, e.line, e.message]), [['site/careers.html', 1, 'is not an HTML page']]);
    });
  }

  test('an HTML fragment (a server-side include) is a page; so is one with a BOM or a comment first', async () => {
    for (const page of ['<job-list></job-list>', '\uFEFF\n  <!-- careers --><job-list></job-list>']) assert.equal((await prerender(page)).lists, 1);
  });

  test('what the renderer refuses, named at its element; nothing is rendered for a page with problems', async () => {
    const refusing: ElementRenderer = {
      ...renderer,
      renderJobList: async (_, attributes) => {
        throw new TypeError(`"${Object.keys(attributes ?? {})[0]}" is not an attribute name.`);
      },
    };
    const result = await prerenderPage('<body>\n<job-list @click="x"></job-list>', 'page.html', FEED, { renderer: refusing });
    assert.deepEqual(result.errors.map((e) => [e.line, e.message]), [[2, '<job-list> cannot be rendered: "@click" is not an attribute name.']]);
    let rendered = 0;
    const counting: ElementRenderer = { renderJobList: async () => String(++rendered), renderJobDetail: async () => String(++rendered) };
    const bad = await prerenderPage('<job-list></job-list><job-detail job-id="nobody"></job-detail>', 'page.html', FEED, { renderer: counting });
    assert.equal(bad.ok, false);
    assert.equal(rendered, 0);
  });

  test('an earlier output whose end marker was removed', async () => {
    const page = `<body>\n\n<job-list>${PRERENDER_START}<template shadowrootmode="open">old</template><a href="/jobs/">All roles</a></job-list>\n</body>`;
    const result = await prerender(page);
    assert.deepEqual(result.errors.map((e) => [e.line, e.message]), [[3, `the earlier output inside <job-list> has no end marker ${PRERENDER_END}`]]);
  });
});

describe('reading the feed to prerender from', () => {
  test('a feed that is not JSON is an error on the line where it breaks', () => {
    const result = parseFeed('{\n"version": 1,\n"jobs": [\n}', 'public/jobs.json');
    assert.equal(result.feed, undefined);
    assert.equal(result.errors[0]!.file, 'public/jobs.json');
    assert.equal(result.errors[0]!.line, 4);
    assert.match(result.errors[0]!.message, /^is not JSON: /);
  });

  test('JSON that is not a feed is an error', () => {
    assert.deepEqual(parseFeed('{"postings":[]}', 'jobs.json').errors.map((e) => e.message), ['is JSON but not a job feed: it has no "jobs" list']);
  });

  test('jobs that fail the browser\'s checks are left out and named, as the browser leaves them out', () => {
    const text = JSON.stringify({ version: 1, generated: '2026-06-01T00:00:00Z', jobs: [job('backend', 'Backend Engineer'), { id: 'no-title', html: '' }] });
    const result = parseFeed(text, 'jobs.json');
    assert.deepEqual(result.feed?.jobs.map((j) => j.id), ['backend']);
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!.message, /^job 2 \("no-title"\): /);
  });
});
