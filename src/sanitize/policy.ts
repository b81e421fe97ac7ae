/**
 * The one HTML policy for a posting's body, defined once and applied by the Node build
 * (`src/build/html-filter.ts`, so the feed is safe even for a consumer that uses `innerHTML`)
 * and again in the browser (`src/sanitize/sanitize-html.ts`, so a feed written by someone else
 * is still safe): by the browser's own HTML Sanitizer where it has one (`native-sanitizer.ts`),
 * else by DOMPurify (`dompurify.ts`), both configured from these lists and both followed by the
 * value rules below (`policy-dom.ts`). It is pure data and functions: no DOM, no Node.
 *
 * An element the policy does not list is replaced by its content, unless it is one whose
 * content is code or markup (`DROPPED_WITH_CONTENT`), which goes with it.
 */
import { safeUrl } from './url.js';

/**
 * Elements a body may contain: what GitHub-flavoured markdown produces, plus harmless inline
 * HTML people write in postings. No `script`, `style`, `iframe`, `object`, `embed`, `form`,
 * `base`, `meta`, `link`, `svg`, `math`, `template` or `noscript`.
 */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'dl', 'dt', 'em',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'pre', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);

/** Elements whose content is dropped along with them, because it is code or markup, not text. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'noembed', 'noframes',
  'xmp', 'plaintext', 'textarea', 'title', 'svg', 'math', 'select', 'option',
]);

/** Elements that never have content or an end tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set(['br', 'hr', 'img', 'input']);

/** Attributes any allowed element may keep. */
export const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set(['title', 'lang', 'dir']);
/** Attributes one element may keep besides the global ones. */
export const TAG_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['href', 'rel']),
  img: new Set(['src', 'alt', 'width', 'height']),
  ol: new Set(['start', 'reversed']),
  li: new Set(['value']),
  td: new Set(['align', 'colspan', 'rowspan']),
  th: new Set(['align', 'colspan', 'rowspan', 'scope']),
  details: new Set(['open']),
  input: new Set(['type', 'checked', 'disabled']),
  abbr: new Set(['title']),
};
const URL_ATTRIBUTES = new Set(['href', 'src']);
const NUMBER = /^\d{1,6}$/;
const NUMBER_ATTRIBUTES = new Set(['start', 'value', 'width', 'height', 'colspan', 'rowspan']);
const ENUMERATED: Record<string, ReadonlySet<string>> = {
  align: new Set(['left', 'right', 'center']),
  dir: new Set(['ltr', 'rtl', 'auto']),
  scope: new Set(['row', 'col', 'rowgroup', 'colgroup']),
  type: new Set(['checkbox']),
};

/** Every attribute name the policy can keep, for sanitizers that want a flat list. */
export const ALLOWED_ATTRIBUTES: readonly string[] = [
  ...new Set([...GLOBAL_ATTRIBUTES, ...Object.values(TAG_ATTRIBUTES).flatMap((set) => [...set])]),
];

/**
 * The value an attribute may keep on an element, or `undefined` when it must be removed.
 * URLs are normalised through the URL allow-list.
 */
export function allowedAttributeValue(tag: string, name: string, value: string): string | undefined {
  if (!GLOBAL_ATTRIBUTES.has(name) && !TAG_ATTRIBUTES[tag]?.has(name)) return undefined;
  if (URL_ATTRIBUTES.has(name)) {
    const url = safeUrl(value);
    // An image may only come from the web: `mailto:` and relative paths make no sense there.
    if (tag === 'img' && (url === undefined || !/^https?:/i.test(url))) return undefined;
    return url;
  }
  if (NUMBER_ATTRIBUTES.has(name)) return NUMBER.test(value.trim()) ? value.trim() : undefined;
  const allowedValues = ENUMERATED[name];
  if (allowedValues) {
    const normalized = value.trim().toLowerCase();
    return allowedValues.has(normalized) ? normalized : undefined;
  }
  if (name === 'lang') return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(value.trim()) ? value.trim() : undefined;
  return value;
}

/**
 * Elements that are dropped when the policy leaves them without an attribute they cannot work
 * without: an image whose `src` was refused would be an empty box. Only void elements are
 * listed, so dropping one never leaves an end tag or content behind.
 */
const REQUIRED_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src'],
};

/** False when the element, with the attributes the policy kept, must be dropped. */
export function hasRequiredAttributes(tag: string, kept: { has(name: string): boolean }): boolean {
  return (REQUIRED_ATTRIBUTES[tag] ?? []).every((name) => kept.has(name));
}

// Two pages that share neither scheme nor host. Neither side knows the page a body will be shown
// on, so a link leaves the site when it leaves either of them: `//host` and `https://host` do,
// and so does `http:evil.com`, which a browser on an https: page reads as `http://evil.com/`.
const PAGES = ['http://a.invalid/', 'https://b.invalid/'].map((page) => new URL(page));

/**
 * Whether a link, as the browser resolves it, leads to a web page on another origin: anything
 * with a host of its own, or a scheme other than the page's. Relative paths, queries and
 * fragments stay on the site; a `mailto:` opens no page. A value URL parsers refuse counts as
 * external, so that a guess never leaves `window.opener` behind.
 */
function isExternalLink(href: string): boolean {
  return PAGES.some((page) => {
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      return true;
    }
    return url.origin !== page.origin && /^https?:$/.test(url.protocol);
  });
}

const HEADING = 'body-heading';
const LIST = 'body-list';
const CODE = 'body-code';
const TABLE_CELL = 'body-table-cell';

/**
 * The part a shown body's element gets, so that a page's CSS reaches the posting's own nodes
 * (`job-detail::part(body-heading)`; `::part` selects no descendants of `body`). Set by the
 * policy, never read from a posting: `part` is no attribute a body may keep, so a posting
 * cannot take a part of the element's own. Elements without one (`span`, `b`, `em`…) inherit
 * their looks from the parts around them.
 */
export const BODY_PARTS: Readonly<Record<string, string>> = {
  h1: HEADING, h2: HEADING, h3: HEADING, h4: HEADING, h5: HEADING, h6: HEADING,
  p: 'body-paragraph',
  a: 'body-link',
  ul: LIST, ol: LIST, dl: LIST,
  li: 'body-list-item',
  blockquote: 'body-quote',
  pre: 'body-code-block',
  code: CODE, kbd: CODE,
  table: 'body-table',
  th: TABLE_CELL, td: TABLE_CELL,
  img: 'body-image',
  hr: 'body-rule',
};

/**
 * Attributes the policy sets whatever the input said: a checkbox in a body is only ever a
 * read-only task-list mark, and a link that leaves the site must not get `window.opener`. With
 * `shown` (a body rendered by an element, not one written into a feed or an RSS item), the
 * element's part too (`BODY_PARTS`).
 */
export function forcedAttributes(tag: string, attributes: ReadonlyMap<string, string>, shown = false): Record<string, string> {
  const forced: Record<string, string> = {};
  const part = shown ? BODY_PARTS[tag] : undefined;
  if (part) forced.part = part;
  if (tag === 'input') return { ...forced, type: 'checkbox', disabled: '' };
  const href = attributes.get('href');
  if (tag === 'a' && href !== undefined && isExternalLink(href)) forced.rel = 'noopener noreferrer';
  return forced;
}
