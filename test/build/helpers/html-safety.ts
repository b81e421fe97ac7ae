/**
 * An independent check that HTML is safe to insert with `innerHTML`: it is parsed the way a
 * browser parses it (parse5 implements the HTML standard's parser) and every element,
 * attribute and URL is inspected. Returns the problems found; an empty list means safe.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { ALLOWED_TAGS } from '../../../src/sanitize/policy.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'frame', 'frameset'];
const UNSAFE_URL = /^(?:javascript|vbscript|data|file|blob):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'ping']);

export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes as ChildNode[]) {
      if (!('tagName' in child)) continue;
      const tag = child.tagName;
      if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag}>`);
      if (!ALLOWED_TAGS.has(tag)) problems.push(`<${tag}> is outside the policy`);
      if (child.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${child.namespaceURI}`);
      for (const { name, value } of child.attrs) {
        if (/^on/i.test(name)) problems.push(`${tag}[${name}]`);
        if (name === 'style' || name === 'id' || name === 'name' || name === 'class') problems.push(`${tag}[${name}]`);
        if (URL_ATTRIBUTES.has(name)) {
          const normalized = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
          if (UNSAFE_URL.test(normalized)) problems.push(`${tag}[${name}=${value}]`);
        }
      }
      // With a scheme (`http:evil.com` included) or protocol-relative: another site.
      if (tag === 'a' && /^(https?:|\/\/)/i.test(child.attrs.find((a) => a.name === 'href')?.value ?? '')) {
        const rel = child.attrs.find((a) => a.name === 'rel')?.value ?? '';
        if (!rel.includes('noopener')) problems.push(`external link without rel=noopener`);
      }
      visit(child);
    }
  };
  visit(parseFragment(html));
  return problems;
}

/** The text a browser would show for the HTML (entities decoded, tags gone). */
export function textOf(html: string): string {
  let text = '';
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes as ChildNode[]) {
      if (child.nodeName === '#text') text += (child as DefaultTreeAdapterMap['textNode']).value;
      else if ('childNodes' in child) visit(child as ParentNode);
    }
  };
  visit(parseFragment(html));
  return text;
}
