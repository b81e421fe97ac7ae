// The XSS corpus through the server path (`job-widgets/ssr`, built): every vector in the front
// matter and the body of a posting built by the real build, and every vector in every field of a
// feed that skipped the build, rendered by renderJobList and renderJobDetail. The output is parsed
// as a browser parses it (parse5, shadow roots' templates included), never grepped: no element
// that runs code or leaves the page, no event handler, no unsafe URL, the state script inert JSON
// that reads back as the state, titles as the text they are, bodies under the one HTML policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { buildFeed, parsePosting, type PostingSource } from '../../src/build/index.js';
import type { Feed, Job } from '../../src/feed/types.js';
import { ALLOWED_TAGS, BODY_PARTS, allowedAttributeValue } from '../../src/sanitize/policy.js';
import { postingText, rawJobs } from '../security/corpus.js';
import { XSS_VECTORS, beforeText, vectorId } from '../security/xss-vectors.js';
import { assertBuilt } from './built.js';

assertBuilt('dist/ssr/index.js');

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const { renderJobList, renderJobDetail } = (await import(new URL('../../dist/ssr/index.js', import.meta.url).href)) as typeof import('../../src/ssr/index.js');

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HTML = 'http://www.w3.org/1999/xhtml';
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset', 'ping', 'cite', 'codebase', 'xlink:href']);
// Nowhere in what the server sends, whatever part of it: the elements' own markup has none.
const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'base', 'meta', 'link', 'math', 'noscript']);

// The corpus as the build makes it (a posting whose front matter it refuses is built again with
// the vector in its body only), and as a feed that skipped the build.
const sources: PostingSource[] = XSS_VECTORS.map((vector, index) => {
  const path = `postings/${vectorId(index)}.md`;
  const full = postingText(vector, index);
  return { path, text: parsePosting(full, path, { now: NOW }).status === 'ok' ? full : postingText(vector, index, false) };
});
const built = buildFeed(sources, { now: NOW });
assert.ok(built.ok, JSON.stringify(built.errors));
const builtFeed = built.feed!;
const rawFeed: Feed = { version: 1, generated: NOW.toISOString(), jobs: rawJobs() };

function walk(node: Node, visit: (element: Element, inTemplate: boolean) => void, inTemplate = false): void {
  if ('tagName' in node) visit(node, inTemplate);
  if ('childNodes' in node) node.childNodes.forEach((child) => walk(child, visit, inTemplate));
  if ('content' in node && node.content) node.content.childNodes.forEach((child) => walk(child, visit, true));
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
const collapse = (value: string) => value.trim().replace(/\s+/g, ' ');
const hasPart = (element: Element, part: string) => attr(element, 'part')?.split(' ').includes(part) ?? false;
// The scheme a browser reads from a URL attribute (tabs and newlines ignored, leading controls trimmed).
const schemeOf = (value: string) =>
  /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))?.[1]?.toLowerCase();

/** Everything that could run, leave the page or hide its markup, in one rendered element. */
function problems(output: string, state: unknown): string[] {
  const found: string[] = [];
  const fragment = parseFragment(output);
  const top = fragment.childNodes.filter((node): node is Element => 'tagName' in node);
  // Exactly the two elements the API promises, and the script is the state, intact.
  const shape = top.map((element) => element.tagName).join();
  if (shape !== 'template,script') found.push(`top-level elements: ${shape}`);
  const script = top[1];
  if (script && (attr(script, 'type') !== 'application/json' || attr(script, 'data-job-widgets-ssr') !== '')) found.push('the state script is not inert JSON');
  if (script) {
    try {
      assert.deepEqual(JSON.parse(text(script)), state);
    } catch {
      found.push('the state script does not read back as the state');
    }
  }
  walk(fragment, (element, inTemplate) => {
    const name = element.tagName;
    if (inTemplate && name === 'script') found.push('<script> in a shadow root');
    if (name === 'template' && attr(element, 'shadowrootmode') === undefined) found.push('<template> that is not a shadow root');
    if (FORBIDDEN.has(name)) found.push(`<${name}>`);
    for (const { name: attribute, value } of element.attrs) {
      if (attribute.toLowerCase().startsWith('on')) found.push(`<${name} ${attribute}>`);
      if (attribute === 'srcdoc' || attribute === 'style') found.push(`<${name} ${attribute}>`);
      const scheme = URL_ATTRIBUTES.has(attribute) ? schemeOf(value) : undefined;
      if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) found.push(`<${name} ${attribute}="${value}">`);
    }
  });
  return found;
}

/** Every element of the body parts, checked against the one HTML policy. */
function outsidePolicy(output: string): string[] {
  const found: string[] = [];
  walk(parseFragment(output), (element) => {
    if (!hasPart(element, 'body')) return;
    walk(element, (inner) => {
      if (inner === element) return;
      if (inner.namespaceURI !== HTML) found.push(`<${inner.tagName}> in ${inner.namespaceURI}`);
      if (!ALLOWED_TAGS.has(inner.tagName)) found.push(`<${inner.tagName}> is not allowed`);
      for (const { name, value } of inner.attrs) {
        // A part is the policy's own, forced on what it names (a posting's is never kept).
        const forcedPart = name === 'part' && value === BODY_PARTS[inner.tagName];
        if (!forcedPart && allowedAttributeValue(inner.tagName, name, value) === undefined) found.push(`<${inner.tagName} ${name}="${value}"> is not allowed`);
      }
    });
  });
  return found;
}

const headings = (output: string) => {
  const found: string[] = [];
  walk(parseFragment(output), (element) => {
    if (hasPart(element, 'heading')) found.push(collapse(text(element)));
  });
  return found;
};

const lists = (jobs: Job[]) => Array.from({ length: Math.ceil(jobs.length / 100) }, (_, page) => jobs.slice(page * 100, page * 100 + 100));

for (const [path, feed] of [
  ['built by the build', builtFeed],
  ['from a feed that skipped the build', rawFeed],
] as const) {
  test(`renderJobList, every vector ${path}: nothing executable, titles as text`, async () => {
    const findings: string[] = [];
    let titled = 0;
    for (const jobs of lists(feed.jobs)) {
      const page = { ...feed, jobs };
      for (const attributes of [{}, { 'href-template': '/jobs/{id}/', 'group-by': 'department' }] as Record<string, string>[]) {
        const output = await renderJobList(page, attributes, { now: NOW });
        findings.push(...problems(output, { now: NOW.toISOString(), lang: 'en', header: false, jobs }));
        const shown = headings(output);
        // A job the checks keep shows its title as the text it is (the checks may drop a job or cut a field).
        for (const job of jobs) if (shown.includes(collapse(job.title))) titled++;
      }
    }
    assert.deepEqual(findings, []);
    assert.ok(titled >= feed.jobs.length, `${titled} titles shown as text, of ${feed.jobs.length} jobs twice`);
  });

  test(`renderJobDetail, every vector ${path}: nothing executable, the body under the one policy`, async () => {
    const findings: string[] = [];
    for (const job of feed.jobs) {
      const output = await renderJobDetail(job, {}, { now: NOW });
      findings.push(...problems(output, { now: NOW.toISOString(), lang: 'en', job }).map((problem) => `${job.id}: ${problem}`));
      findings.push(...outsidePolicy(output).map((problem) => `${job.id}: ${problem}`));
    }
    assert.deepEqual(findings, []);
  });
}

test('the legitimate text around each built vector is still in its server-rendered body', async () => {
  const missing: string[] = [];
  for (const [index, vector] of XSS_VECTORS.entries()) {
    const job = builtFeed.jobs.find((candidate) => candidate.id === vectorId(index))!;
    const output = await renderJobDetail(job, {}, { now: NOW });
    let body = '';
    walk(parseFragment(output), (element) => {
      if (hasPart(element, 'body')) body = collapse(text(element));
    });
    if (!body.includes(beforeText(vector))) missing.push(vector.name);
  }
  assert.deepEqual(missing, []);
});

test('the checks find what they look for (so the tests above can fail)', () => {
  const hostile =
    '<template shadowrootmode="open"><style>p{}</style><img src="x" onerror="__xss()"><a href=" java\tscript:__xss()">x</a>' +
    '<div part="body"><svg><script>__xss()</script></svg><p style="x">y</p></div></template>' +
    '<script type="application/json" data-job-widgets-ssr>{"now":"x"}</script><script>__xss()</script>';
  const found = problems(hostile, { now: 'y' });
  for (const expected of ['top-level elements: template,script,script', 'the state script does not read back as the state', '<img onerror>', '<script> in a shadow root', '<p style>']) {
    assert.ok(found.includes(expected), `${expected} not in ${JSON.stringify(found)}`);
  }
  assert.ok(found.some((problem) => problem.startsWith('<a href=')));
  assert.deepEqual(outsidePolicy(hostile).slice(0, 2), ['<svg> in http://www.w3.org/2000/svg', '<svg> is not allowed']);
});
