/**
 * The one place for escaping text into markup, pure so that both halves use it: the build's
 * markdown renderer and raw-HTML filter, the files it writes around the feed (job pages,
 * sitemaps, RSS), and the JSON-LD builder. Every string from a posting goes through one of these
 * on its way into markup; a job's body is the only HTML written as HTML, and it comes from the
 * sanitizer.
 */

const TEXT = /[&<>]/g;
const ATTRIBUTE = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const entity = (char: string): string => ENTITIES[char]!;

/** Text for an HTML text node: no tag, comment or character reference can start in it. */
export function escapeText(text: string): string {
  return text.replace(TEXT, entity);
}

/** Text for an HTML text node or a double-quoted attribute value (the feed's body HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, entity);
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
