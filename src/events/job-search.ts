/**
 * Fired by `<job-list>` once a visitor has paused typing in the search box (about a second),
 * so that analytics get the search, not every keystroke; not for a search set by script or
 * emptied by Clear all.
 */
export class JobSearchEvent extends Event {
  static readonly eventName = 'job-search';

  constructor(
    /** The search text as typed (empty when the visitor cleared the box). */
    readonly query: string,
    /** How many jobs match it, with the filters selected. */
    readonly resultCount: number,
  ) {
    super(JobSearchEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-search': JobSearchEvent;
  }
}
