// `node scripts/css-literals.js src dist`, the last step of the library build: it minifies the
// css`…` literals of what tsc emitted, and leaves everything else in dist/ alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../build/helpers/temp-dir.js';
import { runNode } from '../support/run.js';

const SCRIPT = join(process.cwd(), 'scripts/css-literals.js');
// What tsc emits for `export const styles = css\`…\``: the tag and the literal apart.
const EMITTED = "import { css } from 'lit';\nexport const styles = css `\n  /* The card. */\n  :host {\n    display: block;\n  }\n`;\n";
// Lit as minified into the script-tag bundle, which `vite build` copies into dist/demo/: an error
// message with `css` in backticks, the text that stopped the build when dist/ was walked whole.
const MINIFIED_LIT = 'class s{constructor(e){throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")}}const c=e=>`${e}`;\n';

test('minifies what tsc emitted for the sources, and leaves the rest of dist/ alone', () => {
  const tmp = tempDir();
  try {
    tmp.write({
      'src/card.ts': 'export const styles = css`:host { display: block; }`;',
      'src/types.d.ts': 'export {};',
      'dist/card.js': EMITTED,
      'dist/demo/job-widgets.js': MINIFIED_LIT,
      'dist/cdn/job-widgets.js': MINIFIED_LIT,
      // Left from a source that was deleted since: not this build's output.
      'dist/old.js': EMITTED,
    });
    const result = runNode([SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')]);
    assert.equal(result.code, 0, result.stderr);
    const card = readFileSync(join(tmp.path, 'dist/card.js'), 'utf8');
    assert.match(card, /css `:host\{display:block\}\n+`/, 'minified, keeping its line count for the source map');
    assert.equal(card.split('\n').length, EMITTED.split('\n').length);
    for (const untouched of ['demo/job-widgets.js', 'cdn/job-widgets.js']) assert.equal(readFileSync(join(tmp.path, 'dist', untouched), 'utf8'), MINIFIED_LIT, untouched);
    assert.equal(readFileSync(join(tmp.path, 'dist/old.js'), 'utf8'), EMITTED);
  } finally {
    tmp.remove();
  }
});

test('fails when it finds no literal to minify, rather than shipping them as they are', () => {
  const tmp = tempDir();
  try {
    tmp.write({ 'src/card.ts': 'export const styles = css`:host {}`;', 'dist/card.js': 'export const styles = String.raw`:host {}`;\n' });
    const result = runNode([SCRIPT, join(tmp.path, 'src'), join(tmp.path, 'dist')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no css`…` literal found in what tsc emitted/);
  } finally {
    tmp.remove();
  }
});
