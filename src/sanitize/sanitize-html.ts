/**
 * The browser side of the HTML policy: DOMPurify configured from `policy.ts`. The result is a
 * DocumentFragment, so a body reaches the page as nodes and never through an `innerHTML` sink
 * (which keeps pages that enforce Trusted Types working).
 */
import DOMPurify, { type Config } from 'dompurify';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  allowedAttributeValue,
  forcedAttributes,
  hasRequiredAttributes,
} from './policy.js';

let purifier: ReturnType<typeof DOMPurify> | undefined;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
};

// A private instance, so our hooks never change how the host page's own DOMPurify behaves.
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    const value = allowedAttributeValue(node.nodeName.toLowerCase(), data.attrName, data.attrValue);
    if (value === undefined) data.keepAttr = false;
    else data.attrValue = value;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.nodeName.toLowerCase();
    const attributes = new Map([...node.attributes].map((a) => [a.name, a.value] as const));
    if (!hasRequiredAttributes(tag, attributes)) {
      node.remove();
      return;
    }
    for (const [name, value] of Object.entries(forcedAttributes(tag, attributes))) node.setAttribute(name, value);
  });
  purifier = instance;
  return instance;
}

/** Sanitizes a job's body under the one policy and returns it as nodes ready to insert. */
export function sanitizeHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
