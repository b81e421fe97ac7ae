/**
 * The detail's job (`JobSource`) with its body: a split feed's index lists jobs without a body
 * but with a `detailUrl`, and the shown job's own file is loaded, unless the job has closed.
 *
 * Owns the file's load. Inputs: those of `JobSource`, and `isOpen(job)`, read at each update.
 */
import { FeedController } from '../../feed/feed-controller.js';
import { FeedError, feedUrl, loadJobFile, type LoadedFeed, type LoadOptions } from '../../feed/load-feed.js';
import type { Job } from '../../feed/types.js';
import { JobSource, type JobSourceHost } from '../shared/job-source.js';

export class JobWithBody extends JobSource {
  /** The shown job's file, loaded while the job needs one. */
  readonly file: FeedController;
  readonly #isOpen: (job: Job) => boolean;
  #fileUrl: string | undefined;
  // The id of the job whose file is loading or loaded.
  #fileFor: string | undefined;

  constructor(host: JobSourceHost, isOpen: (job: Job) => boolean) {
    super(host);
    this.file = new FeedController(host, (src, options) => this.#loadFile(src, options));
    this.#isOpen = isOpen;
  }

  // A file that holds another job (an index older than its files, a hand-edited feed) fails like
  // a file that cannot be read: visitors read a few words and Retry, and what failed goes to
  // \`job-feed-error\` and the console. The job it holds is never shown for the one opened.
  async #loadFile(src: string, options?: LoadOptions): Promise<LoadedFeed> {
    const expected = this.#fileFor;
    const file = await loadJobFile(src, options);
    const found = file.jobs[0]?.id;
    if (found === expected) return file;
    const url = feedUrl(src);
    throw new FeedError('not-a-feed', url, `${url} holds the job "${found}", not "${expected}" (an index older than its job files?).`);
  }

  /** The shown job with its body, unless it has closed: a split feed's once its file is in. */
  get fullJob(): Job | undefined {
    const shown = this.job;
    if (!shown || !this.#isOpen(shown)) return undefined;
    if (!shown.detailUrl || shown.html) return shown;
    const loaded = this.file.status === 'complete' ? this.file.jobs[0] : undefined;
    return loaded?.id === shown.id ? loaded : undefined;
  }

  /** The URL of the file the shown job needs, if any. */
  get fileUrl(): string | undefined {
    return this.#fileUrl;
  }

  override hostUpdate(): void {
    super.hostUpdate();
    const shown = this.job;
    const fileUrl = shown && this.#isOpen(shown) && !shown.html && shown.detailUrl ? shown.detailUrl : undefined;
    if (fileUrl === this.#fileUrl) return;
    this.#fileUrl = fileUrl;
    this.#fileFor = shown?.id;
    this.file.load(fileUrl);
  }
}
