/** The order of a list: newest first, then by title, so equal dates do not shuffle between loads. */
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';

export function sortNewestFirst(jobs: readonly Job[], locale: string): Job[] {
  const collator = nameCollator(locale);
  const time = (job: Job) => {
    const value = job.datePosted ? Date.parse(job.datePosted) : Number.NaN;
    // Undated jobs go last rather than first: an unknown date is not "new".
    return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
  };
  return jobs
    .map((job) => ({ job, time: time(job) }))
    .sort((a, b) => (a.time === b.time ? collator.compare(a.job.title, b.job.title) : b.time - a.time))
    .map(({ job }) => job);
}
