/**
 * Escaping for the files the build writes around the feed (job pages, sitemaps, RSS). Every
 * string from a posting goes through one of these on its way into markup; the job's body is the
 * only HTML written as HTML, and it comes from the build's own sanitizer.
 */

const TEXT = /[&<>]/g;
const ATTRIBUTE = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const entity = (char: string): string => ENTITIES[char]!;

/** Text for an HTML text node: no tag, comment or character reference can start in it. */
export function escapeText(text: string): string {
  return text.replace(TEXT, entity);
}

/**
 * Text for an HTML attribute value in double or single quotes (or a text node): quotes are
 * escaped too, so the value cannot end early whichever quote a template uses.
 */
export function escapeAttribute(text: string): string {
  return text.replace(ATTRIBUTE, entity);
}

// Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab and line
// breaks, lone surrogates, U+FFFE and U+FFFF. One of them would make the whole file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an XML text node or attribute value, without the characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(ATTRIBUTE, entity);
}
