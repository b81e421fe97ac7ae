/**
 * How many of the matching jobs a `<job-list>` renders: one page at first, a page more for each
 * "Show more", and one page again when the matches change (a new search). A feed of 100,000 jobs
 * renders one screenful, not 100,000 elements, while search, filters and counts cover every job.
 *
 * Owns the limit and the matches it counts in. Input: each update's matches (`page()`). Asks
 * the host for an update when "Show more" adds a page.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Job } from '../../feed/types.js';

/** Cards rendered at first and added by each "Show more"; a large feed's preview is one page. */
export const PAGE_SIZE = 100;

/** A teaser's number of jobs from its `limit` attribute (whole, at least 1); 0 for a whole list. */
export const teaserSize = (limit: number | undefined): number => (limit !== undefined && limit >= 1 ? Math.floor(limit) : 0);

export class Paging {
  readonly #host: ReactiveControllerHost;
  #limit = PAGE_SIZE;
  #for: readonly Job[] | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The jobs of `shown` to render now; new matches start at one page again. */
  page(shown: Job[]): Job[] {
    if (shown !== this.#for) {
      this.#for = shown;
      this.#limit = PAGE_SIZE;
    }
    return shown.length > this.#limit ? shown.slice(0, this.#limit) : shown;
  }

  /** Adds a page, and gives the index of its first job (the card that takes focus). */
  more(): number {
    const first = this.#limit;
    this.#limit += PAGE_SIZE;
    this.#host.requestUpdate();
    return first;
  }
}
