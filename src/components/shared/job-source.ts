/**
 * The job a single-job element (`<job-card>`, `<job-detail>`) shows: its `job` property, checked
 * like a feed's entry once per object, else the job a server rendered it with (`prerendered`,
 * checked the same way), or else the job with `jobId` from the feed at `src`.
 *
 * Owns the feed load (a `FeedController`) and the choice of job. Inputs: the host's `job`, `src`
 * and `jobId`, read at each update. The load starts in `hostUpdate`, in the browser only: on a
 * server nothing is connected and nothing loads, and an element given its `job` renders it all
 * the same. The detail extends it with a split feed's job file (`JobWithBody`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedController } from '../../feed/feed-controller.js';
import type { Job } from '../../feed/types.js';
import { isCheckedJob, validateJobs } from '../../feed/validate.js';

export interface JobSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly job: Job | undefined;
  readonly src: string | undefined;
  readonly jobId: string | undefined;
  readonly prerendered?: { readonly job: Job } | undefined;
}

export class JobSource implements ReactiveController {
  /** The feed at `src`, while the element has no `job`. */
  readonly feed: FeedController;
  protected readonly host: JobSourceHost;
  // The `job` property and the job it gives once checked (nothing when it fails the checks).
  #checked: [Job, Job | undefined] | undefined;
  // The `job` and `src` the feed was last decided for.
  #loadedFor: [Job | undefined, string | undefined] = [undefined, undefined];

  constructor(host: JobSourceHost) {
    this.host = host;
    this.feed = new FeedController(host);
    host.addController(this);
  }

  /** The job to show: the `job` property once checked, or the feed's job with `jobId`. */
  get job(): Job | undefined {
    const { jobId } = this.host;
    const job = this.#given;
    if (job) {
      // A list's jobs came out of the checks already; an app's are checked once per object.
      if (this.#checked?.[0] !== job) this.#checked = [job, isCheckedJob(job) ? job : validateJobs([job]).jobs[0]];
      return this.#checked[1];
    }
    return this.feed.status === 'complete' ? this.feed.jobs.find((found) => found.id === jobId) : undefined;
  }

  get #given(): Job | undefined {
    return this.host.job ?? this.host.prerendered?.job;
  }

  hostUpdate(): void {
    const { src } = this.host;
    const job = this.#given;
    if (job !== this.#loadedFor[0] || src !== this.#loadedFor[1]) {
      this.#loadedFor = [job, src];
      // An element given its job needs no feed.
      this.feed.load(job ? undefined : src);
    }
  }
}
