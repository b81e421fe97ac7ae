// `job-widgets/ssr` as a server calls it, on the built package: what renderJobList and
// renderJobDetail return (a declarative shadow root and an inert state script, nothing else), the
// attributes applied as the browser applies them, the server's clock and language, what needs
// script kept out of sight, and CSP hashes that match every <style> emitted. The output is
// parsed (parse5), as a browser would, never grepped for its meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { assertBuilt } from './built.js';

assertBuilt('dist/ssr/index.js');

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ssr = (await import(new URL('../../dist/ssr/index.js', import.meta.url).href)) as typeof import('../../src/ssr/index.js');
const { renderJobList, renderJobDetail, styleHashes } = ssr;

const NOW = new Date('2026-03-01T12:00:00Z');
const jobs = [
  { id: 'backend-engineer', title: 'Backend Engineer', html: '<h3>What you will do</h3><h4>Day to day</h4><p>Build the payments API.</p>', locations: ['Berlin, Germany'], department: 'Engineering', datePosted: '2026-02-27' },
  { id: 'product-designer', title: 'Product Designer', html: '<p>Shape the product.</p>', department: 'Design', datePosted: '2026-02-20' },
  { id: 'closed-role', title: 'Closed Role', html: '<p>Gone.</p>', datePosted: '2026-01-02', validThrough: '2026-01-31' },
];
const feed = { version: 1 as const, generated: '2026-03-01T00:00:00.000Z', organization: { name: 'Kestrelmoor' }, jobs };

// Every element of a parsed fragment, template contents (shadow roots) included.
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node): void => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) current.childNodes.forEach(visit);
    if ('content' in current && current.content) current.content.childNodes.forEach(visit);
  };
  visit(node);
  return found;
}
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
const byPart = (all: Element[], part: string): Element[] => all.filter((element) => attr(element, 'part')?.split(' ').includes(part));

function parsed(output: string): { top: Element[]; all: Element[]; state: Record<string, unknown> } {
  const fragment = parseFragment(output);
  const top = fragment.childNodes.filter((node): node is Element => 'tagName' in node);
  const script = top.find((element) => element.tagName === 'script')!;
  return { top, all: elements(fragment), state: JSON.parse(text(script)) as Record<string, unknown> };
}

test('renderJobList returns the shadow root and the state script, and nothing else', async () => {
  const output = await renderJobList(feed, {}, { now: NOW });
  const { top, state } = parsed(output);
  assert.deepEqual(
    top.map((element) => [element.tagName, attr(element, 'shadowrootmode') ?? attr(element, 'type'), attr(element, 'data-job-widgets-ssr')]),
    [
      ['template', 'open', undefined],
      ['script', 'application/json', ''],
    ],
  );
  assert.equal(state.now, NOW.toISOString());
  assert.equal(state.lang, 'en');
  assert.deepEqual(state.jobs, jobs, 'the feed, for the browser to search and open without a request');
  assert.deepEqual(state.organization, { name: 'Kestrelmoor' });
});

test('with a src, the state holds summaries: what cards, search and filters read, without bodies and ways to apply', async () => {
  const withApply = { ...feed, jobs: jobs.map((job) => ({ ...job, applyUrl: `https://example.com/apply/${job.id}`, contact: 'jobs@example.com' })) };
  const { state, all } = parsed(await renderJobList(withApply, { src: '/jobs.json' }, { now: NOW }));
  assert.deepEqual(state.summaries, true);
  assert.deepEqual(
    state.jobs,
    jobs.map(({ html: _body, ...summary }) => summary),
    'the jobs as a split index keeps them: the browser reads a body from the feed when a job opens',
  );
  assert.equal(byPart(all, 'card').length, 2, 'the cards are rendered all the same');
  const { state: whole } = parsed(await renderJobList(withApply, {}, { now: NOW }));
  assert.equal(whole.summaries, undefined);
  assert.deepEqual(whole.jobs, withApply.jobs, 'without a src the state is the only copy: bodies stay');
});

test('the list shows the first page of open jobs, newest first, as links, with the count', async () => {
  const { all } = parsed(await renderJobList(feed, { 'href-template': '/jobs/{id}/', 'heading-level': '3' }, { now: NOW }));
  const links = byPart(all, 'link');
  assert.deepEqual(
    links.map((link) => [text(link), attr(link, 'href')]),
    [
      ['Backend Engineer', '/jobs/backend-engineer/'],
      ['Product Designer', '/jobs/product-designer/'],
    ],
  );
  assert.deepEqual(byPart(all, 'heading').map((heading) => heading.tagName), ['h3', 'h3'], 'heading-level is applied');
  assert.equal(text(byPart(all, 'count')[0]!).trim(), '2 jobs');
  assert.equal(attr(byPart(all, 'base')[0]!, 'aria-busy'), 'false');
});

test('a scope by attribute and a teaser render on the server as in the browser', async () => {
  const scoped = parsed(await renderJobList(feed, { department: 'Design' }, { now: NOW })).all;
  assert.deepEqual(byPart(scoped, 'heading').map((heading) => text(heading).trim()), ['Product Designer']);
  assert.equal(text(byPart(scoped, 'count')[0]!).trim(), '1 job');
  assert.ok(!byPart(scoped, 'filter-summary').some((button) => text(button).includes('Department')), 'no filter for the scoped facet');

  const teaser = parsed(await renderJobList(feed, { limit: '1', 'all-href': '/careers/' }, { now: NOW })).all;
  assert.deepEqual(byPart(teaser, 'heading').map((heading) => text(heading).trim()), ['Backend Engineer']);
  const link = byPart(teaser, 'all-link')[0]!;
  assert.deepEqual([text(link).trim(), attr(link, 'href')], ['See all 2 open roles', '/careers/']);
  assert.equal(byPart(teaser, 'search').length, 0);
});

test('without href-template the cards link to the job in place; a server knows no page URL', async () => {
  const { all } = parsed(await renderJobList(feed, {}, { now: NOW }));
  assert.deepEqual(byPart(all, 'link').map((link) => attr(link, 'href')), ['#job=backend-engineer', '#job=product-designer']);
});

test('what needs script (search, filters, Show more) is marked to stay hidden until it works', async () => {
  const many = { ...feed, jobs: Array.from({ length: 120 }, (_, index) => ({ id: `job-${index}`, title: `Job ${index}`, html: '', datePosted: '2026-02-01' })) };
  const { all } = parsed(await renderJobList(many, {}, { now: NOW }));
  const base = byPart(all, 'base')[0]!;
  assert.match(attr(base, 'class')!, /\bprerendered\b/);
  for (const part of ['controls', 'more']) {
    const [element] = byPart(all, part);
    assert.ok(element, `${part} is rendered, keeping its room`);
    assert.match(attr(element, 'class')!, /\bneeds-script\b/, `${part} is hidden until the element hydrates`);
  }
  assert.equal(byPart(all, 'card').length, 100, 'one page of cards');
});

test('the language: the element\'s own lang, else the page\'s, in the state for the browser', async () => {
  const own = parsed(await renderJobList(feed, { lang: 'de' }, { now: NOW, lang: 'fr' }));
  assert.equal(own.state.lang, 'de');
  assert.equal(text(byPart(own.all, 'count')[0]!).trim(), '2 Stellen');
  const page = parsed(await renderJobList(feed, {}, { now: NOW, lang: 'fr-CA' }));
  assert.equal(page.state.lang, 'fr-CA');
  assert.equal(text(byPart(page.all, 'count')[0]!).trim(), '2 offres');
});

test('the clock: a job closed at `now` is not listed, and dates are relative to it', async () => {
  const { all } = parsed(await renderJobList(feed, {}, { now: NOW }));
  assert.ok(!byPart(all, 'heading').some((heading) => text(heading).includes('Closed Role')));
  assert.equal(text(byPart(all, 'date')[0]!).trim(), '2 days ago');
  const earlier = parsed(await renderJobList(feed, {}, { now: new Date('2026-01-15T12:00:00Z') }));
  assert.ok(byPart(earlier.all, 'heading').some((heading) => text(heading).includes('Closed Role')));
});

test('the list-header slot\'s wrapper shows when the page says the slot has content', async () => {
  const header = (all: Element[]) => attr(byPart(all, 'header')[0]!, 'hidden');
  assert.equal(header(parsed(await renderJobList(feed, {}, { now: NOW })).all), '');
  const withHeader = parsed(await renderJobList(feed, {}, { now: NOW, slots: ['list-header'] }));
  assert.equal(header(withHeader.all), undefined);
  assert.equal(withHeader.state.header, true);
});

test('the same input gives the same bytes (a second prerender changes nothing)', async () => {
  const attributes = { 'href-template': '/jobs/{id}/', filters: 'department' };
  assert.equal(await renderJobList(feed, attributes, { now: NOW }), await renderJobList(feed, attributes, { now: NOW }));
  assert.equal(await renderJobDetail(jobs[0]!, {}, { now: NOW }), await renderJobDetail(jobs[0]!, {}, { now: NOW }));
});

test('renderJobDetail: the job, its body sanitized with headings under the title, Apply, and Copy link hidden until it works', async () => {
  const job = { ...jobs[0]!, html: `${jobs[0]!.html}<script>alert(1)</script><img src="x" onerror="alert(2)">`, applyUrl: 'https://example.com/apply' };
  const output = await renderJobDetail(job, { 'heading-level': '1' }, { now: NOW, organization: { name: 'Kestrelmoor' } });
  const { top, all, state } = parsed(output);
  assert.deepEqual(top.map((element) => element.tagName), ['template', 'script']);
  assert.equal(byPart(all, 'heading')[0]!.tagName, 'h1');
  const body = byPart(all, 'body')[0]!;
  assert.deepEqual(elements(body).slice(1).map((element) => element.tagName), ['h2', 'h3', 'p']);
  assert.ok(!elements(body).some((element) => element.attrs.some((a) => a.name.startsWith('on'))));
  assert.equal(attr(byPart(all, 'apply')[0]!, 'href'), 'https://example.com/apply');
  assert.match(attr(byPart(all, 'copy-link')[0]!, 'class')!, /\bneeds-script\b/);
  assert.match(attr(byPart(all, 'detail')[0]!, 'class')!, /\bprerendered\b/);
  assert.deepEqual(state.job, job);
  assert.deepEqual(state.organization, { name: 'Kestrelmoor' });
});

test('renderJobDetail: the body\'s nodes carry their parts, as the browser\'s sanitizers set them, and none a posting wrote', async () => {
  const job = { ...jobs[0]!, html: '<h3 part="apply">Role</h3><p part="heading">Text <a href="/more" part="copy-link">more</a> <span part="heading">x</span></p><ul><li>One</li></ul>' };
  const { all } = parsed(await renderJobDetail(job, {}, { now: NOW }));
  const body = elements(byPart(all, 'body')[0]!).slice(1);
  assert.deepEqual(
    body.map((element) => `${element.tagName} ${attr(element, 'part') ?? '-'}`),
    ['h3 body-heading', 'p body-paragraph', 'a body-link', 'span -', 'ul body-list', 'li body-list-item'],
  );
  assert.deepEqual(['apply', 'heading', 'copy-link'].map((part) => byPart(all, part).length), [0, 1, 1]);
});

test('styleHashes() holds the sha256 of every <style> the renderer emits', async () => {
  const outputs = [await renderJobList(feed, {}, { now: NOW }), await renderJobDetail(jobs[0]!, {}, { now: NOW })];
  const emitted = new Set(
    outputs.flatMap((output) =>
      elements(parseFragment(output))
        .filter((element) => element.tagName === 'style')
        .map((style) => `'sha256-${createHash('sha256').update(text(style)).digest('base64')}'`),
    ),
  );
  assert.equal(emitted.size, 3, 'one style per element class: list, card, detail');
  assert.deepEqual(new Set(styleHashes()), emitted);
});

test('attribute names that are not names are refused, before anything is rendered', async () => {
  await assert.rejects(renderJobList(feed, { 'a b': '' }), TypeError);
  await assert.rejects(renderJobList(feed, { '><script>': '' }), TypeError);
});
