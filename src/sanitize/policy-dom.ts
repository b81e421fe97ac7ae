/**
 * The policy's rules that a list of names cannot say, applied to elements in the browser: what
 * value an attribute may keep (URLs through the allow-list, numbers, enumerated values,
 * languages), which elements go when they lost an attribute they need, and which attributes are
 * forced. Both sanitizers run them over what they keep: the browser's Sanitizer, which keeps
 * `data:` and `vbscript:` URLs, and DOMPurify (as its hooks), so both paths end in the same nodes.
 */
import { allowedAttributeValue, forcedAttributes, hasRequiredAttributes } from './policy.js';

/**
 * Removes `element` when it lost an attribute it needs, else sets the attributes the policy
 * forces, its part among them: the browser sanitizes bodies only to show them.
 */
export function finishElement(element: Element): void {
  const tag = element.localName;
  const attributes = new Map([...element.attributes].map((attribute) => [attribute.name, attribute.value] as const));
  if (!hasRequiredAttributes(tag, attributes)) {
    element.remove();
    return;
  }
  for (const [name, value] of Object.entries(forcedAttributes(tag, attributes, true))) element.setAttribute(name, value);
}

/** Applies the value rules, then `finishElement`, to every element under `root`. */
export function enforcePolicy(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const kept = allowedAttributeValue(element.localName, name, value);
      if (kept === undefined) element.removeAttribute(name);
      else if (kept !== value) element.setAttribute(name, kept);
    }
    finishElement(element);
  }
}
