/**
 * Which job a single-job element (`<job-card>`, `<job-detail>`) shows: the app's `job`
 * property, checked like a feed entry once per object, or else the job with `jobId` from the
 * loaded feed.
 */
import type { FeedController } from './feed-controller.js';
import type { Job } from './types.js';
import { isCheckedJob, validateJobs } from './validate.js';

export class JobPicker {
  #checked: { input: Job; job: Job | undefined } | undefined;

  pick(given: Job | undefined, feed: FeedController, jobId: string | undefined): Job | undefined {
    if (given) {
      if (this.#checked?.input !== given) {
        this.#checked = { input: given, job: isCheckedJob(given) ? given : validateJobs([given]).jobs[0] };
      }
      return this.#checked.job;
    }
    if (feed.status !== 'complete') return undefined;
    return feed.jobs.find((job) => job.id === jobId);
  }
}
