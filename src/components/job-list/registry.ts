/**
 * The lists connected to the page. They share the one `#job=` fragment, so they coordinate through
 * their navigation controllers (`InPlaceNavigation`), which this registry stores. Which list shows
 * a job, and the names lists go by in the history entries they push, are decided by
 * `in-place.ts`, loaded once a job is opened or named in the URL (its header has the rules). Their
 * order on the page (`page-order.ts`, loaded with either chunk that needs it) also names their
 * keys in the URL's view state (`view-url.ts`).
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

// The lists connected to the page: their navigation controllers.
const lists = new Set<RegisteredList>();

/** The lists connected to the page, in the order they connected. */
export const connectedLists = (): ReadonlySet<RegisteredList> => lists;

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
