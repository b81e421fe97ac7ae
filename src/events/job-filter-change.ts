import type { FacetName } from '../components/job-list/filters.js';

/**
 * Fired by `<job-list>` when a visitor ticks or unticks a filter's value, and for each filter
 * that Clear all empties.
 */
export class JobFilterChangeEvent extends Event {
  static readonly eventName = 'job-filter-change';

  constructor(
    /** The filter: `department`, `location`, `type` or `remote`. */
    readonly facet: FacetName,
    /** Its values selected now (none after Clear all). */
    readonly values: readonly string[],
  ) {
    super(JobFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'job-filter-change': JobFilterChangeEvent;
  }
}
