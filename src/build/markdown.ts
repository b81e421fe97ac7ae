/**
 * A posting's markdown body to HTML that is safe on its own: GitHub-flavoured markdown through
 * `marked`, with a renderer that writes only what the one policy allows. Links and images go
 * through the URL allow-list, raw HTML through `filterRawHtml`, and the posting's own headings
 * are demoted so that none outranks the job's title (an `<h2>` in `<job-detail>`).
 */
import { Marked, type Tokens, type Token } from 'marked';
import { allowedAttributeValue, forcedAttributes } from '../sanitize/policy.js';
import { escapeHtml } from '../sanitize/escape.js';
import { filterRawHtml } from './html-filter.js';
import { lexWithinLimits } from './markdown-limits.js';

/** The highest heading level a body may use: one below the title's `<h2>`. */
export const BODY_HEADING_LEVEL = 3;

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

/** Renders a body; throws `MarkdownTooDeepError` or `MarkdownTooCostlyError` (see `markdown-limits.ts`). */
export function renderMarkdown(body: string): string {
  const tokens = lexWithinLimits(body, marked.defaults);
  headingOffset = Math.max(0, BODY_HEADING_LEVEL - minHeadingDepth(tokens));
  try {
    return marked.parser(tokens);
  } finally {
    headingOffset = 0;
  }
}

/** The highest-ranking heading in the body; only block containers can hold headings. */
function minHeadingDepth(tokens: readonly Token[]): number {
  let min = 6;
  for (const token of tokens) {
    if (token.type === 'heading') min = Math.min(min, (token as Tokens.Heading).depth);
    else if (token.type === 'blockquote') min = Math.min(min, minHeadingDepth((token as Tokens.Blockquote).tokens));
    else if (token.type === 'list') {
      for (const item of (token as Tokens.List).items) min = Math.min(min, minHeadingDepth(item.tokens));
    }
  }
  return min;
}
