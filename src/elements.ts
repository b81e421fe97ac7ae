/**
 * `import { JobList } from 'job-widgets/elements'`: the element classes and their API types,
 * without registering any tag, for apps that choose their own tag names or register lazily.
 *
 * @packageDocumentation
 */
export { JobList } from './components/job-list/job-list.js';
export { JobCard } from './components/job-card/job-card.js';
export { JobCount } from './components/job-count/job-count.js';
export { JobDetail } from './components/job-detail/job-detail.js';
export { JobSelectEvent } from './events/job-select.js';
export { JobFeedErrorEvent } from './events/feed-error.js';
export { JobFeedWarningEvent } from './events/feed-warning.js';
export { JobApplyEvent } from './events/job-apply.js';
export { JobLinkCopyEvent } from './events/job-link-copy.js';
export { JobShareEvent } from './events/job-share.js';
export { JobSearchEvent } from './events/job-search.js';
export { JobFilterChangeEvent } from './events/job-filter-change.js';
export { FeedError, type FeedErrorKind } from './feed/load-feed.js';
export type { FeedProblem } from './feed/validate.js';
export { defineElement } from './define.js';
export { setStrings } from './i18n/tables.js';
export { setServerBody, type ServerBody } from './sanitize/server-html.js';
export type { Strings, StringsOverride, PluralForms } from './i18n/strings.js';
export type { Feed, Job, Organization, Salary, EmploymentType, SalaryUnit } from './feed/types.js';
export type { FacetName, FilterSelection } from './components/job-list/filters.js';
// Each element's attributes, properties and events as types, for typing any framework's templates.
export type * from './frameworks/element-types.js';
