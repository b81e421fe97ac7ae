/**
 * A posting's markdown body to HTML that is safe on its own: GitHub-flavoured markdown through
 * `marked`, with a renderer that writes only what the one policy allows. Links and images go
 * through the URL allow-list, raw HTML through `filterRawHtml`, and the posting's own headings
 * are demoted so that none outranks the job's title (an `<h2>` in `<job-detail>`).
 */
import { Marked, type Tokens, type Token } from 'marked';
import { allowedAttributeValue, forcedAttributes } from '../sanitize/policy.js';
import { escapeHtml, filterRawHtml } from './html-filter.js';

/** The highest heading level a body may use: one below the title's `<h2>`. */
export const BODY_HEADING_LEVEL = 3;

// Markdown nesting beyond this is rejected: marked recurses per level, and no posting needs it.
export const MAX_NESTING = 100;

let headingOffset = 0;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    heading({ tokens, depth }: Tokens.Heading): string {
      const level = Math.min(6, depth + headingOffset);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const text = this.parser.parseInline(tokens);
      const url = allowedAttributeValue('a', 'href', href);
      if (url === undefined) return text;
      const rel = forcedAttributes('a', new Map([['href', url]])).rel;
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titleAttribute}${rel ? ` rel="${rel}"` : ''}>${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const url = allowedAttributeValue('img', 'src', href);
      if (url === undefined) return escapeHtml(text);
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttribute}>`;
    },
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return filterRawHtml(text, { minHeadingLevel: BODY_HEADING_LEVEL });
    },
    code({ text, escaped }: Tokens.Code): string {
      // No `class="language-…"`: the policy keeps no classes, and highlighting is not ours to do.
      const code = escaped ? text : escapeHtml(text);
      return `<pre><code>${code.replace(/\n$/, '')}\n</code></pre>\n`;
    },
    checkbox({ checked }: Tokens.Checkbox): string {
      return `<input type="checkbox" disabled${checked ? ' checked' : ''}> `;
    },
  },
});

/** Thrown for markdown shaped to exhaust the parser (thousands of nested quotes or lists). */
export class MarkdownTooDeepError extends Error {}

/** Renders a body; throws `MarkdownTooDeepError` for pathological nesting. */
export function renderMarkdown(body: string): string {
  if (nestingDepth(body) > MAX_NESTING) throw new MarkdownTooDeepError();
  const tokens = marked.lexer(body);
  headingOffset = Math.max(0, BODY_HEADING_LEVEL - minHeadingDepth(tokens));
  try {
    return marked.parser(tokens);
  } finally {
    headingOffset = 0;
  }
}

function minHeadingDepth(tokens: Token[]): number {
  let min = 6;
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'heading') min = Math.min(min, (token as Tokens.Heading).depth);
  });
  return min;
}

/**
 * The deepest block nesting a line opens: quote markers, list markers (`- - - x` nests three
 * lists) and indentation. Cheap to compute, and it bounds the recursion `marked` would do.
 */
function nestingDepth(body: string): number {
  let max = 0;
  for (const line of body.split('\n')) {
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(line)![0];
    const markers = prefix.replace(/\d{1,9}[.)]/g, '#').replace(/[\s]/g, '').length;
    const indent = /^ */.exec(line)![0].length / 4;
    max = Math.max(max, markers, indent);
    if (max > MAX_NESTING) break;
  }
  return max;
}
