// The CDN build's step that collapses the line breaks and indents of Lit's html`…` templates: it
// must change nothing a browser shows, so it touches only white space that holds a line break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseHtmlLiterals } from '../../scripts/html-literals.js';

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
