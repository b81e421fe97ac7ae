import type { Job } from '../feed/types.js';

/**
 * Fired by `<job-list>` when someone opens a job from a card with a plain click. Cancel it
 * (`event.preventDefault()`) to route by yourself: the list then neither follows the link nor
 * shows the job in place.
 */
export class JobSelectEvent extends Event {
  static readonly eventName = 'job-select';

  constructor(
    /** The job that was chosen. */
    readonly job: Job,
    /** Where the card links to: the `href-template` URL, or the page's own URL with `#job=<id>`. */
    readonly href: string,
  ) {
    super(JobSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-select': JobSelectEvent;
  }
}
