import type { FeedError } from '../feed/load-feed.js';

/** Fired by an element when its feed could not be loaded, or listed jobs of which none could be read. */
export class JobFeedErrorEvent extends Event {
  static readonly eventName = 'job-feed-error';

  constructor(
    /**
     * What failed: `error.kind` is `network`, `timeout`, `http`, `too-large`, `not-json`,
     * `not-a-feed`, or `no-valid-jobs` (the feed, or a list's `jobs` property, lists jobs and every
     * one failed the checks; `error.problems` says why, as the `job-feed-warning` before it does).
     */
    readonly error: FeedError,
  ) {
    super(JobFeedErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-feed-error': JobFeedErrorEvent;
  }
}
