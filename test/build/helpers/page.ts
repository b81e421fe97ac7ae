/**
 * A job page as a browser reads it: parsed by parse5 (the HTML standard's parser), with the
 * parts a search engine or a person looks at pulled out, and the parser's errors kept.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface ParsedPage {
  /**
   * Parse errors (code and line): a well-formed page has none. Lit's server renderer writes
   * `<?>` for an empty part, which the parser reads as an empty comment, the marker lit-html
   * itself leaves there: not counted.
   */
  errors: string[];
  lang: string | undefined;
  dir: string | undefined;
  elements: Element[];
  /** The elements named `tag`, in document order. */
  all(tag: string): Element[];
  /** The elements with `name` among their `part`s (in declarative shadow roots, too). */
  parts(name: string): Element[];
  attr(element: Element | undefined, name: string): string | undefined;
  text(element: Element | undefined): string;
  /** `<meta name=…>` or `<meta property=…>` content. */
  meta(key: string): string | undefined;
}

export function parsePage(html: string): ParsedPage {
  const errors: string[] = [];
  const doc = parse(html, {
    onParseError: (error) => {
      const emptyPart = error.code === 'unexpected-question-mark-instead-of-tag-name' && html.slice(error.startOffset - 1, error.startOffset + 2) === '<?>';
      if (!emptyPart) errors.push(`${error.code} at line ${error.startLine}`);
    },
  });
  const elements: Element[] = [];
  // <template> content is a separate fragment: a declarative shadow root's nodes are in it.
  const inside = (element: Element): ParentNode => (element.tagName === 'template' ? (element as unknown as { content: ParentNode }).content : element);
  const walk = (node: ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      elements.push(child);
      walk(inside(child));
    }
  };
  walk(doc);
  const attr = (element: Element | undefined, name: string): string | undefined => element?.attrs.find((a) => a.name === name)?.value;
  const text = (element: Element | undefined): string => {
    if (!element) return '';
    let out = '';
    const visit = (node: ParentNode): void => {
      for (const child of node.childNodes) {
        if (child.nodeName === '#text') out += (child as DefaultTreeAdapterMap['textNode']).value;
        else if ('tagName' in child) visit(inside(child));
      }
    };
    visit(element);
    return out;
  };
  const all = (tag: string): Element[] => elements.filter((e) => e.tagName === tag);
  const root = all('html')[0];
  return {
    errors,
    lang: attr(root, 'lang'),
    dir: attr(root, 'dir'),
    elements,
    all,
    parts: (name) => elements.filter((e) => attr(e, 'part')?.split(/\s+/).includes(name)),
    attr,
    text,
    meta: (key) => attr(all('meta').find((m) => attr(m, 'name') === key || attr(m, 'property') === key), 'content'),
  };
}
