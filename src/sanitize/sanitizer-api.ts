/**
 * Whether this browser has the HTML Sanitizer API as specified: `Element.prototype.setHTML` and
 * a `Sanitizer` that can replace an element with its children (Chromium and Firefox have it;
 * Safari does not yet). The experimental API some browsers had behind a flag before it
 * (`sanitizeFor`, `getConfiguration`) does not count. Kept apart from the sanitizers so that the
 * script-tag bundle's entry can ask, and start loading DOMPurify's chunk where the answer is no,
 * without carrying either of them.
 */

/** The parts of the HTML Sanitizer API this library uses; TypeScript's DOM library has none yet. */
export interface SanitizerApi {
  Sanitizer: { prototype: object } & (new (config: object) => object);
  setHTML: (this: Element, html: string, options: { sanitizer: object }) => void;
}

/** The HTML Sanitizer API of this browser, or `undefined` where it has none (or a server). */
export function sanitizerApi(): SanitizerApi | undefined {
  const { Sanitizer } = globalThis as { Sanitizer?: SanitizerApi['Sanitizer'] };
  const setHTML = typeof Element === 'function' ? (Element.prototype as { setHTML?: SanitizerApi['setHTML'] }).setHTML : undefined;
  if (typeof Sanitizer !== 'function' || typeof setHTML !== 'function' || !('replaceElementWithChildren' in Sanitizer.prototype)) return undefined;
  return { Sanitizer, setHTML };
}
