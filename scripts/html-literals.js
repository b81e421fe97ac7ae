// Collapses the indentation inside Lit's html`…` templates in the script-tag bundle. A
// JavaScript minifier must keep template text as it is, so every line break and indent of the
// elements' templates shipped to browsers: about 0.2 kB of gzip in a page of cards.
//
// Only a run of white space that holds a line break is touched, and it becomes one space: where
// white space collapses (everywhere in the elements' own markup, none of which is `pre`), that is
// what the browser makes of it anyway, and between tags it still leaves a text node. Text without
// a line break (`${label} `) is kept exactly.
import MagicString from 'magic-string';
import ts from 'typescript';
import { sourcesPlugin } from './css-literals.js';

const TAGS = new Set(['html', 'staticHtml']);
const BREAK = /\s*\n\s*/g;

/**
 * Returns `code` with the white space of its html`…` templates collapsed, or undefined when there
 * is nothing to collapse.
 * @param {string} code
 * @param {string} filename
 */
export function collapseHtmlLiterals(code, filename) {
  const source = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = new MagicString(code);
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
        const collapsed = text.replace(BREAK, ' ');
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
  return sourcesPlugin('job-widgets:html-literals', /html`/i, collapseHtmlLiterals);
}
