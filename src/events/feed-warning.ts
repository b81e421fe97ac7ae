import type { FeedProblem } from '../feed/validate.js';

/** Fired by an element when its feed loaded but some jobs were skipped or fields dropped. */
export class JobFeedWarningEvent extends Event {
  static readonly eventName = 'job-feed-warning';

  constructor(
    /** One entry per skipped job or dropped field. */
    readonly problems: FeedProblem[],
  ) {
    super(JobFeedWarningEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-feed-warning': JobFeedWarningEvent;
  }
}
