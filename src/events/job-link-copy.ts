import type { Job } from '../feed/types.js';

/** Fired by `<job-detail>` when a visitor uses Copy link. */
export class JobLinkCopyEvent extends Event {
  static readonly eventName = 'job-link-copy';

  constructor(
    /** The job whose link was copied. */
    readonly job: Job,
    /** The link. */
    readonly url: string,
    /**
     * Whether it is on the clipboard; `false` where the clipboard refused and the link is shown
     * selected for the visitor to copy.
     */
    readonly copied: boolean,
  ) {
    super(JobLinkCopyEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-link-copy': JobLinkCopyEvent;
  }
}
