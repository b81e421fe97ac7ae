import type { Job } from '../feed/types.js';

/**
 * Fired by `<job-detail>` (in a list too) when a visitor follows an Apply link: the moment a
 * careers page counts as a conversion. The link is followed as usual.
 */
export class JobApplyEvent extends Event {
  static readonly eventName = 'job-apply';

  constructor(
    /** The job applied to. */
    readonly job: Job,
    /** How: `url` (a web page or form) or `email` (a `mailto:` link). */
    readonly method: 'url' | 'email',
    /** Where the link goes, with the site's `apply-params`. */
    readonly href: string,
  ) {
    super(JobApplyEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-apply': JobApplyEvent;
  }
}
