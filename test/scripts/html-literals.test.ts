// `node scripts/html-literals.js src dist`, a step of the library build (and a Vite plugin of the
// CDN build): it drops the indentation inside html`…` literals and leaves everything else alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trimHtmlLiterals } from '../../scripts/html-literals.js';
import { tempDir } from '../build/helpers/temp-dir.js';

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

test('drops the spaces after each line break in html`…` literals, nested ones too, and nothing else', () => {
  const trimmed = trimHtmlLiterals(EMITTED, 'card.js')!.toString();
  assert.match(trimmed, /html `<article part="card">\n<h3>\$\{title\}<\/h3>\n\$\{tags\.map/);
  assert.match(trimmed, /html `<li>\n\$\{tag\}\n<\/li>`\)\}\n<\/article>`;/);
  // A line break stays: the same whitespace text nodes, and the same line count for source maps.
  assert.equal(trimmed.split('\n').length, EMITTED.split('\n').length);
  // Code and other template literals keep their spaces.
  assert.match(trimmed, /const message = `Line one\n {4}line two`;/);
  assert.match(trimmed, /html `<li>/);
  assert.equal(trimHtmlLiterals('const a = `\n  b`;\n', 'a.js'), undefined);
});

test('trims what tsc emitted for the sources, and fails when there is nothing to trim', () => {
  const tmp = tempDir();
  try {
    tmp.write({ 'src/card.ts': 'export {};', 'dist/card.js': EMITTED, 'dist/cdn/job-widgets.js': EMITTED });
    const result = spawnSync(process.execPath, [SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(join(tmp.path, 'dist/card.js'), 'utf8'), /<article part="card">\n<h3>/);
    assert.equal(readFileSync(join(tmp.path, 'dist/cdn/job-widgets.js'), 'utf8'), EMITTED, 'not this step\'s output');
    const again = spawnSync(process.execPath, [SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')], { encoding: 'utf8' });
    assert.equal(again.status, 1);
    assert.match(again.stderr, /no html`…` literal to trim/);
  } finally {
    tmp.remove();
  }
});
