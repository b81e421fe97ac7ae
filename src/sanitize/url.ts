/**
 * The one URL allow-list. Every URL taken from a posting or a feed (links in a body, an apply
 * URL, a contact address) goes through `safeUrl` before it reaches an attribute.
 */

/** Schemes a link may use. Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) is refused. */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:'];

// Browsers drop ASCII tab and newlines anywhere in a URL and trim C0 controls and spaces at its
// ends (WHATWG URL parsing), so `java\tscript:` runs as `javascript:`. We do exactly the same,
// and nothing more: removing other characters would change where a link points
// (`https://ex ample.com` is a broken link, not `https://example.com`).
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const LEADING_OR_TRAILING_C0_OR_SPACE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

// A Map, looked up with the name a text spells out: `&constructor;` is no reference.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['colon', ':'],
  ['tab', '\t'],
  ['newline', '\n'],
  ['sol', '/'],
  ['lpar', '('],
  ['rpar', ')'],
  ['nbsp', '\u00a0'],
  ['period', '.'],
  ['excl', '!'],
]);

/**
 * Decodes the character references an HTML parser would decode in an attribute value, so that
 * `&#106;avascript:` is judged as the browser will read it.
 */
export function decodeCharacterReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES.get(ref.toLowerCase()) ?? match;
  });
}

/**
 * Returns the URL as it is safe to put in an `href` or `src`, or `undefined` when it is not
 * allowed. Relative URLs (`/careers`, `#apply`, `jobs/1`) are allowed: they keep the page's scheme.
 */
export function safeUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let value = raw;
  // Decode repeatedly: `&amp;#106;` in a feed becomes `&#106;` after one pass, `j` after two.
  for (let i = 0; i < 3; i++) {
    const decoded = decodeCharacterReferences(value);
    if (decoded === value) break;
    value = decoded;
  }
  const normalized = value.replace(TAB_OR_NEWLINE, '').replace(LEADING_OR_TRAILING_C0_OR_SPACE, '');
  if (normalized === '') return undefined;
  // Other control characters have no place in a link and only serve to confuse checks like this one.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(normalized)) return undefined;
  // A backslash is a slash to URL parsers; `\\evil` would become a protocol-relative URL.
  if (normalized.includes('\\')) return undefined;
  const scheme = SCHEME.exec(normalized);
  if (scheme) {
    const protocol = `${scheme[1]!.toLowerCase()}:`;
    if (!ALLOWED_URL_SCHEMES.includes(protocol)) return undefined;
    return protocol + normalized.slice(scheme[0].length);
  }
  // No scheme before the first `/`, `?` or `#`: relative. A colon later is part of a path or query.
  const firstColon = normalized.indexOf(':');
  const firstDelimiter = normalized.search(/[/?#]/);
  if (firstColon !== -1 && (firstDelimiter === -1 || firstColon < firstDelimiter)) return undefined;
  return normalized;
}

/** True for an absolute `http:`/`https:` URL that a browser can parse (a valid host and port). */
export function isWebUrl(raw: unknown): boolean {
  const url = safeUrl(raw);
  if (url === undefined || !/^https?:\/\/[^/?#\s]+/i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
