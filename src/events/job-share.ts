import type { Job } from '../feed/types.js';

/**
 * Fired by `<job-detail>` when a visitor shared a job through the browser's share sheet (the
 * Share button, where the browser has `navigator.share`); not when they dismissed it.
 */
export class JobShareEvent extends Event {
  static readonly eventName = 'job-share';

  constructor(
    /** The job shared. */
    readonly job: Job,
    /** The link shared. */
    readonly url: string,
  ) {
    super(JobShareEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-share': JobShareEvent;
  }
}
