// The elements render on a server: @lit-labs/ssr renders the built package's <job-list .jobs>,
// <job-card .job> and <job-detail .job> in Node, where there is no `window` or `document`, into
// declarative shadow roots that hold the jobs' titles and, for the detail, the body: sanitized
// by the server's `setServerBody`, and never written unsanitized without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertBuilt } from './built.js';

assertBuilt('dist/index.js', 'dist/build/html-filter.js');

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
// The built files, typed as their sources: a typecheck before the build must not read dist/.
const built = (path: string): Promise<unknown> => import(new URL(`../../${path}`, import.meta.url).href);
const { setServerBody } = (await built('dist/index.js')) as typeof import('../../src/index.js');
const { filterRawHtml } = (await built('dist/build/html-filter.js')) as typeof import('../../src/build/html-filter.js');

// One clock for server and browser: the relative dates and what has closed do not depend on when
// the server rendered.
const NOW = new Date('2026-03-01T12:00:00Z');
const BODY = '<h3>What you will do</h3><p>Build the payments API.</p><script>alert(1)</script><img src="x" onerror="alert(2)">';
const jobs = [
  { id: 'backend-engineer', title: 'Backend Engineer', html: BODY, locations: ['Berlin, Germany'], datePosted: '2026-02-27' },
  { id: 'product-designer', title: 'Product Designer', html: '<p>Shape the product.</p>', datePosted: '2026-02-20' },
  { id: 'closed-role', title: 'Closed Role', html: '', validThrough: '2026-01-31' },
];

const renderToString = (template: unknown): Promise<string> => collectResult(render(template));
const shadowRoots = (output: string): number => output.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length ?? 0;

test('there is no DOM here: what renders, renders without one', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('<job-list .jobs> renders its cards, newest first, with in-place links and the count', async () => {
  const output = await renderToString(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
  // The list's shadow root and one per card.
  assert.equal(shadowRoots(output), 3);
  assert.ok(output.indexOf('Backend Engineer') < output.indexOf('Product Designer'), 'newest first');
  assert.ok(!output.includes('Closed Role'), 'a job closed at `now` is not listed');
  assert.match(output, /href="#job=backend-engineer"/);
  assert.match(output, /2 jobs/);
  assert.match(output, /aria-busy="false"/);
});

test('<job-card .job> renders its title and metadata', async () => {
  const output = await renderToString(html`<job-card .job=${jobs[0]} .now=${NOW} href="/jobs/backend-engineer"></job-card>`);
  assert.equal(shadowRoots(output), 1);
  assert.match(output, /<a part="link" class="link" href="\/jobs\/backend-engineer"><!--lit-part-->Backend Engineer/);
  assert.match(output, /Berlin, Germany/);
  assert.match(output, /2 days ago/);
});

test('<job-detail .job> renders its title and its body, sanitized by the server', async () => {
  setServerBody((body) => unsafeHTML(filterRawHtml(body, { minHeadingLevel: 3 })));
  try {
    const output = await renderToString(html`<job-detail .job=${jobs[0]} .now=${NOW}></job-detail>`);
    assert.equal(shadowRoots(output), 1);
    assert.match(output, /Backend Engineer/);
    assert.match(output, /<h3>What you will do<\/h3>/);
    assert.match(output, /Build the payments API\./);
    assert.doesNotMatch(output, /<script>alert|onerror/);
  } finally {
    setServerBody(undefined);
  }
});

test('without a server sanitizer, <job-detail> renders the body\'s placeholder, never the raw body', async () => {
  const output = await renderToString(html`<job-detail .job=${jobs[0]} .now=${NOW}></job-detail>`);
  assert.match(output, /Backend Engineer/);
  assert.match(output, /<div part="body" class="body" aria-busy="true">/);
  assert.doesNotMatch(output, /Build the payments API|alert/);
});
