// Issue 13, point 2: a body the build accepts is built in time linear in its size; a body shaped
// so that marked itself would take quadratic time is refused, with its line, in linear time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parsePosting } from '../../src/build/index.js';
import { renderMarkdown } from '../../src/build/markdown.js';
import { Marked } from 'marked';
import { lexWithinLimits, MarkdownTooCostlyError, MAX_NESTING } from '../../src/build/markdown-limits.js';
import { prng } from '../../bench/prng.js';
import { LINEAR, scaling } from './helpers/scaling.js';

const KB = 1024;

/**
 * Bodies shaped against marked, each a repeated unit (the closing part, if any, once at the
 * end). Those marked reads in linear time are built; the others (quadratic in marked itself)
 * are refused, and either way at 1 MB in about ten times the time of 100 KB. Shapes that only
 * guard against a regression are timed at 50 KB and 500 KB, to keep the tests quick.
 */
const SHAPES: Record<string, { unit: string; end?: string; built: boolean; size?: number }> = {
  'a_ (the reproduction)': { unit: 'a_', built: true },
  '_a': { unit: '_a', built: true },
  '*a': { unit: '*a', built: true },
  'a*': { unit: 'a*', built: true },
  'a!': { unit: 'a!', built: true, size: 50 * KB },
  '[a': { unit: '[a', built: true, size: 50 * KB },
  '<a': { unit: '<a', built: true, size: 50 * KB },
  'a list item of many lines': { unit: 'a\n', built: false },
  '*a openers closed once at the end': { unit: '*a ', end: 'b*', built: false },
  '_a= with an address at the end': { unit: '_a=', end: '@b.c', built: false },
  'a run of * closed once': { unit: '*', end: 'a*', built: false },
  '~~ that never close': { unit: '~~a ', end: 'b~~', built: false },
  'links to the last )': { unit: '[a](', end: ')', built: false },
  'URLs cut at (': { unit: 'www.a(', built: false },
  'code spans cut by escapes': { unit: '``\\', end: '@b.c', built: false },
  'processing instructions never closed': { unit: 'a<?', built: false },
};

const shape = (name: string, size: number): string => {
  const { unit, end = '' } = SHAPES[name]!;
  const prefix = name === 'a list item of many lines' ? '- ' : '';
  return prefix + unit.repeat(Math.floor((size - prefix.length - end.length) / unit.length)) + end;
};

for (const [name, { built, size = 100 * KB }] of Object.entries(SHAPES)) {
  test(`markdown: ${name} is ${built ? 'built' : 'refused'} in time linear in its size`, () => {
    const { ratio, large } = scaling((size) => shape(name, size), size, (body) => {
      try {
        renderMarkdown(body);
        return 'built';
      } catch (error) {
        if (!(error instanceof MarkdownTooCostlyError)) throw error;
        return 'refused';
      }
    });
    assert.equal(large, built ? 'built' : 'refused', `at ${(size * 10) / KB} KB`);
    assert.ok(ratio < LINEAR, `${(size * 10) / KB} KB took ${ratio.toFixed(1)} times three runs of ${size / KB} KB`);
  });
}

test('a body refused for the work it would take is refused with its line and a hint', () => {
  const result = parsePosting(`---\ntitle: X\nid: x\n---\nIntro\n\n${shape('links to the last )', 100 * KB)}`, 'x.md');
  assert.equal(result.status, 'invalid');
  assert.deepEqual([result.errors[0]!.file, result.errors[0]!.line], ['x.md', 5]);
  assert.match(result.errors[0]!.message, /shaped to take the markdown parser more than linear time/);
  assert.match(result.errors[0]!.hint ?? '', /as \\\*/);
});

test('emphasis nested thousands of levels deep is refused with the line, not a stack overflow', () => {
  const depth = 5_000;
  const nested = '*a _'.repeat(depth) + 'b' + '_ a*'.repeat(depth);
  const result = parsePosting(`---\ntitle: X\n---\nIntro\n\n${nested}`, 'deep.md');
  assert.equal(result.status, 'invalid');
  // Each level is read again inside the one around it: the work runs out before the depth does.
  assert.match(result.errors[0]!.message, new RegExp(`emphasis nested deep|nests emphasis or links more than ${MAX_NESTING} levels`));
  assert.equal(result.errors[0]!.line, 4);
  assert.equal(parsePosting(`---\ntitle: X\n---\n${'*a _'.repeat(20)}b${'_ a*'.repeat(20)}`, 'fine.md').status, 'ok');
});

test("the lexer within limits gives marked's own tokens for markdown as people write it", () => {
  const files = [...readdirSync('demo/postings').map((name) => `demo/postings/${name}`), 'README.md', 'SECURITY.md', 'ARCHITECTURE.md', 'docs/api.md'];
  const options = new Marked({ gfm: true, breaks: false }).defaults;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.equal(JSON.stringify(lexWithinLimits(text, options)), JSON.stringify(new Marked({ gfm: true, breaks: false }).lexer(text)), file);
  }
});

test("the lexer within limits gives marked's own tokens for 20,000 random snippets of markdown", () => {
  const pieces = ['a', 'foo', 'x.y', '@', '@b.c', 'jobs@example.com', ' ', '\n', '*', '_', '~', '`', '``', '[', ']', '(', ')', '<', '>', '!', '\\', '&', ':', '/', 'http://', 'www.', '-', '+', '#', '"', '=', '?', '|', '\n\n', '- ', '1. ', '> ', '===', '---', '    ', '<a>', '<?', '<!--', 'é'];
  const random = prng(13);
  const options = new Marked({ gfm: true, breaks: false }).defaults;
  for (let i = 0; i < 20_000; i++) {
    const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    assert.equal(JSON.stringify(lexWithinLimits(text, options)), JSON.stringify(new Marked({ gfm: true, breaks: false }).lexer(text)), JSON.stringify(text));
  }
});

test('postings as people write them are built at the size limit, and read the same as marked reads them', () => {
  const bodies = readdirSync('demo/postings').map((name) => readFileSync(`demo/postings/${name}`, 'utf8').split(/\n---\n/).slice(1).join('\n---\n'));
  let body = '';
  while (body.length < 1000 * KB) body += bodies[body.length % bodies.length] + '\n\n';
  const result = parsePosting(`---\ntitle: X\n---\n${body.slice(0, 1000 * KB)}`, 'long.md');
  assert.equal(result.status, 'ok', result.errors[0]?.message);
  // An address's local part has at most 64 characters (RFC 5321): a longer one is not a link.
  assert.match(renderMarkdown(`${'a'.repeat(64)}@example.com`), /<a href="mailto:a{64}@example.com">/);
  assert.doesNotMatch(renderMarkdown(`${'a'.repeat(65)}@example.com`), /<a /);
  // Email addresses, code spans and setext headings are read as before.
  assert.equal(
    renderMarkdown('Write to jobs@example.com or a.b+c@d.example.\n\nUse `a` and ``b ` c``, not \\`.\n\nTitle\n---\n\n- item\n  ===\n'),
    '<p>Write to <a href="mailto:jobs@example.com">jobs@example.com</a> or <a href="mailto:a.b+c@d.example">a.b+c@d.example</a>.</p>\n' +
      '<p>Use <code>a</code> and <code>b ` c</code>, not `.</p>\n<h4>Title</h4>\n<ul>\n<li><h3>item</h3>\n</li>\n</ul>\n',
  );
});

