/**
 * What the entry keeps of a `<job-list>`'s view in the URL (`view-url.ts`, a chunk of its own):
 * a page whose URL names no view, and where nobody searches or filters, never loads it. The chunk
 * is requested when the list connects to a URL whose fragment has view keys (a shared link, a
 * reload), when the fragment changes to one that has them (Back, Forward, a link on the page),
 * and on the first search keystroke, filter change or Clear all, which it then writes as before.
 *
 * Owns the check of the fragment until the chunk is there (then the chunk's `ViewUrl`, which this
 * creates, owns the page's listeners), and whether the list waits for it: a list opened on a view
 * shows its placeholders until the view applies, rather than every job (and their count) first.
 * Inputs: those `ViewUrl` takes. It reads `window` only once the list is connected.
 */
import type { ReactiveController } from 'lit';
import { FACET_NAMES, type FacetName } from './filters.js';
import type { RegisteredList } from './registry.js';
import { fragmentParams, QUERY_KEY, viewInUrl } from './url-state.js';
import type { ViewUrl, ViewUrlHost } from './view-url.js';

/** Whether `hash` holds view keys of some list: `q` or a facet's name, bare or after a prefix (`team.q`, `1.remote`). */
export function hasViewKeys(hash: string): boolean {
  for (const key of fragmentParams(hash).keys()) {
    const name = key.slice(key.lastIndexOf('.') + 1);
    if (name === QUERY_KEY || FACET_NAMES.includes(name as FacetName)) return true;
  }
  return false;
}


// The chunk, once for every list on the page.
let chunk: Promise<typeof import('./view-url.js')> | undefined;

export class ViewUrlLoader implements ReactiveController {
  readonly #host: ViewUrlHost;
  readonly #list: RegisteredList;
  readonly #facets: () => readonly FacetName[];
  #viewUrl: ViewUrl | undefined;
  #loading: Promise<ViewUrl> | undefined;
  #waiting = false;

  /** As `ViewUrl`'s: `list` is the host's navigation controller, `facets()` those it offers. */
  constructor(host: ViewUrlHost, list: RegisteredList, facets: () => readonly FacetName[]) {
    this.#host = host;
    this.#list = list;
    this.#facets = facets;
    host.addController(this);
  }

  /** Whether the list connected to a URL that names a view, and the chunk that applies it is loading. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** The load under way, if any: the host's next update follows it. */
  get pending(): Promise<unknown> | undefined {
    return this.#viewUrl ? undefined : this.#loading?.catch(() => undefined);
  }

  /** A person typed: the URL follows once typing pauses. */
  typed(): void {
    if (viewInUrl(this.#host)) void this.#load().then((viewUrl) => viewUrl.typed());
  }

  /** A person chose a filter or cleared them: a history entry of its own. */
  chose(): void {
    if (viewInUrl(this.#host)) void this.#load().then((viewUrl) => viewUrl.chose());
  }

  hostConnected(): void {
    // Once loaded, the chunk's controller listens and reads the URL itself.
    if (this.#viewUrl || !viewInUrl(this.#host)) return;
    window.addEventListener('popstate', this.#check);
    window.addEventListener('hashchange', this.#check);
    if (hasViewKeys(window.location.hash)) {
      this.#waiting = true;
      this.#check();
    }
  }

  hostDisconnected(): void {
    this.#stopListening();
  }

  #stopListening(): void {
    window.removeEventListener('popstate', this.#check);
    window.removeEventListener('hashchange', this.#check);
  }

  readonly #check = (): void => {
    if (hasViewKeys(window.location.hash)) void this.#load().catch(() => {});
  };

  // Creating the controller connects it (the host is connected): it reads the URL's view then.
  #load(): Promise<ViewUrl> {
    // The lists' page order, which the chunk imports, is requested beside it rather than after it.
    chunk ??= Promise.all([import('./view-url.js'), import('./page-order.js')]).then(([module]) => module);
    this.#loading ??= chunk.then(
      ({ ViewUrl }) => {
        this.#stopListening();
        this.#viewUrl = new ViewUrl(this.#host, this.#list, this.#facets, FACET_NAMES);
        this.#settled();
        return this.#viewUrl;
      },
      (error: unknown) => {
        // Tried again at the next need; the list shows what it has meanwhile.
        chunk = this.#loading = undefined;
        this.#settled();
        throw error;
      },
    );
    return this.#loading;
  }

  #settled(): void {
    if (!this.#waiting) return;
    this.#waiting = false;
    this.#host.requestUpdate();
  }
}
