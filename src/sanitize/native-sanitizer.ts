/**
 * The browser side of the HTML policy where the browser has the HTML Sanitizer API: `setHTML`
 * with a config made from `policy.ts`, then the policy's value rules (`policy-dom.ts`), since the
 * browser's Sanitizer keeps `data:` and `vbscript:` URLs and knows nothing of forced attributes.
 *
 * Elements the policy does not list are removed by such a config together with their content,
 * where the policy (and DOMPurify, and the build) keep their content. The config therefore lists
 * the other element names a body uses as elements to replace with their children; the names the
 * policy drops with their content are never among them.
 */
import { ALLOWED_TAGS, DROPPED_WITH_CONTENT, GLOBAL_ATTRIBUTES, TAG_ATTRIBUTES } from './policy.js';
import { enforcePolicy } from './policy-dom.js';
import { sanitizerApi } from './sanitizer-api.js';

// The policy's elements, each with the attributes it may keep besides the global ones (a
// Sanitizer refuses an attribute listed both globally and on an element).
const ELEMENTS = [...ALLOWED_TAGS].map((name) => ({
  name,
  attributes: [...(TAG_ATTRIBUTES[name] ?? [])].filter((attribute) => !GLOBAL_ATTRIBUTES.has(attribute)),
}));

// A start or end tag's name as the HTML tokenizer reads it: up to white space, `/` or `>`, with
// ASCII letters lower-cased. Over-reading (a `<b` inside an attribute value) only lists a name
// that is not there.
const TAG_NAME = /<\/?([a-zA-Z][^\t\n\f\r />]*)/g;

/** The Sanitizer config for one body: the policy's lists, and the body's other elements unwrapped. */
export function sanitizerConfig(html: string): object {
  const unwrapped = new Set<string>();
  for (const [, name] of html.matchAll(TAG_NAME)) {
    const tag = name!.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
    if (!ALLOWED_TAGS.has(tag) && !DROPPED_WITH_CONTENT.has(tag)) unwrapped.add(tag);
  }
  return {
    elements: ELEMENTS,
    attributes: [...GLOBAL_ATTRIBUTES],
    replaceWithChildrenElements: [...unwrapped],
    comments: false,
    dataAttributes: false,
  };
}

/**
 * A function that sanitizes a body with the browser's Sanitizer, or `undefined` where the
 * browser has no Sanitizer API or refuses the policy's config.
 */
export function nativeSanitizer(): ((html: string) => DocumentFragment) | undefined {
  const api = sanitizerApi();
  if (!api) return undefined;
  try {
    new api.Sanitizer(sanitizerConfig(''));
  } catch {
    return undefined;
  }
  // Sanitized in a document that shows nothing: an image the value rules then refuse
  // (`<img src="/logout">`) is never requested.
  const inert = document.implementation.createHTMLDocument('');
  return (html) => {
    const holder = inert.createElement('div');
    api.setHTML.call(holder, html, { sanitizer: sanitizerConfig(html) });
    enforcePolicy(holder);
    const fragment = inert.createDocumentFragment();
    fragment.append(...holder.childNodes);
    return fragment;
  };
}
