/**
 * The order of a list: featured jobs first, then newest first, then by title, so equal dates do
 * not shuffle between loads. The build writes feeds in this order.
 */
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';

/**
 * The jobs featured first, then newest first, and whether they came in that order already (then `jobs` is a copy
 * of them as they were).
 */
export function sortNewestFirst(jobs: readonly Job[], locale: string): { jobs: Job[]; wasInOrder: boolean } {
  const collator = nameCollator(locale);
  const keyed = jobs.map((job) => ({ job, time: postedTime(job), featured: job.featured === true }));
  const before = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number =>
    a.featured !== b.featured ? (a.featured ? -1 : 1) : a.time === b.time ? collator.compare(a.job.title, b.job.title) : b.time - a.time;
  // Feeds from the build come in this order already; one pass to see that is much cheaper than
  // a sort of 10,000 jobs before the first paint.
  const wasInOrder = keyed.every((entry, index) => index === 0 || before(keyed[index - 1]!, entry) <= 0);
  return { jobs: wasInOrder ? [...jobs] : keyed.sort(before).map(({ job }) => job), wasInOrder };
}

/** When a job was posted, for ordering: -Infinity for an undated job. */
export function postedTime(job: Job): number {
  const value = job.datePosted ? Date.parse(job.datePosted) : Number.NaN;
  // Undated jobs go last rather than first: an unknown date is not "new".
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
