/**
 * Runtime checks for a feed that arrives in the browser. A feed may come from anywhere (our
 * build, a CMS, a contractor's script), so nothing in it is trusted: a job without a usable
 * `id` or `title` is skipped and reported, a field of the wrong type is dropped and reported,
 * and the rest still shows.
 */
import { afterNextPaint, yieldToMain } from '../schedule/main-thread.js';
import { isWebUrl, safeUrl } from '../sanitize/url.js';
import { CHECKED_FIELDS, type CheckedType } from './fields.js';
import { isJobId } from './job-id.js';
import { EMPLOYMENT_TYPES, SALARY_UNITS, type EmploymentType, type Job, type Organization, type Salary } from './types.js';
import { isIsoDate } from './validity.js';

export interface FeedProblem {
  /** Index of the job in the feed's `jobs` array; -1 for a field of the feed itself (`organization`). */
  index: number;
  /** The job's id when it had a usable one. */
  id?: string;
  message: string;
}

export interface ValidatedJobs {
  jobs: Job[];
  problems: FeedProblem[];
  /** The feed's `organization`, when it has a usable one. */
  organization?: Organization;
}

/** The first jobs of a large feed, checked, handed over while the rest are checked. */
export interface FeedPreview {
  jobs: readonly Job[];
  /**
   * The newest `datePosted` (ms since 1970) among the jobs after them, read but not yet
   * checked; -Infinity when none has a readable date, Infinity when one is featured (it will
   * come first). A list shows a page of the preview early only when every later job is older
   * than its last card.
   */
  restNewest: number;
}

/** Why a value could not be read as a feed; the message is shown to people. */
export class NotAFeedError extends Error {
  override name = 'NotAFeedError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = isIsoDate;

// Bounds keep a hostile feed from turning one field into megabytes of DOM.
const MAX_TEXT = 2_000;
const MAX_LIST = 50;
const MAX_NAME = 200;

/** Reads the `jobs` of a parsed feed document, or throws `NotAFeedError`. */
export function validateFeed(data: unknown, feedUrl?: string): ValidatedJobs {
  return withOrganization(validateJobs(feedJobs(data), feedUrl), data);
}

/** Reads a split feed's job file (one `Job` object), or throws `NotAFeedError`. */
export function validateJobFile(data: unknown): ValidatedJobs {
  const checked = validateJobs([data]);
  if (checked.jobs.length === 0) {
    throw new NotAFeedError(`The response is JSON but not a job: it ${checked.problems[0]?.message ?? 'is empty.'}`);
  }
  return checked;
}

/**
 * `validateFeed` for large feeds: the jobs are checked in slices of a few milliseconds with the
 * main thread free in between, so that 100,000 jobs do not freeze the page. Rejects with the
 * signal's reason when it aborts.
 *
 * With `onPreview`, a feed of more than `PREVIEW_AT` jobs first hands over its first
 * `PREVIEW_SIZE` jobs, checked, in the task after the one that parsed it, and the rest is
 * checked after the next paint: a list can show its first page while the rest is checked.
 */
export async function validateFeedInSlices(
  data: unknown,
  signal?: AbortSignal,
  feedUrl?: string,
  onPreview?: (preview: FeedPreview) => void,
): Promise<ValidatedJobs> {
  const input = feedJobs(data);
  const large = input.length > SLICE_CHECK;
  const checker = new JobChecker(feedUrl);
  let index = 0;
  if (onPreview && input.length > PREVIEW_AT) {
    // Parsing was a long task of its own: input waiting since then goes first.
    await yieldToMain();
    signal?.throwIfAborted();
    for (; index < PREVIEW_SIZE; index++) checker.check(input[index], index);
    onPreview({ jobs: checker.result().jobs.slice(), restNewest: newestDate(input, index) });
    await afterNextPaint();
    signal?.throwIfAborted();
  } else if (large) {
    // Parsing a large feed was one task already: checking starts in the next, and whoever shows
    // the jobs (sorting, counting, rendering) gets a task of its own too.
    await yieldToMain();
  }
  let sliceStart = performance.now();
  for (; index < input.length; index++) {
    checker.check(input[index], index);
    if (index % SLICE_CHECK === SLICE_CHECK - 1 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  if (large) await yieldToMain();
  signal?.throwIfAborted();
  return withOrganization(checker.result(), data);
}

/**
 * Checks a list of jobs, from a feed or from an app's `jobs` property; `feedUrl` is what a
 * split index's relative `detailUrl`s are resolved against (the page's URL without it).
 */
export function validateJobs(input: readonly unknown[], feedUrl?: string): ValidatedJobs {
  const checker = new JobChecker(feedUrl);
  input.forEach((raw, index) => checker.check(raw, index));
  return checker.result();
}

// About 2 ms for 10,000 jobs: only dates, and only as far as to compare them.
function newestDate(input: readonly unknown[], from: number): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (let index = from; index < input.length; index++) {
    const raw = input[index];
    // A featured job later in the feed comes before any page of the preview.
    if (isRecord(raw) && raw.featured === true) return Number.POSITIVE_INFINITY;
    const date = isRecord(raw) && isString(raw.datePosted) ? Date.parse(raw.datePosted) : Number.NaN;
    if (date > newest) newest = date;
  }
  return newest;
}

// How often the clock is read, and how long a slice of checking may run.
const SLICE_CHECK = 100;
const SLICE_MS = 30;

// Feeds above this many jobs get a preview; it holds twice a list's first page (100), so that a
// few skipped jobs still leave a full page. At 10,000 jobs, checking them all took about half
// as long as parsing them, all before anything could be shown.
const PREVIEW_AT = 2_000;
const PREVIEW_SIZE = 200;

// Only what structured data can use: a name, and absolute web URLs (search engines resolve nothing).
function withOrganization(result: ValidatedJobs, data: unknown): ValidatedJobs {
  const raw = isRecord(data) ? data.organization : undefined;
  if (raw === undefined || raw === null) return result;
  const report = (message: string) => result.problems.push({ index: -1, message });
  if (!isRecord(raw) || !isString(raw.name) || raw.name.trim() === '') {
    report('The feed\'s "organization" has no string "name"; it is ignored.');
    return result;
  }
  const organization: Organization = { name: raw.name.trim().slice(0, MAX_NAME) };
  for (const field of ['url', 'logo'] as const) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (isWebUrl(value)) organization[field] = safeUrl(value);
    else report(`The feed's "organization" has a "${field}" that is not an absolute http: or https: URL; the field is ignored.`);
  }
  return { ...result, organization };
}

function feedJobs(data: unknown): readonly unknown[] {
  if (!isRecord(data) || !Array.isArray(data.jobs)) {
    throw new NotAFeedError('The response is JSON but not a job feed: it has no "jobs" list.');
  }
  return data.jobs;
}

// Checked jobs that an element handed on: a list gives its cards jobs from a checker, and they
// need not check them again (a new search re-renders a page of 100 cards on every keystroke).
// Jobs enter as they are handed on, not as they are checked: adding 10,000 jobs to a WeakSet
// took longer than checking them. A WeakSet rather than a class of checked jobs or a hidden
// symbol property: jobs stay plain objects for apps (JSON, structuredClone, deep equality,
// Redux's serializable check), and a copy (`{ ...job }`) is not in it.
const checked = new WeakSet<Job>();

/**
 * Records that `job` came out of this module's checks (`ValidatedJobs.jobs`), for the elements
 * it is handed to. Only for such jobs: an element that calls it with anything else lets an
 * unchecked job through.
 */
export function markChecked(job: Job): void {
  checked.add(job);
}

/** Whether `job` was marked by `markChecked` (a copy of one is not). */
export function isCheckedJob(job: Job): boolean {
  return checked.has(job);
}

// Never recurses into a value: a field nested 100,000 deep is rejected by its top-level type.
class JobChecker {
  readonly #jobs: Job[] = [];
  readonly #problems: FeedProblem[] = [];
  readonly #seen = new Set<string>();
  // What relative `detailUrl`s resolve against: the feed's URL, else the page's. Without a
  // document (a server) only an absolute feed URL is one, and jobs without a `detailUrl` need none.
  #base: URL | undefined;

  constructor(feedUrl: string | undefined) {
    const page = globalThis.document?.baseURI;
    try {
      this.#base = new URL(feedUrl ?? page ?? '', page);
    } catch {
      // No base: a job with a `detailUrl` is reported, its job file left out.
    }
  }

  // A job file lives beside its index: a feed cannot point the elements at another origin. The
  // URL is parsed once, resolved and checked together: an index lists one per job.
  #detailUrl(value: unknown): string | undefined {
    const base = this.#base;
    if (!isString(value) || !base) return undefined;
    try {
      const url = new URL(value, base);
      return url.origin === base.origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  check(raw: unknown, index: number): void {
    if (!isRecord(raw)) return this.#report(index, 'is not an object; skipped.');
    const { id, title } = raw;
    if (!isString(id) || id.trim() === '') return this.#report(index, 'has no string "id"; skipped.');
    // Only ids the build could have written: `..` or `a/b` would become path segments of links.
    if (!isJobId(id)) return this.#report(index, `has the id "${id.slice(0, MAX_NAME)}", which is not lowercase a-z, 0-9 and single dashes (at most 80); skipped.`);
    if (this.#seen.has(id)) return this.#report(index, `repeats the id "${id}"; skipped.`, id);
    if (!isString(title) || title.trim() === '') return this.#report(index, 'has no string "title"; skipped.', id);
    this.#seen.add(id);
    const job: Job = { id, title: text(title), html: '' };
    const fields = job as unknown as Record<string, unknown>;
    // One loop over a fixed table, not a closure per field and job: at 10,000 jobs the checking
    // runs before the first paint, and allocating 200,000 functions showed up in it.
    for (const [field, isValid, bound] of FIELDS) {
      const value = raw[field];
      if (value === undefined || value === null) continue;
      if (isValid(value)) fields[field] = bound ? bound(value) : value;
      else this.#report(index, invalidField(field), id);
    }
    if (raw.detailUrl !== undefined && raw.detailUrl !== null) {
      const detailUrl = this.#detailUrl(raw.detailUrl);
      if (detailUrl) job.detailUrl = detailUrl;
      else this.#report(index, invalidField('detailUrl'), id);
    }
    this.#jobs.push(job);
  }

  #report(index: number, message: string, id?: string): void {
    this.#problems.push(id ? { index, message, id } : { index, message });
  }

  result(): ValidatedJobs {
    return { jobs: this.#jobs, problems: this.#problems };
  }
}

const invalidField = (field: string) => `has an invalid "${field}"; the field is ignored.`;

const isEmploymentTypes = (value: unknown): value is EmploymentType[] =>
  Array.isArray(value) && value.every((type) => (EMPLOYMENT_TYPES as readonly unknown[]).includes(type));

// What is shown of a text, a list of texts, and a salary's text: a card is never megabytes.
const text = (value: unknown) => (value as string).slice(0, MAX_TEXT);
const texts = (value: unknown) => (value as string[]).slice(0, MAX_LIST).map(text);
const salary = (value: unknown) => {
  const given = value as Salary;
  return given.text === undefined ? given : { ...given, text: text(given.text) };
};

const isBoolean = (value: unknown) => typeof value === 'boolean';
const isDir = (value: unknown) => value === 'ltr' || value === 'rtl';
const isRemote = (value: unknown) => isBoolean(value) || value === 'hybrid';

/**
 * How each kind of field is checked, and how a valid value is bounded (none: kept whole). `id`,
 * `title` and `detailUrl` are read on their own.
 */
const CHECKS: Record<CheckedType, readonly [(value: unknown) => boolean, ((value: unknown) => unknown)?]> = {
  text: [isString, text],
  texts: [isStringList, texts],
  boolean: [isBoolean],
  remote: [isRemote],
  employmentTypes: [isEmploymentTypes],
  salary: [isSalary, salary],
  email: [isString],
  url: [isString],
  date: [isDate],
  lang: [isString],
  dir: [isDir],
  html: [isString],
};

/** The optional fields of a job: name, check and bound, from the fields' table, made once. */
const FIELDS = CHECKED_FIELDS.map(([field, type]) => [field, ...CHECKS[type]] as const);

function isSalary(value: unknown): value is Salary {
  if (!isRecord(value)) return false;
  const { text, min, max, currency, unit } = value;
  return (
    (text === undefined || isString(text)) &&
    (min === undefined || isFiniteNumber(min)) &&
    (max === undefined || isFiniteNumber(max)) &&
    (currency === undefined || (isString(currency) && /^[A-Z]{3}$/.test(currency))) &&
    (unit === undefined || (SALARY_UNITS as readonly unknown[]).includes(unit))
  );
}
