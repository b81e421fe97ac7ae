/**
 * The browser side of the HTML policy where the browser has no HTML Sanitizer API (Safari, older
 * browsers): DOMPurify, configured from the policy it is given (`sanitize-html.ts` gives it
 * `policy.ts`, with the value rules of `policy-dom.ts` as hooks). A chunk of its own in the
 * script-tag bundle, loaded only there; it imports none of the policy's modules itself, so that
 * they stay in the detail's chunk instead of a third one, a round trip later.
 */
import DOMPurify from 'dompurify';

/** What DOMPurify is configured with. */
export interface PurifyPolicy {
  /** The elements a body may contain. */
  tags: readonly string[];
  /** Every attribute name the policy can keep. */
  attributes: readonly string[];
  /** The elements dropped with their content; others are replaced by their content. */
  droppedWithContent: readonly string[];
  /** The value an attribute may keep, or `undefined` when it must go: run before DOMPurify's own checks. */
  attributeValue(tag: string, name: string, value: string): string | undefined;
  /** Run on each element once its attributes are sanitized (it may remove the element). */
  finishElement(element: Element): void;
}

/** A sanitizer that returns a body as nodes, made of a private DOMPurify configured from `policy`. */
export function domPurifySanitizer(policy: PurifyPolicy): (html: string) => DocumentFragment {
  // A private instance, so our hooks never change how the host page's own DOMPurify behaves.
  const purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const value = policy.attributeValue(node.localName, data.attrName, data.attrValue);
    if (value === undefined) data.keepAttr = false;
    else data.attrValue = value;
  });
  purifier.addHook('afterSanitizeAttributes', policy.finishElement);
  const config = {
    ALLOWED_TAGS: [...policy.tags],
    ALLOWED_ATTR: [...policy.attributes],
    FORBID_CONTENTS: [...policy.droppedWithContent],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: true,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true as const,
  };
  return (html) => purifier.sanitize(html, config);
}
