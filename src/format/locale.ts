/** The locale an element's dates and numbers are formatted in. */

const DEFAULT_LOCALE = 'en';

/**
 * The closest `lang` attribute, looking through shadow roots (a card inside a list inherits the
 * page's language), then the document's, then English. An invalid tag falls back too.
 */
export function localeOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.closest('[lang]')?.getAttribute('lang');
      if (lang) return canonicalLocale(lang);
    }
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return canonicalLocale(document.documentElement.lang);
}

/** The canonical form of a language tag (`de-ch` → `de-CH`); English for none or an invalid one. */
export function canonicalLocale(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
