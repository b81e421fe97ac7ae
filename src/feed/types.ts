/**
 * The job feed: the one contract between the Node build (`src/build/`) and the browser
 * elements (`src/components/`). `feed.schema.json` beside this file is the published JSON
 * Schema for the same shape; `test/build/schema.test.ts` keeps the two in step.
 */
import type { IndexField } from './fields.js';

/** The feed format version this library writes and reads. */
export const FEED_VERSION = 1;

/** schema.org `employmentType` values (https://schema.org/employmentType, Google for Jobs). */
export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** schema.org `unitText` values for a salary's period. */
export const SALARY_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type SalaryUnit = (typeof SALARY_UNITS)[number];

/**
 * Pay for a job. `text` is what the posting said, kept verbatim for display; the numbers are
 * present only when they could be read without guessing (a bare `$` names no currency, so
 * `currency` stays absent unless the posting or the build's `currency` option says which).
 */
export interface Salary {
  text?: string;
  min?: number;
  max?: number;
  /** ISO 4217 code, for example `EUR`. */
  currency?: string;
  unit?: SalaryUnit;
}

export interface Job {
  /** URL-safe slug, unique in the feed. */
  id: string;
  title: string;
  summary?: string;
  locations?: string[];
  /**
   * `true`: fully remote; `'hybrid'`: partly at an office of `locations`, partly remote;
   * `false`: on site.
   */
  remote?: boolean | 'hybrid';
  department?: string;
  employmentType?: EmploymentType[];
  salary?: Salary;
  /** An email address (no `mailto:`); `Name <address>` from a feed written elsewhere also works. */
  contact?: string;
  /**
   * An `http:` or `https:` URL (what the build writes); `<job-detail>` also links an absolute
   * `mailto:` URL from a feed written elsewhere.
   */
  applyUrl?: string;
  /** ISO 8601 date (`2026-01-31`) or date-time in UTC (`2026-01-31T09:00:00.000Z`). */
  datePosted?: string;
  /** ISO 8601 date or date-time; the job is expired after it. */
  validThrough?: string;
  tags?: string[];
  /**
   * A job the site puts forward: listed first in its group (and in an ungrouped list), newest
   * first among the featured, and its card has the `featured` part. Absent when it is not.
   */
  featured?: boolean;
  /** BCP 47 language tag of the posting, for example `de` or `ar`. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The rendered body: sanitized HTML under the policy in `src/sanitize/policy.ts`. */
  html: string;
  /**
   * Only in a split feed's index (see `JobSummary`), where `html` is absent: the URL of the
   * job's own file. In the elements it is absolute, resolved against the feed's URL.
   */
  detailUrl?: string;
}

/**
 * Who is hiring: the `hiringOrganization` of the jobs' structured data (JSON-LD) for search
 * engines. One per feed, since a feed is one employer's careers page.
 */
export interface Organization {
  name: string;
  /** The organization's web site, an absolute `http:` or `https:` URL (schema.org `sameAs`). */
  url?: string;
  /** An absolute `http:` or `https:` URL of the organization's logo. */
  logo?: string;
}

export interface Feed {
  version: typeof FEED_VERSION;
  /** ISO 8601 date-time of the build. */
  generated: string;
  /** Who is hiring, for search engines' structured data. */
  organization?: Organization;
  jobs: Job[];
}

/**
 * A job as a split feed's index lists it: what a card shows, without the body and the ways to
 * apply, which live in the job's own file at `detailUrl` (the fields' table in `fields.ts` says
 * which fields an index keeps).
 */
export interface JobSummary extends Pick<Job, Exclude<IndexField, 'detailUrl'>> {
  /**
   * Where the full `Job` is, relative to the index's URL (`jobs/<id>.<hash>.json` from the
   * build): the content hash in the name lets hosts cache job files forever.
   */
  detailUrl: string;
}

/**
 * The index of a split feed (`job-widgets build --split`): the same envelope as a `Feed`, with
 * summaries instead of jobs. Each summary's `detailUrl` file holds one `Job` as JSON.
 */
export interface FeedIndex {
  version: typeof FEED_VERSION;
  generated: string;
  organization?: Organization;
  jobs: JobSummary[];
}
