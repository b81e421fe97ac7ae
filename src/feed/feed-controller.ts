/**
 * Feed loading as a reactive controller, shared by `<job-list>`, `<job-card>` and
 * `<job-detail>`. Each load has its own AbortController: a new `src` aborts the old load, a
 * response that arrives after a newer load started is dropped, and removing the element aborts
 * whatever it was waiting for (the shared request itself stops once nobody waits for it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, forgetFeed, loadFeed } from './load-feed.js';
import type { Job, Organization } from './types.js';
import type { FeedPreview, FeedProblem } from './validate.js';
import { JobFeedErrorEvent } from '../events/feed-error.js';
import { JobFeedWarningEvent } from '../events/feed-warning.js';

export type FeedStatus = 'idle' | 'loading' | 'complete' | 'error';

export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #currentSrc: string | undefined;
  #abortController: AbortController | undefined;
  // Bumped by every load and abort, so a settled promise can tell whether it is still wanted.
  #generation = 0;
  #stateStatus: FeedStatus = 'idle';
  #stateJobs: Job[] = [];
  #stateError: FeedError | undefined;
  #stateOrganization: Organization | undefined;
  #statePreview: FeedPreview | undefined;

  /** Milliseconds before a request gives up; `undefined` uses the loader's default. */
  timeout: number | undefined;

  readonly #load: typeof loadFeed;
  // Whether to keep a large feed's `preview`: a list does; a single job has no use for one.
  readonly #wantsPreview: boolean;

  /**
   * `load` is `loadJobFile` for a controller that loads one job's file of a split feed;
   * `preview: true` keeps a large feed's `preview`.
   */
  constructor(host: ReactiveControllerHost & HTMLElement, load: typeof loadFeed = loadFeed, { preview = false } = {}) {
    this.#host = host;
    this.#load = load;
    this.#wantsPreview = preview;
    host.addController(this);
  }

  /** Where the feed is loading from, or `idle` without a `src`. */
  get status(): FeedStatus {
    return this.#stateStatus;
  }

  /** The valid jobs of the last complete load. */
  get jobs(): Job[] {
    return this.#stateJobs;
  }

  /** Why the last load failed, while `status` is `error`. */
  get error(): FeedError | undefined {
    return this.#stateError;
  }

  /**
   * For a feed of thousands of jobs, from before it is `complete`: its first jobs, checked, so
   * that a list can show a first page before the rest are checked. Kept once complete (a list
   * may take a task more to show all the jobs); cleared by a new load or an error.
   */
  get preview(): FeedPreview | undefined {
    return this.#statePreview;
  }

  /** The feed's `organization` from the last complete load (for search engines' structured data). */
  get organization(): Organization | undefined {
    return this.#stateOrganization;
  }

  /** Loads `src` unless it is already loading or loaded; an empty `src` clears the state. */
  load(src: string | undefined): void {
    const next = src?.trim() ? src : undefined;
    if (next === this.#currentSrc && this.#stateStatus !== 'idle') return;
    this.#currentSrc = next;
    this.#start();
  }

  /** Loads the feed again from the network, for a Retry button. */
  retry(): void {
    if (!this.#currentSrc) return;
    forgetFeed(this.#currentSrc);
    this.#start();
  }

  hostConnected(): void {
    // A load cut short by a disconnect (the element moved in the DOM) resumes.
    if (this.#currentSrc && this.#stateStatus === 'idle') this.#start();
  }

  hostDisconnected(): void {
    if (this.#stateStatus === 'loading') {
      this.#cancel();
      this.#setState('idle');
    }
  }

  #start(): void {
    this.#cancel();
    const src = this.#currentSrc;
    if (!src) {
      this.#setState('idle', []);
      return;
    }
    // Loading waits for the element to be in a document, so that removing it cancels the load.
    if (!this.#host.isConnected) {
      this.#setState('idle');
      return;
    }
    const generation = this.#generation;
    const abortController = new AbortController();
    this.#abortController = abortController;
    this.#setState('loading', []);
    const onPreview = (preview: FeedPreview) => {
      if (generation !== this.#generation) return;
      this.#statePreview = preview;
      this.#host.requestUpdate();
    };
    // Without a timeout the loader's default applies, and without onPreview no preview is kept.
    const options = { signal: abortController.signal, timeout: this.timeout, onPreview: this.#wantsPreview ? onPreview : undefined };
    this.#load(src, options).then(
      ({ jobs, problems, organization }) => {
        if (generation !== this.#generation) return;
        this.#abortController = undefined;
        this.#stateOrganization = organization;
        this.#setState('complete', jobs);
        if (problems.length > 0) this.#warn(`${src} had ${problems.length} problem(s); the rest of the feed is shown.`, problems);
      },
      (reason: unknown) => {
        if (generation !== this.#generation) return;
        this.#abortController = undefined;
        const error =
          reason instanceof FeedError
            ? reason
            : new FeedError('network', src, reason instanceof Error ? reason.message : `Could not load ${src}.`);
        this.#setState('error', [], error);
        // A feed whose every job failed the checks: the reasons, as for a feed with some.
        if (error.problems.length > 0) this.#warn(`${src}: none of its jobs could be read.`, [...error.problems]);
        // For the site's developers: visitors read only that the jobs could not be loaded.
        console.error(`<${this.#host.localName}>: ${error.message}`);
        this.#host.dispatchEvent(new JobFeedErrorEvent(error));
      },
    );
  }

  #warn(message: string, problems: FeedProblem[]): void {
    console.warn(`<${this.#host.localName}>: ${message}`, problems);
    this.#host.dispatchEvent(new JobFeedWarningEvent(problems));
  }

  #cancel(): void {
    this.#generation++;
    this.#abortController?.abort();
    this.#abortController = undefined;
  }

  // Jobs and error not given are kept: an error stays readable until the next one (it is read
  // only while the status is `error`).
  #setState(status: FeedStatus, jobs: Job[] = this.#stateJobs, error: FeedError | undefined = this.#stateError): void {
    // The organization belongs to the jobs it came with.
    if (status !== 'complete' && jobs.length === 0) this.#stateOrganization = undefined;
    if (status !== 'complete') this.#statePreview = undefined;
    this.#stateStatus = status;
    this.#stateJobs = jobs;
    this.#stateError = error;
    this.#host.requestUpdate();
  }
}
