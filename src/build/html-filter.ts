/**
 * The Node side of the HTML policy, for raw HTML that people write inside markdown. Markdown's
 * own output is built in-policy by the renderer (`markdown.ts`); raw HTML is cut into tags and
 * text here, and only what `src/sanitize/policy.ts` allows is written back, re-serialised from
 * scratch (never copied), so no quoting trick or malformed tag survives the trip.
 */
import {
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  VOID_TAGS,
  allowedAttributeValue,
  forcedAttributes,
  hasRequiredAttributes,
} from '../sanitize/policy.js';
import { escapeHtml } from '../sanitize/escape.js';
import { decodeCharacterReferences } from '../sanitize/url.js';

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>?|<\?[^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/?[a-zA-Z][^>]*$/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// A valid character reference stays as written; a lone `&` becomes `&amp;`.
const LONE_AMPERSAND = /&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)/gi;

function escapeText(text: string): string {
  return text.replace(LONE_AMPERSAND, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface RawHtmlOptions {
  /** The lowest heading level raw HTML may use (a posting's headings never outrank its title). */
  minHeadingLevel: number;
  /**
   * The body is rendered by an element (a server's render): its elements get their parts
   * (`BODY_PARTS`), as the browser's sanitizers give them. A feed or RSS item carries none.
   */
  shown?: boolean;
}

/** Rewrites a fragment of raw HTML so that it holds only what the policy allows. */
export function filterRawHtml(html: string, options: RawHtmlOptions): string {
  let out = '';
  let last = 0;
  let droppedUntil: string | undefined;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    if (droppedUntil === undefined) out += escapeText(html.slice(last, match.index));
    last = TOKEN.lastIndex;
    const [, closing, rawName, rawAttributes] = match;
    if (rawName === undefined) continue; // comments, doctypes, processing instructions, broken tags
    const name = rawName.toLowerCase();
    if (droppedUntil !== undefined) {
      if (closing && name === droppedUntil) droppedUntil = undefined;
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (!closing && !/\/\s*$/.test(rawAttributes ?? '')) droppedUntil = name;
      continue;
    }
    if (!ALLOWED_TAGS.has(name)) continue;
    const tag = demoteHeading(name, options.minHeadingLevel);
    if (closing) {
      if (!VOID_TAGS.has(tag)) out += `</${tag}>`;
      continue;
    }
    const attributes = keptAttributes(tag, rawAttributes ?? '', options.shown === true);
    if (!hasRequiredAttributes(tag, attributes)) continue;
    out += `<${tag}${serializeAttributes(attributes)}>`;
  }
  if (droppedUntil === undefined) out += escapeText(html.slice(last));
  return out;
}

function keptAttributes(tag: string, raw: string, shown: boolean): Map<string, string> {
  const kept = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(raw); match; match = ATTRIBUTE.exec(raw)) {
    const name = match[1]!.toLowerCase();
    if (kept.has(name)) continue; // like browsers, the first of two equal attributes wins
    const value = decodeCharacterReferences(match[2] ?? match[3] ?? match[4] ?? '');
    const allowed = allowedAttributeValue(tag, name, value);
    if (allowed !== undefined) kept.set(name, allowed);
  }
  for (const [name, value] of Object.entries(forcedAttributes(tag, kept, shown))) kept.set(name, value);
  return kept;
}

function serializeAttributes(kept: ReadonlyMap<string, string>): string {
  return [...kept].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
}

function demoteHeading(tag: string, minLevel: number): string {
  const level = /^h([1-6])$/.exec(tag)?.[1];
  return level === undefined ? tag : `h${Math.min(6, Math.max(Number(level), minLevel))}`;
}
