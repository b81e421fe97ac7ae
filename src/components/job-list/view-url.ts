/**
 * A `<job-list>`'s view in the URL: its search text and selected filters are pairs of the
 * fragment, beside the open job's (`url-state.ts`), so "all remote engineering jobs" is a link a
 * person can send, and reload and Back/Forward bring it back. `#q=designer&department=Design`:
 * `q` is the search, each facet's name its selected values (repeated for several). The lists of
 * a page keep their own pairs, named as the registry orders them (`registry.ts`): a list with an
 * `id` unique on the page prefixes its keys with it (`#careers.q=designer`), else the first list
 * on the page uses the bare keys and the others their position (`#1.q=designer`). Typing
 * replaces the history entry once it pauses (no entry per keystroke); a filter or Clear all adds
 * one. A site's scope (`shared/scope.ts`) is never written, and only the facets the list offers
 * are read.
 *
 * A chunk of its own, with the lists' page order: the entry's `ViewUrlLoader` loads it when the
 * URL names a view or a person first searches or filters, and creates the controller then.
 *
 * Owns the fragment's view as last read or written, the page's `popstate`/`hashchange` listeners
 * and the pause timer. Inputs: the host's `query`, `selection`, `noUrlState` and `limit` (a
 * teaser keeps out of the URL: `viewInUrl`), `noSearch` (no `q` applied), the facets it offers
 * (`facets()`), and its navigation controller (its place in the registry). Sets the host's
 * `query` and `selection` when it connects and when the location changes. It reads `window`
 * only once the list is connected: a server renders no view (see `ServerReplay`), and the
 * browser applies the URL's once it has hydrated the server's render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FacetName, FilterSelection } from './filters.js';
import { listsInPageOrder } from './page-order.js';
import { connectedLists, type RegisteredList } from './registry.js';
import { fragmentParams, QUERY_KEY, viewInUrl } from './url-state.js';

/** A list's view: its search text and selection. */
export interface ListView {
  query: string;
  selection: FilterSelection;
}

export interface ViewUrlHost extends ReactiveControllerHost, HTMLElement, ListView {
  readonly noUrlState: boolean;
  readonly noSearch: boolean;
  readonly limit?: number | undefined;
}

// Typing's pause before the entry is replaced: browsers refuse a flood of history calls.
const TYPING_PAUSE = 300;

/** The view of the list whose keys start with `prefix`, in `hash`; only the facets `offered` are read. */
export function viewFromHash(hash: string, prefix: string, offered: readonly FacetName[]): ListView {
  const params = fragmentParams(hash);
  const selection: FilterSelection = {};
  for (const facet of offered) {
    const values = [...new Set(params.getAll(prefix + facet).filter(Boolean))];
    if (values.length > 0) selection[facet] = values;
  }
  return { query: params.get(prefix + QUERY_KEY) ?? '', selection };
}

/** `hash` with the view of the list whose keys start with `prefix` set to `view` (empty parts left out); `names` are every facet's. */
export function hashWithView(hash: string, prefix: string, view: ListView, names: readonly FacetName[]): string {
  const params = fragmentParams(hash);
  for (const key of [QUERY_KEY, ...names]) params.delete(prefix + key);
  if (view.query.trim()) params.set(prefix + QUERY_KEY, view.query);
  for (const facet of names) for (const value of view.selection[facet] ?? []) params.append(prefix + facet, value);
  const fragment = params.toString();
  return fragment ? `#${fragment}` : '';
}

/** The prefix of `list`'s keys: its unique `id`, else its position on the page (none for the first). */
export function keyPrefix(list: RegisteredList): string {
  const ordered = listsInPageOrder();
  const { id } = list.host;
  if (id && ordered.filter((other) => other.host.id === id).length === 1) return `${id}.`;
  // Positions count only the lists whose view is in the URL (a teaser above the page's list is not).
  const index = ordered.filter((other) => viewInUrl(other.host as unknown as ViewUrlHost)).indexOf(list);
  return index > 0 ? `${index}.` : '';
}

const same = (a: ListView, b: ListView, names: readonly FacetName[]): boolean =>
  a.query === b.query && names.every((facet) => (a.selection[facet] ?? []).join('\n') === (b.selection[facet] ?? []).join('\n'));

export class ViewUrl implements ReactiveController {
  readonly #host: ViewUrlHost;
  readonly #list: RegisteredList;
  readonly #facets: () => readonly FacetName[];
  readonly #names: readonly FacetName[];
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `list` is the host's navigation controller (its place in the registry); `facets()` those it
   * offers; `names` every facet's (`FACET_NAMES`, handed over rather than imported: importing the
   * filters' module from this chunk makes the bundler move the modules it imports out of the
   * entry into files every page loads).
   */
  constructor(host: ViewUrlHost, list: RegisteredList, facets: () => readonly FacetName[], names: readonly FacetName[]) {
    this.#host = host;
    this.#list = list;
    this.#facets = facets;
    this.#names = names;
    host.addController(this);
  }

  /** A person typed: the URL follows once typing pauses, in the same history entry. */
  typed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#write(false), TYPING_PAUSE);
  }

  /** A person chose a filter or cleared them: a history entry of its own (with the search typed so far). */
  chose(): void {
    this.#write(true);
  }

  hostConnected(): void {
    if (!viewInUrl(this.#host)) return;
    window.addEventListener('popstate', this.#read);
    window.addEventListener('hashchange', this.#read);
    // A page's first URL names a view, or leaves the list as the app set it up (`query`, `selection`).
    const view = this.#view();
    if (view.query || Object.keys(view.selection).length > 0) this.#read();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#read);
    window.removeEventListener('hashchange', this.#read);
    // A list that leaves the page has no keys left to write (its place in the registry is gone).
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #write(push: boolean): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!viewInUrl(this.#host)) return;
    const { location, history } = window;
    const prefix = keyPrefix(this.#list);
    const names = this.#names;
    const hash = hashWithView(location.hash, prefix, this.#host, names);
    // Nothing new (compared as written, so a plain anchor stays when there is no view to write).
    if (hash === hashWithView(location.hash, prefix, viewFromHash(location.hash, prefix, names), names)) return;
    const url = new URL(location.href);
    url.hash = hash;
    if (push) history.pushState(null, '', url.href);
    else history.replaceState(history.state, '', url.href);
    // Card links carry the page's fragment: every list reads it again (pushState fires no event).
    for (const list of connectedLists()) list.readLocation(false);
  }

  // The URL's view, when it differs from the list's (Back, Forward, a link, the page's first load).
  #view(): ListView {
    const view = viewFromHash(window.location.hash, keyPrefix(this.#list), this.#facets());
    // A list without a search box shows no search: a `q` in the URL is not its to apply.
    return this.#host.noSearch ? { ...view, query: '' } : view;
  }

  readonly #read = (): void => {
    const view = this.#view();
    if (same(view, this.#host, this.#names)) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#host.query = view.query;
    this.#host.selection = view.selection;
  };
}
