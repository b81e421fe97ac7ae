/**
 * The order of the page's lists, looking through shadow roots: it names a list in the history
 * entries it pushes (`in-place.ts`) and its keys in the URL's view (`view-url.ts`). Only those
 * chunks need it, so it is not in the entry: a page of cards never orders its lists.
 */
import { connectedLists, type RegisteredList } from './registry.js';

/** The node and the shadow hosts around it, outermost first. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | undefined = node; current; ) {
    chain.unshift(current);
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : undefined;
  }
  return chain;
}

/**
 * Orders two nodes as they appear on the page, looking through shadow roots: nodes in different
 * trees are compared through the shadow hosts that contain them, which share a tree.
 */
function compareComposedOrder(a: Node, b: Node): number {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const x = chainA[i]!;
    const y = chainB[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  // One is the shadow host of the other's tree: the host comes first.
  return chainA.length - chainB.length;
}

/** The connected lists in the order they appear on the page. */
export function listsInPageOrder(): RegisteredList[] {
  return [...connectedLists()].sort((a, b) => compareComposedOrder(a.host, b.host));
}
