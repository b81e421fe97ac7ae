// rel="noopener noreferrer" on every link that leaves the site, however its address is written:
// the build's markdown links and raw HTML follow the one rule of src/sanitize/policy.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/build/markdown.js';
import { unsafeParts } from './helpers/html-safety.js';

// `http:evil.com` has no `//`, yet a browser on an https: page reads it as http://evil.com/.
const EXTERNAL = ['http:evil.com', 'https:evil.com', 'HTTP:evil.com', 'http:/evil.com', '//evil.com', 'https://evil.com/jobs'];
const INTERNAL = ['/careers', 'jobs/1', '?q=rust', '#apply', 'mailto:jobs@example.com'];

const rels = (html: string) => [...html.matchAll(/<a [^>]*>/g)].map(([tag]) => /rel="([^"]*)"/.exec(tag)?.[1]);

test('markdown links: external ones get rel whatever their spelling, relative ones do not', () => {
  const html = renderMarkdown([...EXTERNAL, ...INTERNAL].map((href, i) => `[link ${i}](${href})`).join(' '));
  assert.deepEqual(rels(html), [...EXTERNAL.map(() => 'noopener noreferrer'), ...INTERNAL.map(() => undefined)]);
  assert.deepEqual(unsafeParts(html), []);
});

test('raw HTML links: the same rule, and an external link loses the rel it came with', () => {
  const html = renderMarkdown([...EXTERNAL, ...INTERNAL].map((href, i) => `<a href="${href}" rel="opener">link ${i}</a>`).join(' '));
  assert.deepEqual(rels(html), [...EXTERNAL.map(() => 'noopener noreferrer'), ...INTERNAL.map(() => 'opener')]);
  assert.deepEqual(unsafeParts(html), []);
});
