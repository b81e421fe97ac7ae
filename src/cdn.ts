/**
 * The script-tag bundle (`dist/cdn/job-widgets.js`): defines `<job-list>`, `<job-card>` and
 * `<job-count>` at once, and `<job-detail>` only when a page uses one, since the detail brings the HTML sanitizer.
 * A list loads the detail itself when a job is opened in place.
 *
 * @packageDocumentation
 */
import { loadJobDetail } from './components/job-detail/lazy.js';

export { JobList } from './components/job-list/define.js';
export { JobCard } from './components/job-card/define.js';
export { JobCount } from './components/job-count/define.js';
export { loadJobDetail };
export { JobSelectEvent } from './events/job-select.js';
export { JobFeedErrorEvent } from './events/feed-error.js';
export { JobFeedWarningEvent } from './events/feed-warning.js';
// Of the analytics events, only the class the entry holds anyway: the others are in the chunks
// that send them (the detail's, the search reporter's), and a page reads their fields
// (`event.job`, `event.query`) without needing a class.
export { JobFilterChangeEvent } from './events/job-filter-change.js';
export { FeedError, type FeedErrorKind } from './feed/load-feed.js';
export type { FeedProblem } from './feed/validate.js';
export { defineElement } from './define.js';
export { setStrings } from './i18n/tables.js';
export type { Strings, StringsOverride, PluralForms } from './i18n/strings.js';
export type { Feed, FeedIndex, Job, JobSummary, Organization, Salary, EmploymentType, SalaryUnit } from './feed/types.js';
export type { FacetName, FilterSelection } from './components/job-list/filters.js';

// A `<job-detail>` in the page's markup, now or added later by the site's own scripts. Elements
// inside other components' shadow roots are not seen: such apps call `loadJobDetail()`. Only the
// added nodes are looked at, so a page that changes often never pays for a walk of the document.
const isOrHasDetail = (node: Node): boolean =>
  node instanceof Element && (node.localName === 'job-detail' || node.getElementsByTagName('job-detail').length > 0);
if (isOrHasDetail(document.documentElement)) {
  void loadJobDetail();
} else {
  const watcher = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(isOrHasDetail))) return;
    watcher.disconnect();
    void loadJobDetail();
  });
  watcher.observe(document, { childList: true, subtree: true });
}
