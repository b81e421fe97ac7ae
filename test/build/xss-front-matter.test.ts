// Front matter is text, always: the XSS corpus in every field a card or detail shows is kept
// verbatim as text (the elements render it as text), and hostile contact and apply URLs are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePosting } from '../../src/build/index.js';
import { XSS_VECTORS } from '../security/xss-vectors.js';

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const posting = (fields: string) => `---\ntitle: A job\n${fields}\n---\nBody`;
const value = (text: string) => JSON.stringify(text);

test('a vector in a text field is kept as the text it is, never turned into HTML', () => {
  for (const { name, markup } of XSS_VECTORS) {
    const text = posting(
      ['summary', 'location', 'department', 'salary'].map((key) => `${key}: ${value(markup)}`).join('\n') + `\ntags: [${value(markup)}]`,
    ).replace('title: A job', `title: ${value(markup)}`);
    const result = parsePosting(text, `${name}.md`);
    if (CONTROL_CHARACTERS.test(markup)) {
      assert.equal(result.status, 'invalid', `${name}: control characters in front matter are refused`);
      continue;
    }
    assert.equal(result.status, 'ok', `${name}: ${JSON.stringify(result.errors)}`);
    const job = result.job!;
    const collapsed = markup.trim().replace(/\s+/g, ' ');
    assert.equal(job.title, collapsed, name);
    assert.equal(job.summary, collapsed, name);
    assert.deepEqual(job.locations, [collapsed], name);
    assert.equal(job.department, collapsed, name);
    assert.deepEqual(job.tags, [collapsed], name);
    assert.equal(job.salary?.text, markup.trim(), name);
    assert.equal(job.html, '<p>Body</p>\n', `${name}: front matter never reaches the body`);
  }
});

test('apply_url refuses every hostile URL and every vector', () => {
  const candidates = [...XSS_VECTORS.flatMap((vector) => (vector.url ? [vector.url] : [])), ...XSS_VECTORS.map((v) => v.markup)];
  assert.ok(candidates.length > XSS_VECTORS.length);
  for (const key of ['apply_url', 'applyUrl']) {
    for (const url of candidates) {
      const result = parsePosting(posting(`${key}: ${value(url)}`), 'apply.md');
      assert.equal(result.status, 'invalid', `${key}: ${JSON.stringify(url)} was accepted`);
      assert.ok(result.errors.some((error) => error.message.startsWith(`"${key}" must be an https:// or http:// address`)), JSON.stringify(result.errors));
    }
  }
});

test('contact refuses every hostile URL, every vector and addresses with markup around them', () => {
  const candidates = [
    ...XSS_VECTORS.flatMap((vector) => (vector.url ? [vector.url] : [])),
    ...XSS_VECTORS.map((vector) => vector.markup),
    'jobs@example.com<script>__xss()</script>',
    '<img src=x onerror=__xss()>@example.com',
    'jobs@example.com" onmouseover="__xss()',
    'Jobs <javascript:__xss()>',
    'mailto:jobs@example.com?body=<script>__xss()</script>',
    'javascript:__xss()//@example.com',
  ];
  for (const key of ['contact', 'email']) {
    for (const contact of candidates) {
      const result = parsePosting(posting(`${key}: ${value(contact)}`), 'contact.md');
      assert.equal(result.status, 'invalid', `${key}: ${JSON.stringify(contact)} was accepted`);
      assert.ok(result.errors.some((error) => error.message.startsWith(`"${key}" must be an email address`)), JSON.stringify(result.errors));
    }
  }
});
