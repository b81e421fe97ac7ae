/**
 * Imported first by a test of the built bundle: removes the HTML Sanitizer API before the bundle
 * loads, so that it runs as in a browser without one (Safari, older browsers) and sanitizes
 * bodies with DOMPurify.
 */
delete (Element.prototype as { setHTML?: unknown }).setHTML;
delete (ShadowRoot.prototype as { setHTML?: unknown }).setHTML;
delete (Document as { parseHTML?: unknown }).parseHTML;
delete (globalThis as { Sanitizer?: unknown }).Sanitizer;
