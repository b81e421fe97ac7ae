/**
 * Registration that tolerates being run twice: a page may load the library from two bundles
 * (a CDN script and an app chunk), and the second `customElements.define` of a tag would throw.
 */

/** Registers `ctor` as `tag` unless the tag is already defined. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
