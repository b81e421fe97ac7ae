/**
 * A job's body, sanitized under the one policy into nodes: by the browser's HTML Sanitizer where
 * it has one (`native-sanitizer.ts`), else by DOMPurify (`dompurify.ts`), loaded on first need
 * and configured here from the same policy. Either way the result is a DocumentFragment, so a
 * body reaches the page as nodes and never through an `innerHTML` sink (which keeps pages that
 * enforce Trusted Types working).
 */
import { nativeSanitizer } from './native-sanitizer.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DROPPED_WITH_CONTENT, allowedAttributeValue } from './policy.js';
import { finishElement } from './policy-dom.js';

type Sanitize = (html: string) => DocumentFragment;

let sanitize: Sanitize | undefined;
let ready: Promise<void> | undefined;

/** DOMPurify, from its chunk, configured from the policy. */
export async function loadDOMPurify(): Promise<Sanitize> {
  const { domPurifySanitizer } = await import('./dompurify.js');
  return domPurifySanitizer({
    tags: [...ALLOWED_TAGS],
    attributes: ALLOWED_ATTRIBUTES,
    droppedWithContent: [...DROPPED_WITH_CONTENT],
    attributeValue: allowedAttributeValue,
    finishElement,
  });
}

/**
 * Resolves when bodies can be sanitized: at once with the browser's Sanitizer, else once
 * DOMPurify's chunk is in. A failed load is tried again at the next call.
 */
export function sanitizerReady(): Promise<void> {
  if (!ready) {
    sanitize = nativeSanitizer();
    ready = sanitize
      ? Promise.resolve()
      : loadDOMPurify().then(
          (loaded) => {
            sanitize = loaded;
          },
          (error: unknown) => {
            ready = undefined;
            throw error;
          },
        );
  }
  return ready;
}

/** True when `sanitizeHtml` can sanitize now; else starts loading what it needs. */
export function canSanitize(): boolean {
  if (!sanitize) sanitizerReady().catch(() => undefined);
  return sanitize !== undefined;
}

/** The body as sanitized nodes, or `undefined` while what sanitizes it is loading (`sanitizerReady()`). */
export function sanitizeHtml(html: string): DocumentFragment | undefined {
  return canSanitize() ? sanitize!(html) : undefined;
}
