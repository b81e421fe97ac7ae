/**
 * Which of a feed's jobs are still open when they are shown. A feed built weeks ago may list
 * jobs whose `validThrough` has passed since: the elements decide at view time, with the rule
 * the build uses (`hasClosed`), and never show, count or offer a closed job.
 */
import type { Job } from './types.js';
import { endOfValidity } from './validity.js';

/** Whether `job` has closed at `now` (ms since 1970): its `validThrough` has passed. */
export function hasClosed(job: Pick<Job, 'validThrough'>, now: number): boolean {
  return job.validThrough !== undefined && endOfValidity(job.validThrough) < now;
}

/**
 * The open and the closed jobs of one list of jobs, kept between renders: read again only when
 * the jobs change or the clock passes the moment the next open job closes, so a tab left open
 * overnight drops a job at its next render, without a timer per job and without a pass over
 * 100,000 jobs on every keystroke.
 */
export class OpenJobs {
  #input: readonly Job[] | undefined;
  #open: readonly Job[] = [];
  #closed = new Map<string, Job>();
  // Every open job stays open up to and including this instant (ms), and every closed job had
  // closed after this one: a clock set back (a `now` property) opens them again.
  #openUntil = Number.NEGATIVE_INFINITY;
  #closedAfter = Number.NEGATIVE_INFINITY;

  /**
   * The jobs of `jobs` still open at `now`: `jobs` itself while none has closed, so that what
   * is derived from them (sorting, search, facets) keeps its memo.
   */
  open<T extends readonly Job[]>(jobs: T, now: number): T {
    if (jobs !== this.#input || now > this.#openUntil || now <= this.#closedAfter) this.#split(jobs, now);
    return this.#open as T;
  }

  /** The job with `id` when it is in the jobs last given and has closed. */
  closedJob(id: string): Job | undefined {
    return this.#closed.get(id);
  }

  #split(jobs: readonly Job[], now: number): void {
    const open: Job[] = [];
    const closed = new Map<string, Job>();
    let openUntil = Number.POSITIVE_INFINITY;
    let closedAfter = Number.NEGATIVE_INFINITY;
    for (const job of jobs) {
      const end = job.validThrough === undefined ? Number.NaN : endOfValidity(job.validThrough);
      if (end < now) {
        closed.set(job.id, job);
        if (end > closedAfter) closedAfter = end;
        continue;
      }
      if (end < openUntil) openUntil = end;
      open.push(job);
    }
    this.#input = jobs;
    this.#open = closed.size === 0 ? jobs : open;
    this.#closed = closed;
    this.#openUntil = openUntil;
    this.#closedAfter = closedAfter;
  }
}
