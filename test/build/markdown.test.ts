// Markdown to HTML: GitHub-flavoured features work, and the output is safe on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterRawHtml } from '../../src/build/html-filter.js';
import { renderMarkdown } from '../../src/build/markdown.js';
import { unsafeParts } from './helpers/html-safety.js';

test('tables, task lists and autolinks (GFM)', () => {
  const html = renderMarkdown('| Perk | Value |\n|:--|--:|\n| Leave | 30 days |\n\n- [x] Rust\n- [ ] Go\n\nSee https://example.com/jobs and jobs@example.com');
  assert.match(html, /<table>\n<thead>\n<tr>\n<th align="left">Perk<\/th>/);
  assert.match(html, /<td align="right">30 days<\/td>/);
  assert.match(html, /<li><input type="checkbox" disabled checked> Rust<\/li>/);
  assert.match(html, /<li><input type="checkbox" disabled> Go<\/li>/);
  assert.match(html, /<a href="https:\/\/example.com\/jobs" rel="noopener noreferrer">https:\/\/example.com\/jobs<\/a>/);
  assert.match(html, /<a href="mailto:jobs@example.com">jobs@example.com<\/a>/);
  assert.deepEqual(unsafeParts(html), []);
});

test("a posting's own headings never outrank the job title", () => {
  assert.equal(renderMarkdown('# About\n## Team\n### Tools'), '<h3>About</h3>\n<h4>Team</h4>\n<h5>Tools</h5>\n');
  assert.equal(renderMarkdown('### Kept\n#### As is'), '<h3>Kept</h3>\n<h4>As is</h4>\n');
  assert.equal(renderMarkdown('Title\n====='), '<h3>Title</h3>\n');
  assert.equal(renderMarkdown('<h1>Raw</h1>'), '<h3>Raw</h3>');
});

test('harmless raw HTML survives under the policy', () => {
  const html = renderMarkdown('<details><summary>Benefits</summary>\n\nGym, <sup>1</sup> lunch<br>daily\n\n</details>');
  assert.match(html, /^<details><summary>Benefits<\/summary>/);
  assert.match(html, /<sup>1<\/sup> lunch<br>daily/);
  assert.match(html, /<\/details>$/);
});

test('a feed carries no parts, not even those a posting writes; a body an element renders gets the policy\'s', () => {
  assert.equal(renderMarkdown('<p part="apply">Hi <a href="/x" part="heading">x</a></p>\n\n## Role'), '<p>Hi <a href="/x">x</a></p><h3>Role</h3>\n');
  assert.equal(
    filterRawHtml('<h3 part="apply">Role</h3><p>Hi <span part="heading">x</span> <a href="https://example.com">y</a></p>', { minHeadingLevel: 3, shown: true }),
    '<h3 part="body-heading">Role</h3><p part="body-paragraph">Hi <span>x</span> <a href="https://example.com" part="body-link" rel="noopener noreferrer">y</a></p>',
  );
});

test('external links get rel="noopener noreferrer"; relative and mailto links do not need it', () => {
  const html = renderMarkdown('[a](https://a.example) [b](//b.example) [c](/careers) [d](mailto:x@y.z) <a href="https://raw.example" target="_blank">e</a>');
  assert.equal(
    html,
    '<p><a href="https://a.example" rel="noopener noreferrer">a</a> <a href="//b.example" rel="noopener noreferrer">b</a> <a href="/careers">c</a> <a href="mailto:x@y.z">d</a> <a href="https://raw.example" rel="noopener noreferrer">e</a></p>\n',
  );
});

test('code keeps its text and loses its class', () => {
  assert.equal(renderMarkdown('```html\n<script>alert(1)</script>\n```'), '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n');
});

test('an image whose address is refused is left out, not kept as an empty <img>', () => {
  assert.equal(
    renderMarkdown('<img src="javascript:alert(1)" alt="a"><img alt="b"><img src="/relative.png" alt="c"> <img src="https://example.com/d.png" alt="d">'),
    '<p> <img src="https://example.com/d.png" alt="d"></p>\n',
  );
  assert.equal(renderMarkdown('![Team](javascript:alert(1)) ![Office](https://example.com/o.png)'), '<p>Team <img src="https://example.com/o.png" alt="Office"></p>\n');
});
