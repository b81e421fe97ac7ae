/** The order of a list: newest first, then by title, so equal dates do not shuffle between loads. */
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';

export function sortNewestFirst(jobs: readonly Job[], locale: string): Job[] {
  const collator = nameCollator(locale);
  const keyed = jobs.map((job) => ({ job, time: postedTime(job) }));
  const before = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number =>
    a.time === b.time ? collator.compare(a.job.title, b.job.title) : b.time - a.time;
  // Feeds from the build come in this order already; one pass to see that is much cheaper than
  // a sort of 10,000 jobs before the first paint.
  const ordered = keyed.every((entry, index) => index === 0 || before(keyed[index - 1]!, entry) <= 0);
  return ordered ? [...jobs] : keyed.sort(before).map(({ job }) => job);
}

/** When a job was posted, for ordering: -Infinity for an undated job. */
export function postedTime(job: Job): number {
  const value = job.datePosted ? Date.parse(job.datePosted) : Number.NaN;
  // Undated jobs go last rather than first: an unknown date is not "new".
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}
