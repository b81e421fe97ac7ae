import type { FeedError } from '../feed/load-feed.js';

/** Fired by an element when its feed could not be loaded. */
export class JobFeedErrorEvent extends Event {
  static readonly eventName = 'job-feed-error';

  constructor(
    /** What failed: `error.kind` is `network`, `timeout`, `http`, `too-large`, `not-json` or `not-a-feed`. */
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
