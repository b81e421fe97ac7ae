/**
 * The jobs a `<job-list>` lists: the app's `jobs` (checked like a feed's; all of them failing is
 * the same error as for a feed), else the jobs a server rendered the list with (`prerendered`,
 * checked the same way, until `src` changes), else the feed at `src`; of those, the ones open at
 * the update's clock (`OpenJobs`, the closed ones kept to say so on a `#job=` link); newest first
 * (`sortNewestFirst`, once per new set of jobs, the search's text then folded in idle time); and
 * the first page of a large feed's preview.
 *
 * Owns the feed load, the checked app jobs, the open/closed split and the sorted jobs. Inputs:
 * the host's `jobs`, `prerendered`, `src`, `timeout` and `noSearch`, `locale()` (titles break
 * ties), `scope()` (a site's scope attributes, `shared/scope.ts`: the list holds only the jobs in
 * it, open or closed), and the clock the host passes to `update()`. Asks the host for updates as the feed moves on, and for one
 * more when sorting many jobs and showing them are split into two tasks (scheduled in
 * `hostUpdated`); reports the app's jobs' problems with the host's warning and error events.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { JobFeedErrorEvent } from '../../events/feed-error.js';
import { JobFeedWarningEvent } from '../../events/feed-warning.js';
import { FeedController, type FeedStatus } from '../../feed/feed-controller.js';
import { loadFeed, noValidJobsError, type FeedError } from '../../feed/load-feed.js';
import { hasClosed, OpenJobs } from '../../feed/open-jobs.js';
import type { Job, Organization } from '../../feed/types.js';
import { validateJobs, type ValidatedJobs } from '../../feed/validate.js';
import { checkScope, inScope } from '../shared/scope.js';
import { PAGE_SIZE } from './paging.js';
import { prepareSearch } from './search.js';
import { postedTime, sortNewestFirst } from './sort.js';

// Above this many jobs, sorting them and showing them are done in separate tasks: above the
// first for a feed that had to be sorted, above the second for one that came in order. Below
// them the split cost more than it saved: sorting 10,000 jobs that came in order takes a few
// ms, and the extra task let the browser paint the placeholders once more before the cards.
const SPLIT_SORTED = 5_000;
const SPLIT_IN_ORDER = 50_000;

export interface ListSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly jobs: readonly Job[] | undefined;
  readonly src: string | undefined;
  readonly timeout: number | undefined;
  readonly noSearch: boolean;
  readonly prerendered: { readonly jobs: readonly Job[]; readonly organization?: Organization | undefined; readonly summaries?: boolean | undefined } | undefined;
}

interface Sorted {
  input: Job[];
  jobs: Job[];
  byId: Map<string, Job>;
  wasInOrder: boolean;
}

export class ListSource implements ReactiveController {
  readonly feed: FeedController;
  readonly #host: ListSourceHost;
  readonly #locale: () => string;
  readonly #scope: () => string;
  // The open jobs in the scope, and what they were taken from.
  #scoped: { input: readonly Job[]; key: string; jobs: Job[] } | undefined;
  // The jobs still open at this update's clock; the closed ones are kept to say so.
  readonly #openJobs = new OpenJobs();
  #checked: (ValidatedJobs & { input: readonly Job[]; error: FeedError | undefined }) | undefined;
  // The jobs a server rendered the list with, while they stand for the feed at `src`.
  #seeded: ListSourceHost['prerendered'];
  #seedInput: ListSourceHost['prerendered'];
  #sorted: Sorted | undefined;
  #now = 0;
  #followUp = false;

  constructor(host: ListSourceHost, locale: () => string, scope: () => string = () => '') {
    this.#host = host;
    this.#locale = locale;
    this.#scope = scope;
    this.feed = new FeedController(host, loadFeed, { preview: true });
    host.addController(this);
  }

  // The jobs given rather than loaded: the app's, else the server's.
  get #given(): readonly Job[] | undefined {
    return this.#host.jobs ?? this.#seeded?.jobs;
  }

  /** Whether the jobs come from the feed at `src` (which Retry loads again), not given. */
  get fromFeed(): boolean {
    return this.#given === undefined;
  }

  /** Whether the list has its jobs: given, or the feed's (`idle` without either). */
  get loadStatus(): FeedStatus {
    return this.fromFeed ? this.feed.status : this.#givenJobs.error ? 'error' : 'complete';
  }

  /** Why the jobs could not be used, while `loadStatus` is `error`. */
  get error(): FeedError | undefined {
    return this.fromFeed ? this.feed.error : this.#givenJobs.error;
  }

  /** The feed's organization: the server's, or the loaded feed's; an app's jobs have none. */
  get organization(): Organization | undefined {
    return this.#host.jobs ? undefined : this.#seeded ? this.#seeded.organization : this.feed.organization;
  }

  /**
   * The feed a job opened in place is read from, when the list holds only summaries of its jobs
   * (a server's, which left the bodies in the feed at `src`).
   */
  get bodiesFrom(): string | undefined {
    return this.#host.jobs === undefined && this.#seeded?.summaries ? this.#host.src : undefined;
  }

  /** All the jobs the list holds, open or closed. */
  get all(): Job[] {
    if (!this.fromFeed) return this.#givenJobs.jobs;
    return this.feed.status === 'complete' ? this.feed.jobs : [];
  }

  /** The open jobs, newest first, by id too; sorted once per new set of jobs. */
  get sorted(): Sorted {
    const input = this.#inScope(this.#openJobs.open(this.all, this.#now));
    if (this.#sorted?.input !== input) {
      const { jobs, wasInOrder } = sortNewestFirst(input, this.#locale());
      const sorted = { input, jobs, byId: new Map(jobs.map((job) => [job.id, job])), wasInOrder };
      this.#sorted = sorted;
      if (!this.#host.noSearch && !isServer) prepareSearch(jobs, () => this.#sorted === sorted && this.#host.isConnected);
    }
    return this.#sorted;
  }

  // The same array while the jobs and the scope are the same.
  #inScope(open: Job[]): Job[] {
    const key = this.#scope();
    if (this.#scoped?.input !== open || this.#scoped.key !== key) {
      this.#scoped = { input: open, key, jobs: inScope(open, key) };
      if (this.#scoped.jobs.length === 0) checkScope(this.#host, key, this.all);
    }
    return this.#scoped.jobs;
  }

  /** The job with `id` when the list holds it (in its scope) and it has closed. */
  closedJob(id: string): Job | undefined {
    const job = this.#openJobs.closedJob(id);
    return job && inScope([job], this.#scope()).length > 0 ? job : undefined;
  }

  /** Whether one of the list's jobs, open or closed, has `id`. */
  hasJob(id: string): boolean {
    return this.sorted.byId.has(id) || this.closedJob(id) !== undefined;
  }

  /**
   * The job of a card on screen: from the list's jobs, or from the preview of a feed still loading
   * (a click on a card of the first page must open it all the same).
   */
  shownJob(id: string): Job | undefined {
    return this.sorted.byId.get(id) ?? this.feed.preview?.jobs.find((job) => job.id === id);
  }

  /**
   * Takes this update's changed properties and clock. False when the jobs have just changed and
   * are too many to sort and show in one task: this update keeps the placeholders, and the next
   * task's shows the jobs (sorting 100,000 jobs, counting their filters and rendering would be
   * one long task).
   */
  update(changed: ReadonlyMap<PropertyKey, unknown>, now: number): boolean {
    const { jobs, src } = this.#host;
    this.#now = now;
    // The server's jobs are the feed's, until the page points the list at another feed. (Read by
    // identity: a server's update has no changed properties.)
    const seeded = changed.has('src') ? undefined : this.#seeded;
    if (this.#host.prerendered !== this.#seedInput) this.#seedInput = this.#seeded = this.#host.prerendered;
    else this.#seeded = seeded;
    // The loader bounds it: a timer cannot wait longer than about 24.8 days. Read by the loads
    // the feed starts, from this update's or later.
    this.feed.timeout = this.#host.timeout;
    if (changed.has('src') || changed.has('jobs') || changed.has('prerendered')) this.feed.load(this.#given === undefined ? src : undefined);
    if (changed.has('jobs') && jobs !== undefined) {
      const { problems, error } = this.#givenJobs;
      if (problems.length > 0) this.#host.dispatchEvent(new JobFeedWarningEvent(problems));
      if (error) {
        console.error(`<job-list>: ${error.message}`);
        this.#host.dispatchEvent(new JobFeedErrorEvent(error));
      }
    }
    const before = this.#sorted;
    const sorted = this.sorted;
    // Jobs sorted just now, and many: a server renders once, and shows them at once.
    this.#followUp = !isServer && sorted !== before && sorted.jobs.length > (sorted.wasInOrder ? SPLIT_IN_ORDER : SPLIT_SORTED);
    return !this.#followUp;
  }

  hostUpdated(): void {
    if (!this.#followUp) return;
    this.#followUp = false;
    setTimeout(() => this.#host.requestUpdate());
  }

  /**
   * The first page of a large feed, shown while the rest of it is checked, when it is sure to be
   * the page the whole feed will show: the preview lists its jobs newest first (as the build
   * writes feeds) and every later job in the feed is older than the page's last. The host asks
   * only while nothing (search, filter, grouping, open job) changes which jobs come first.
   */
  previewPage(): Job[] | undefined {
    const preview = this.feed.preview;
    if (!preview?.jobs.length) return undefined;
    const { jobs, wasInOrder } = sortNewestFirst(inScope(preview.jobs, this.#scope()).filter((job) => !hasClosed(job, this.#now)), this.#locale());
    if (!wasInOrder || jobs.length === 0) return undefined;
    const page = jobs.slice(0, PAGE_SIZE);
    return postedTime(page.at(-1)!) > preview.restNewest ? page : undefined;
  }

  // The app's or the server's jobs, checked like a feed's: all of them failing is the same error
  // as for a feed.
  get #givenJobs(): ValidatedJobs & { error: FeedError | undefined } {
    const input = this.#given ?? [];
    if (this.#checked?.input !== input) {
      const checked = validateJobs(Array.isArray(input) ? input : []);
      this.#checked = { input, ...checked, error: noValidJobsError(checked, '', 'The jobs property') };
    }
    return this.#checked;
  }
}
