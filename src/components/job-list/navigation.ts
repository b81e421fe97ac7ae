/**
 * In-place navigation of a `<job-list>`. Without `href-template`, a card's link is the page's own
 * URL with `#job=<id>`: a plain click opens the job in place and adds a history entry that names
 * this list as its opener, so reload, shared links and Back/Forward work, and coming back puts
 * the page where it was scrolled. With `href-template`, links go there and the browser navigates.
 *
 * Owns the fragment as last read and the entry's opener, the list's place in the registry (which
 * stores this controller, not the element) and the page's `popstate`/`hashchange` listeners. What
 * opening a job takes (the history entries, which list shows a job, the detail's view, where
 * focus goes: `in-place.ts`) is loaded with the detail when a person points at, focuses or clicks
 * a card, or when the URL names a job; the first page of cards does without it. Until it is
 * there, a list whose URL names a job waits (`waiting`), and a click opens the job once it is.
 *
 * Inputs: the host's `hrefTemplate`, and its source's `loadStatus`, `all` and `hasJob()`, which the
 * registry reads to decide which list shows a job. Asks the host for an update when the location
 * changes, and keeps whether a person moved to another job or back (`takeMove()`), so that focus
 * follows a person's move. It reads `window` only once the list is connected (and in its
 * handlers); on a server, and in the browser's repeat of a server's render (`hrefFor(job, true)`),
 * card links are fragments (`#job=<id>`).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { JobSelectEvent } from '../../events/job-select.js';
import { loadFeed, prefetchJobFile } from '../../feed/load-feed.js';
import type { Job } from '../../feed/types.js';
import { safeUrl } from '../../sanitize/url.js';
import { loadJobDetail } from '../job-detail/lazy.js';
import type { InPlaceRouter } from './in-place.js';
import type { ListSource } from './list-source.js';
import { addList, connectedLists, listChanged, removeList, type RegisteredList } from './registry.js';
import { hashWithJob, jobIdFromHash, urlWithJob } from './url-state.js';

export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly hrefTemplate: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The job of the card in the event's path, and the card's link if the event went through it. */
function cardOf(event: Event, source: ListSource): { job: Job | undefined; link: boolean } {
  const path = event.composedPath();
  const item = path.find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.dataset.jobId !== undefined);
  return { job: item && source.shownJob(item.dataset.jobId!), link: path.some((node) => node instanceof HTMLAnchorElement) };
}

// What opening a job takes, once loaded: one module for every list on the page.
let inPlace: typeof import('./in-place.js') | undefined;
let loading: Promise<unknown> | undefined;

/** Starts loading what opening a job takes; resolves once every list on the page can. */
function loadInPlace(): Promise<unknown> {
  // The lists' page order, which the chunk imports, is requested beside it rather than after it.
  loading ??= Promise.all([import('./in-place.js'), import('./page-order.js')]).then(
    ([module]) => {
      inPlace = module;
      // Each list reads the history entry's opener, which it could not without it, and decides
      // again what it shows.
      for (const list of connectedLists()) {
        list.readLocation(false);
        list.host.requestUpdate();
      }
    },
    (error: unknown) => {
      // Tried again at the next need.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export class InPlaceNavigation implements ReactiveController, RegisteredList {
  readonly host: NavigationHost;
  readonly source: ListSource;
  #hash = '';
  #opener: string | undefined;
  // Whether a person moved to another job or back since the last update.
  #moved = false;
  // What the list held when the others last heard of it.
  #held = '';
  #router: InPlaceRouter | undefined;

  constructor(host: NavigationHost, source: ListSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  /** The job id in the fragment, if any. */
  get openId(): string | undefined {
    return jobIdFromHash(this.#hash);
  }

  /** What opening a job takes, once loaded. */
  get router(): InPlaceRouter | undefined {
    if (inPlace) this.#router ??= new inPlace.InPlaceRouter(this, loadJobDetail);
    return this.#router;
  }

  /** Whether the URL names a job and what decides how to show it is still loading. */
  get waiting(): boolean {
    return !inPlace && this.openId !== undefined;
  }

  /** The fragment's job when this list is the one that shows it, and whether the list has it. */
  get opened(): { id: string; found: boolean } | undefined {
    const id = this.openId;
    return id === undefined ? undefined : this.router?.showing(id, this.#opener);
  }

  /** The load under way, if any: the host's next update follows it. */
  get pending(): Promise<unknown> | undefined {
    return inPlace ? undefined : loading?.catch(() => undefined);
  }

  /**
   * A card's link: the `href-template` URL, or in place, the page's URL with the job's fragment.
   * A server knows neither the page's URL nor its fragment: there, and `asServer` (the browser's
   * repeat of a server's render), the link is `#job=<id>`.
   */
  hrefFor(job: Job, asServer = false): string {
    return this.#external(job) ?? (isServer || asServer ? hashWithJob('', job.id) : urlWithJob(window.location, job.id, this.#hash));
  }

  // The job's `href-template` URL, when the list has one that passes the URL allow-list.
  #external(job: Job): string | undefined {
    const template = this.host.hrefTemplate;
    return template ? safeUrl(template.replaceAll('{id}', encodeURIComponent(job.id))) : undefined;
  }

  /** Reads the open job and its opener from the URL; `byPerson` when a person moved. */
  readLocation(byPerson: boolean): void {
    const hash = window.location.hash;
    const id = jobIdFromHash(hash);
    // A job to show: what showing it takes starts loading now, beside the feed.
    if (id !== undefined && !inPlace) {
      void loadInPlace();
      void loadJobDetail();
    }
    const opener = id === undefined ? undefined : this.router?.openerOf(id);
    if (hash === this.#hash && opener === this.#opener) return;
    // A move by a person stays one until the update that shows it.
    if (id !== this.openId || opener !== this.#opener) this.#moved ||= byPerson;
    this.#hash = hash;
    this.#opener = opener;
    this.host.requestUpdate();
  }

  /** Whether a person opened another job or went back since the last update, given once. */
  takeMove(): boolean {
    const moved = this.#moved;
    this.#moved = false;
    return moved;
  }

  /** For clicks on the cards: a plain click on a link fires `job-select` and opens the job in place. */
  readonly onCardClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const { job, link } = cardOf(event, this.source);
    if (!link || !job) return;
    const select = new JobSelectEvent(job, this.hrefFor(job));
    this.host.dispatchEvent(select);
    if (select.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (this.#external(job)) return;
    event.preventDefault();
    void loadJobDetail();
    void loadInPlace().then(() => this.router!.open(job));
  };

  /**
   * For a pointer on a card or focus on its link: the person may open it, so what opening needs
   * starts loading now, and is usually there by the click.
   */
  readonly onCardIntent = (event: Event): void => {
    if (this.host.hrefTemplate) return;
    void loadInPlace();
    void loadJobDetail();
    const url = cardOf(event, this.source).job?.detailUrl;
    if (url) prefetchJobFile(url);
    // A server's summaries: the body is in the feed.
    const feed = this.source.bodiesFrom;
    if (feed) loadFeed(feed).catch(() => {});
  };

  hostConnected(): void {
    window.addEventListener('popstate', this.#onLocationChange);
    window.addEventListener('hashchange', this.#onLocationChange);
    addList(this);
    this.readLocation(false);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onLocationChange);
    window.removeEventListener('hashchange', this.#onLocationChange);
    removeList(this);
  }

  hostUpdated(): void {
    // Other lists decide what they show from what this one holds: tell them when that changes.
    const held = `${this.source.loadStatus}:${this.source.all.length}`;
    if (held !== this.#held) {
      this.#held = held;
      listChanged(this);
    }
  }

  readonly #onLocationChange = (): void => this.readLocation(true);
}
