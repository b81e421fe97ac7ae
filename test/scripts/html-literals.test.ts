// The step that collapses the line breaks and indents of Lit's html`…` templates, a Vite plugin of
// the CDN build and `node scripts/html-literals.js src dist` for the npm package: it must change
// nothing a browser shows, so it touches only white space that holds a line break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collapseHtmlLiterals } from '../../scripts/html-literals.js';
import { tempDir } from '../build/helpers/temp-dir.js';
import { runNode } from '../support/run.js';

const collapse = (code: string) => collapseHtmlLiterals(code, 'card.ts')?.toString() ?? code;

test('a line break and the indent around it become one space, in every piece of a template', () => {
  const code = 'const t = html`<div>\n    ${a}\n    <span class="x">${b} </span\n  ></div>`;';
  assert.equal(collapse(code), 'const t = html`<div> ${a} <span class="x">${b} </span ></div>`;');
});

test('white space without a line break, expressions and other templates are kept as written', () => {
  const code = [
    'const label = html`<span class="hidden">${label} </span>`;',
    'const nested = html`<ul>\n  ${items.map((item) => html`<li>\n    ${`a\n b`}</li>`)}\n</ul>`;',
    'const text = `one\n  two`;',
    'const style = css`:host {\n  display: block;\n}`;',
    'const join = [a, b].join(`\n`);',
  ].join('\n');
  assert.equal(
    collapse(code),
    code.replace('<ul>\n  ${', '<ul> ${').replace('<li>\n    ${', '<li> ${').replace(')}\n</ul>', ')} </ul>'),
  );
});

test('static templates (heading levels) are collapsed too', () => {
  assert.equal(collapse('staticHtml`<${tag}\n  part="heading">${title}</${tag}>`'), 'staticHtml`<${tag} part="heading">${title}</${tag}>`');
});

test('a file without html templates is left alone', () => {
  assert.equal(collapseHtmlLiterals('const a = `x\n  y`;', 'a.ts'), undefined);
});

const SCRIPT = join(process.cwd(), 'scripts/html-literals.js');
// What tsc emits for a template: the tag and the literal apart, a nested template in a binding.
const EMITTED = [
  "import { html } from 'lit';",
  'export const card = (title, tags) => html `<article part="card">',
  '    <h3>${title}</h3>',
  '    ${tags.map((tag) => html `<li>',
  '        ${tag}',
  '      </li>`)}',
  '  </article>`;',
  'const message = `Line one',
  '    line two`;',
  '',
].join('\n');

test('for the npm package: drops the spaces after each line break in html`…` literals, nested ones too, and nothing else', () => {
  const trimmed = collapseHtmlLiterals(EMITTED, 'card.js', { keepLines: true })!.toString();
  assert.match(trimmed, /html `<article part="card">\n<h3>\$\{title\}<\/h3>\n\$\{tags\.map/);
  assert.match(trimmed, /html `<li>\n\$\{tag\}\n<\/li>`\)\}\n<\/article>`;/);
  // A line break stays: the same whitespace text nodes, and the same line count for source maps.
  assert.equal(trimmed.split('\n').length, EMITTED.split('\n').length);
  // Code and other template literals keep their spaces.
  assert.match(trimmed, /const message = `Line one\n {4}line two`;/);
  assert.match(trimmed, /html `<li>/);
  assert.equal(collapseHtmlLiterals('const a = `\n  b`;\n', 'a.js', { keepLines: true }), undefined);
});

test('trims what tsc emitted for the sources, and fails when there is nothing to trim', () => {
  const tmp = tempDir();
  try {
    tmp.write({ 'src/card.ts': 'export {};', 'dist/card.js': EMITTED, 'dist/cdn/job-widgets.js': EMITTED });
    const result = runNode([SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(join(tmp.path, 'dist/card.js'), 'utf8'), /<article part="card">\n<h3>/);
    assert.equal(readFileSync(join(tmp.path, 'dist/cdn/job-widgets.js'), 'utf8'), EMITTED, 'not this step\'s output');
    const again = runNode([SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /no html`…` literal to trim/);
  } finally {
    tmp.remove();
  }
});
