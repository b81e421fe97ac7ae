// Drops the indentation inside Lit's html`…` literals. JavaScript minifiers must keep template
// text as it is, so every indent of the elements' templates would ship to browsers. Only the
// spaces after a line break go: each run of whitespace keeps its line break, so a template makes
// the same whitespace text nodes as before and renders the same (none of the templates has a
// `<pre>` or a `<textarea>`), and each file keeps its line count, so source maps stay right.
// Used by the CDN build (a Vite plugin, in vite.config.ts) and on the npm package's compiled
// files (`node scripts/html-literals.js src dist`), so that both render the same templates.
import { pathToFileURL } from 'node:url';
import MagicString from 'magic-string';
import ts from 'typescript';
import { rewriteEmitted, sourcesPlugin } from './css-literals.js';

const TAGS = new Set(['html', 'svg']);

/**
 * Returns `code` with the indentation inside its html`…` literals removed, or undefined when it
 * has none to remove.
 * @param {string} code
 * @param {string} filename
 */
export function trimHtmlLiterals(code, filename) {
  const file = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, /\.tsx?$/.test(filename) ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const edits = new MagicString(code);
  let changed = false;
  /** @param {number} start @param {number} end */
  const trim = (start, end) => {
    const text = code.slice(start, end);
    const trimmed = text.replace(/\n[ \t]+/g, '\n');
    if (trimmed === text) return;
    edits.overwrite(start, end, trimmed);
    changed = true;
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      // The text between the delimiters: `…`, `…${, }…${ and }…`.
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        trim(template.getStart(file) + 1, template.end - 1);
      } else {
        trim(template.head.getStart(file) + 1, template.head.end - 2);
        for (const { literal } of template.templateSpans) trim(literal.getStart(file) + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return changed ? edits : undefined;
}

/** Vite plugin: trims the html`…` literals of the library's own sources. */
export function htmlLiterals() {
  return sourcesPlugin('job-widgets:html-literals', 'html`', trimHtmlLiterals);
}

// `node scripts/html-literals.js src dist`: trim in place what tsc emitted for src/ into dist/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [rootDir = 'src', outDir = 'dist'] = process.argv.slice(2);
  // The elements have templates: finding none to trim means they are written some other way now.
  if (rewriteEmitted(rootDir, outDir, trimHtmlLiterals) === 0) {
    console.error(`html-literals: no html\`…\` literal to trim in what tsc emitted for ${rootDir}/ into ${outDir}/`);
    process.exit(1);
  }
}
