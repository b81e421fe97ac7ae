/**
 * The lists connected to the page. They share the one `#job=` fragment, so they coordinate through
 * their navigation controllers (`InPlaceNavigation`), which this registry stores:
 *
 * - A list that opens a job names itself in the history entry it pushes: that name is the entry's
 *   opener (`openerName`: its `id` when that is unique among the lists, else its position among them
 *   in document order), and only the opener shows the job, whoever else has it. Back and Forward
 *   bring the entry's state back, so each list is restored as it was.
 * - An entry that names no opener (a shared link, a reload of one, a fragment typed by hand or set
 *   by a link on the page) opens the job in the first list in document order that has it, once
 *   every list before it has loaded.
 * - An id that no list has is reported as "not found" by one list only, the first in document
 *   order that has loaded, once every list has loaded.
 * - A list that pushes a history entry tells the others (pushState fires no event).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeedStatus } from '../../feed/feed-controller.js';

/** What the registry reads of a list: its navigation controller. */
export interface RegisteredList {
  /** The `<job-list>`: its `id`, its place in the page, and its updates. */
  readonly host: ReactiveControllerHost & HTMLElement;
  /** Whether the list has loaded, and which jobs it has. */
  readonly source: { readonly loadStatus: FeedStatus; hasJob(id: string): boolean };
  /** Reads the fragment and history entry again; `byPerson` when a person moved. */
  readLocation(byPerson: boolean): void;
}

/** The list that shows a `#job=` id, the id, and whether the list has the job (else it says "not found"). */
export interface ShowingList {
  list: RegisteredList;
  id: string;
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

// The lists connected to the page: their navigation controllers.
const lists = new Set<RegisteredList>();

/** A list connected to the page: the others decide again what they show. */
export function addList(list: RegisteredList): void {
  lists.add(list);
  listChanged(list);
}

/** A list that left the page. */
export function removeList(list: RegisteredList): void {
  if (lists.delete(list)) listChanged(list);
}

/** What `list` holds changed: the others decide again what they show. */
export function listChanged(list: RegisteredList): void {
  for (const other of lists) if (other !== list) other.host.requestUpdate();
}

/** The URL changed by script (pushState): every list reads it, as after a click. */
export function locationChanged(): void {
  for (const list of lists) list.readLocation(true);
}

/** The name `list` goes by as the opener of the history entries it pushes. */
export function openerName(list: RegisteredList): string {
  return namedLists().find((entry) => entry.list === list)?.opener ?? '';
}

/**
 * Which list shows the job `id`, given the entry's `opener` (none matches an entry without one);
 * undefined while that cannot be decided yet (a list that may have it is still loading) or when
 * no list has loaded.
 */
export function listShowing(id: string, opener: string | undefined): ShowingList | undefined {
  const named = namedLists();
  // A list has a job only once it has loaded: `hasJob` says so for the jobs it holds.
  const list = named.find((entry) => entry.opener === opener)?.list;
  if (list) return { list, id, found: list.source.hasJob(id) };
  for (const { list } of named) {
    // A list earlier in the page may still turn out to have the job.
    if (list.source.loadStatus === 'loading') return undefined;
    if (list.source.hasJob(id)) return { list, id, found: true };
  }
  const reporter = named.find(({ list }) => list.source.loadStatus === 'complete')?.list;
  return reporter ? { list: reporter, id, found: false } : undefined;
}

/** The lists in document order, each with the name it goes by as an opener. */
function namedLists(): { list: RegisteredList; opener: string }[] {
  const ordered = [...lists].sort((a, b) => compareComposedOrder(a.host, b.host));
  const ids = new Map<string, number>();
  for (const { host } of ordered) if (host.id) ids.set(host.id, (ids.get(host.id) ?? 0) + 1);
  return ordered.map((list, index) => ({
    list,
    opener: list.host.id && ids.get(list.host.id) === 1 ? `id:${list.host.id}` : `index:${index}`,
  }));
}
