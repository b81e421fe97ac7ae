/**
 * The lists connected to the page. They share the one `#job=` fragment, so they coordinate:
 *
 * - A list that opens a job names itself in the history entry it pushes (its key: its `id` when
 *   that is unique among the lists, else its position among them in document order), and only
 *   that list opens the job, whoever else has it. Back and Forward bring the entry's state back,
 *   so each list is restored as it was.
 * - An entry that names no list (a shared link, a reload of one, a fragment typed by hand or set
 *   by a link on the page) opens the job in the first list in document order that has it, once
 *   every list before it has loaded.
 * - An id that no list has is reported as "not found" by one list only, the first in document
 *   order that has loaded, once every list has loaded.
 * - A list that pushes a history entry tells the others (pushState fires no event).
 */
import type { FeedStatus } from '../../feed/feed-controller.js';

export interface RegisteredList extends HTMLElement {
  readonly loadStatus: FeedStatus;
  hasJob(id: string): boolean;
  readLocation(byPerson: boolean): void;
  requestUpdate(): void;
}

/** The list that shows a `#job=` id, and whether it has the job (else it says "not found"). */
export interface JobOwner {
  list: RegisteredList;
  found: boolean;
}

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
export function compareComposedOrder(a: Node, b: Node): number {
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

class ListRegistry {
  readonly #lists = new Set<RegisteredList>();

  add(list: RegisteredList): void {
    this.#lists.add(list);
    this.changed(list);
  }

  delete(list: RegisteredList): void {
    if (this.#lists.delete(list)) this.changed(list);
  }

  /** What `list` holds changed: the others re-decide what they show. */
  changed(list: RegisteredList): void {
    for (const other of this.#lists) if (other !== list) other.requestUpdate();
  }

  /** The URL changed by script (pushState): every list reads it, as after a click. */
  locationChanged(): void {
    for (const list of this.#lists) list.readLocation(true);
  }

  /** The key a list names itself by in the history entries it pushes. */
  keyOf(list: RegisteredList): string {
    return this.#keyed().find((entry) => entry.list === list)?.key ?? '';
  }

  /**
   * Which list shows the job `id`, given the key of the list that opened it (`opener`, from the
   * history entry); undefined while that cannot be decided yet (a list that may have it is
   * still loading) or when no list has loaded.
   */
  ownerOf(id: string, opener: string | undefined): JobOwner | undefined {
    const keyed = this.#keyed();
    const named = opener === undefined ? undefined : keyed.find((entry) => entry.key === opener)?.list;
    if (named) return { list: named, found: named.loadStatus === 'complete' && named.hasJob(id) };
    for (const { list } of keyed) {
      // A list earlier in the page may still turn out to have the job.
      if (list.loadStatus === 'loading') return undefined;
      if (list.loadStatus === 'complete' && list.hasJob(id)) return { list, found: true };
    }
    const reporter = keyed.find(({ list }) => list.loadStatus === 'complete')?.list;
    return reporter ? { list: reporter, found: false } : undefined;
  }

  /** The lists in document order, each with its key. */
  #keyed(): { list: RegisteredList; key: string }[] {
    const ordered = [...this.#lists].sort(compareComposedOrder);
    const ids = new Map<string, number>();
    for (const list of ordered) if (list.id) ids.set(list.id, (ids.get(list.id) ?? 0) + 1);
    return ordered.map((list, index) => ({
      list,
      key: list.id && ids.get(list.id) === 1 ? `id:${list.id}` : `index:${index}`,
    }));
  }
}

export const listRegistry = new ListRegistry();
