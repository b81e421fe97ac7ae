/**
 * An independent check of what the elements put on the page, for the XSS corpus: it walks every
 * shadow root and reports anything that could run code, leave the page or cover it. It shares
 * no code with the policy it checks.
 */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcset', 'ping', 'cite', 'codebase', 'code', 'lowsrc', 'dynsrc',
]);
/**
 * The parts the elements give a body's nodes, written out here rather than read from the policy:
 * any other `part` (one a posting wrote, `apply` or `heading`) could pass for the element's own.
 */
const BODY_PART_OF: Record<string, string> = {
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, 'body-heading'])),
  ...Object.fromEntries(['ul', 'ol', 'dl'].map((tag) => [tag, 'body-list'])),
  ...Object.fromEntries(['code', 'kbd'].map((tag) => [tag, 'body-code'])),
  ...Object.fromEntries(['th', 'td'].map((tag) => [tag, 'body-table-cell'])),
  p: 'body-paragraph', a: 'body-link', li: 'body-list-item', blockquote: 'body-quote', pre: 'body-code-block',
  table: 'body-table', img: 'body-image', hr: 'body-rule',
};

/** Elements that have no place in a posting body, whatever their attributes. */
const FORBIDDEN_IN_BODY = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'form', 'button', 'select', 'textarea',
  'base', 'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'map', 'area',
]);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The scheme a browser would read from a URL attribute, or `undefined` for a relative URL. */
function schemeOf(value: string): string | undefined {
  // Browsers ignore tabs and newlines anywhere in a URL and C0 controls and spaces at its ends.
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

/** Every element under `root`, looking into shadow roots (and shadow roots inside those). */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

const describe = (element: Element) => `<${element.localName}>`;

/** What is unsafe in the shadow trees of `host`: handlers, `srcdoc`, content styles, unsafe URLs. */
export function unsafeInShadowTrees(host: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(host.shadowRoot!)) {
    for (const attribute of element.attributes) {
      const name = attribute.localName.toLowerCase();
      if (name.startsWith('on')) problems.push(`${describe(element)} has ${attribute.name}`);
      if (name === 'srcdoc') problems.push(`${describe(element)} has srcdoc`);
      // The elements set inline styles only on their loading placeholders.
      if (name === 'style' && !element.classList.contains('skeleton')) problems.push(`${describe(element)} has style="${attribute.value}"`);
      if (URL_ATTRIBUTES.has(name)) {
        const scheme = schemeOf(attribute.value);
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`${describe(element)} has ${attribute.name}="${attribute.value}"`);
      }
    }
  }
  return problems;
}

/** What must not be in a posting body: forbidden or foreign elements, ids and names that clobber. */
export function unsafeInBody(body: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(body)) {
    if (FORBIDDEN_IN_BODY.has(element.localName)) problems.push(`${describe(element)} in the body`);
    if (element.namespaceURI !== HTML_NAMESPACE) problems.push(`${describe(element)} in ${element.namespaceURI}`);
    for (const name of ['id', 'name', 'class', 'style', 'srcdoc', 'autofocus', 'tabindex', 'contenteditable']) {
      if (element.hasAttribute(name)) problems.push(`${describe(element)} has ${name}`);
    }
    // A part only as the policy gives it (`body-paragraph` on a `<p>`): never one a posting wrote.
    const part = element.getAttribute('part');
    if (part !== null && part !== BODY_PART_OF[element.localName]) problems.push(`${describe(element)} has part="${part}"`);
  }
  return problems;
}

/**
 * Light-DOM elements that appeared since `before` was taken, other than the element `hosts` and
 * the fixture wrappers that hold them: what a vector would add if it escaped a shadow root.
 */
export function lightDomIntruders(before: ReadonlySet<Element>, hosts: ReadonlySet<Element>): string[] {
  const isWrapper = (element: Element): boolean =>
    element.children.length > 0 && [...element.children].every((child) => hosts.has(child) || isWrapper(child));
  const problems: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (before.has(element) || hosts.has(element) || isWrapper(element)) continue;
    problems.push(`${describe(element)} in the light DOM`);
  }
  for (const host of hosts) if (host.children.length > 0) problems.push(`${describe(host)} has light-DOM children`);
  return problems;
}

const TRIGGERS = ['load', 'error', 'focus', 'focusin', 'blur', 'toggle', 'animationstart', 'animationend', 'transitionend', 'mouseover', 'pointerover', 'pointerenter', 'scroll', 'beginEvent'];

/** Fires the events that inline handlers in the corpus wait for, and focuses and opens what can be. */
export function provokeHandlers(root: Element): void {
  for (const element of deepElements(root)) {
    for (const type of TRIGGERS) element.dispatchEvent(new Event(type));
    if (element instanceof HTMLDetailsElement) element.open = !element.open;
    if (element instanceof HTMLElement) element.focus();
  }
}
