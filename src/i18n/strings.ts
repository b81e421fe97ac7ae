/**
 * Every word the elements show, as one table per locale. Posting text is the posting's own and
 * is never translated; these are the elements' labels, buttons, states and counts.
 *
 * `{n}`, `{amount}`, `{url}`, `{shown}` and `{total}` are filled in when the text is shown.
 */
import type { FacetName } from '../components/job-list/filters.js';
import type { EmploymentType, SalaryUnit } from '../feed/types.js';

/**
 * A text that depends on a number `{n}`: one form per plural category of the locale
 * (`Intl.PluralRules`: English has `one` and `other`, Arabic all six), `other` required. An
 * exact `=0` form, when given, is used for zero instead of the category's form (as in ICU).
 */
export type PluralForms = { [form in Intl.LDMLPluralRule | '=0']?: string } & { other: string };

/**
 * Every string the elements show, by key. A key's default value is its English text, the table
 * built into every bundle; `setStrings()` and the elements' `strings` property replace any of them.
 */
export interface Strings {
  // ---- the metadata line of cards and the detail (labels are visually hidden) ----
  /** Label before the locations, for screen readers: "Location:". */
  location: string;
  /** Label before the department: "Department:". */
  department: string;
  /** Label before the employment types: "Employment type:". */
  employmentType: string;
  /** Label before the salary: "Salary:". */
  salary: string;
  /** Label before the posting date: "Posted:". */
  posted: string;
  /** The badge of a remote job: "Remote". */
  remote: string;
  /** The badge of a hybrid job, partly on site and partly remote, and its option in the remote filter: "Hybrid". */
  hybrid: string;
  /** Accessible name of the list of tags: "Tags". */
  tags: string;
  /** The schema.org employment types: "Full-time", "Contract"… */
  employmentTypes: Record<EmploymentType, string>;
  /** A numeric salary with its period, `{amount}` being the formatted amount: "{amount} / year". */
  salaryUnits: Record<SalaryUnit, string>;

  // ---- the states of a card or detail ----
  /** Accessible name of the placeholder while a job loads: "Loading job". */
  loadingJob: string;
  /** What a visitor reads when the feed or the job's file failed, with Retry (the details go to `job-feed-error` and the console). */
  jobLoadFailed: string;
  /** When the `job` property is not a valid job. */
  jobInvalid: string;
  /** When the feed loaded but has no job with the `job-id`. */
  jobGone: string;
  /**
   * When the job's `validThrough` has passed (the feed was built before it closed): the card,
   * the detail and a list's `#job=` link say so instead of showing it.
   */
  jobClosed: string;
  /** The button that loads again after a failure. */
  retry: string;

  // ---- the detail's actions ----
  /** The Apply link. */
  apply: string;
  /** The Apply link when the way to apply is an email address. */
  applyByEmail: string;
  /** The Copy link button. */
  copyLink: string;
  /** The Share button, where the browser can share (`navigator.share`). */
  share: string;
  /** Announced when the link was copied. */
  linkCopied: string;
  /** Announced when the clipboard refused and the link is shown selected instead. */
  copySelectedLink: string;
  /** Accessible name of the field that shows that link. */
  shareUrl: string;

  // ---- the list ----
  /** The label of the search box. */
  searchLabel: string;
  /** The filter buttons. */
  filters: Record<FacetName, string>;
  /** The option of the remote filter for remote jobs. */
  remoteOption: string;
  /** The option of the remote filter for on-site jobs. */
  onsiteOption: string;
  /** The label of the box that finds values in a filter of more values than it shows: "Find". */
  findOption: string;
  /** Under that box: "{shown} of {total} shown", values shown of the values it finds. */
  optionsShown: string;
  /**
   * How many values of a filter are selected: "{n} selected". The number is shown, the words
   * around it only heard, so every form holds `{n}`.
   */
  selected: PluralForms;
  /** The button that clears the search and every filter. */
  clearAll: string;
  /** The count line while the feed loads. */
  loadingJobs: string;
  /** The count line when the feed has no jobs. */
  noJobsCount: string;
  /** The count line, also announced: "{n} jobs". */
  jobCount: PluralForms;
  /** When search and filters match no job. */
  noResults: string;
  /** When the feed has no jobs (the `no-jobs` slot replaces it). */
  empty: string;
  /** The button under the cards: "Show {n} more". */
  showMore: PluralForms;
  /** A teaser's link to all the jobs (`limit` with `all-href`): "See all {n} open roles". */
  seeAllJobs: PluralForms;
  /** Beside "Show more": "({shown} of {total} shown)". */
  shownOf: string;
  /** The group of jobs without a department, with `group-by="department"`. */
  otherGroup: string;
  /** The button from an opened job back to the list. */
  back: string;
  /** When the `#job=` id names no job. */
  notFound: string;
  /**
   * What a visitor reads when the jobs could not be loaded, with Retry (what failed goes to
   * `job-feed-error` and the console).
   */
  jobsLoadFailed: string;
}

/**
 * Strings that replace some of a table's: any key, and for the keys that hold a record or
 * plural forms, any of their entries (merged over the table's).
 */
export type StringsOverride = {
  [key in keyof Strings]?: Strings[key] extends string ? string : Partial<Strings[key]>;
};
