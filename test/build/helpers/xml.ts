/**
 * An independent well-formedness check for the XML the build writes (sitemaps, RSS): Chromium's
 * own XML parser (`DOMParser` with `application/xml`, which stops at the first error), through
 * playwright-core. A parsed document comes back as a plain tree to assert on in Node.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browsers.js';

export interface XmlElement {
  /** The qualified name as written (`atom:link`). */
  name: string;
  namespace: string | null;
  attributes: Record<string, string>;
  /** `textContent`: the text with every reference decoded, as a reader sees it. */
  text: string;
  children: XmlElement[];
}

export interface XmlParser {
  /** The document's root element, or throws with the parser's message when the XML is not well-formed. */
  parse(xml: string): Promise<XmlElement>;
  /** How many `tag` elements a large document holds (throws when it is not well-formed). */
  count(xml: string, tag: string): Promise<number>;
  close(): Promise<void>;
}

// Plain JavaScript, sent as text: functions compiled by tsx carry helpers the page does not have.
const PARSE_IN_PAGE = `(source) => {
  const doc = new DOMParser().parseFromString(source, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) return { error: error.textContent || 'parser error' };
  const tree = (element) => ({
    name: element.nodeName,
    namespace: element.namespaceURI,
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
    text: element.textContent || '',
    children: [...element.children].map(tree),
  });
  return { root: tree(doc.documentElement) };
}`;

const COUNT_IN_PAGE = `(source, tag) => {
  const doc = new DOMParser().parseFromString(source, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? { error: error.textContent || 'parser error' } : { count: doc.getElementsByTagName(tag).length };
}`;

export async function xmlParser(): Promise<XmlParser> {
  const browser: Browser = await launchChromium();
  const page: Page = await browser.newPage();
  return {
    async parse(xml) {
      const result = await page.evaluate<{ error: string } | { root: XmlElement }>(`(${PARSE_IN_PAGE})(${JSON.stringify(xml)})`);
      if ('error' in result) throw new Error(`not well-formed XML: ${result.error}`);
      return result.root;
    },
    async count(xml, tag) {
      const result = await page.evaluate<{ error: string } | { count: number }>(`(${COUNT_IN_PAGE})(${JSON.stringify(xml)}, ${JSON.stringify(tag)})`);
      if ('error' in result) throw new Error(`not well-formed XML: ${result.error}`);
      return result.count;
    },
    close: () => browser.close(),
  };
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child element named `name`; fails when there is none or several. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>, expected one`);
  return found[0]!;
}
