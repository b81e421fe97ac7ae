// Collapses the white space inside Lit's html`…` templates. A JavaScript minifier must keep
// template text as it is, so every line break and indent of the elements' templates would ship to
// browsers: about 0.2 kB of gzip in a page of cards.
//
// Only a run of white space that holds a line break is touched: where white space collapses
// (everywhere in the elements' own markup, none of which is `pre` or a `textarea`) the browser
// makes the same of it, and between tags it still leaves a text node. Text without a line break
// (`${label} `) is kept exactly. Each run keeps its line breaks and loses its indent, in the CDN
// build (a Vite plugin in vite.config.ts) and in the npm package's compiled files (`node
// scripts/html-literals.js src dist`, where the line count keeps tsc's source maps right) alike:
// a server renders with the npm package (`job-widgets/ssr`), and Lit hydrates a template only
// when the browser's has the very same strings (their digest is in the server's markers). One
// space instead of the line breaks saved 0.04 kB of the script-tag bundle.
import { pathToFileURL } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';
import { rewriteEmitted, sourcesPlugin } from './css-literals.js';

const TAGS = new Set(['html', 'svg', 'staticHtml']);
const BREAK = /\s*\n\s*/g;

/**
 * Returns `code` with the white space of its html`…` templates collapsed, or undefined when there
 * is nothing to collapse.
 * @param {string} code
 * @param {string} filename
 * @param {{ keepLines?: boolean }} [options] keep each run's line breaks (and drop only the spaces)
 */
export function collapseHtmlLiterals(code, filename, { keepLines = false } = {}) {
  const source = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, /\.tsx?$/.test(filename) ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = new MagicString(code);
  const collapseRun = keepLines ? (/** @type {string} */ run) => '\n'.repeat(run.split('\n').length - 1) : () => ' ';
  let changed = false;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // Between the opening `` ` `` or `}` and the closing `` ` `` or `${`.
        const start = piece.getStart(source) + 1;
        const end = piece.end - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
        const text = code.slice(start, end);
        const collapsed = text.replace(BREAK, collapseRun);
        if (collapsed !== text) {
          edits.overwrite(start, end, collapsed);
          changed = true;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return changed ? edits : undefined;
}

/** Vite plugin: collapses the html`…` templates of the library's own sources. */
export function htmlLiterals() {
  return sourcesPlugin('job-widgets:html-literals', 'html`', (code, id) => collapseHtmlLiterals(code, id, { keepLines: true }));
}

// `node scripts/html-literals.js src dist`: collapse in place what tsc emitted for src/ into dist/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [rootDir = 'src', outDir = 'dist'] = process.argv.slice(2);
  // The elements have templates: finding none to collapse means they are written some other way now.
  if (rewriteEmitted(rootDir, outDir, (code, file) => collapseHtmlLiterals(code, file, { keepLines: true })) === 0) {
    console.error(`html-literals: no html\`…\` literal to trim in what tsc emitted for ${rootDir}/ into ${outDir}/`);
    process.exit(1);
  }
}
