/** `exportparts` values built from an element's parts, so that they follow what it documents. */

/**
 * Every part of `parts` under its own name or, with `prefix`, as `prefix-<part>` (except
 * `unprefixed`, the root part, which a page styles by its own name).
 */
export function exportParts(parts: readonly string[], prefix?: string, unprefixed?: string): string {
  return parts.map((part) => (prefix && part !== unprefixed ? `${part}: ${prefix}-${part}` : part)).join(', ');
}
