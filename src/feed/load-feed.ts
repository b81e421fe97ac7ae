/**
 * Fetching a feed. Every element on a page that names the same `src` shares one request; each
 * caller can abort its interest with its own signal, and the request itself is aborted only
 * when nobody is waiting any more. A request that takes longer than the timeout (reading the
 * body included) fails. A feed over `MAX_FEED_BYTES` is refused, from its `content-length`
 * when the server sends one, else as soon as the body streams past the limit, so a hostile or
 * broken server cannot make the page read and parse hundreds of megabytes.
 */
import type { Job, Organization } from './types.js';
import { NotAFeedError, validateFeedInSlices, validateJobFile, type FeedPreview, type FeedProblem, type ValidatedJobs } from './validate.js';

/**
 * Which step failed: the request (`network`, `timeout`, `http`, `too-large`), reading it
 * (`not-json`, `not-a-feed`), or its jobs (`no-valid-jobs`: it lists jobs, and every one of
 * them failed the checks).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'not-json' | 'not-a-feed' | 'no-valid-jobs';

/** A feed that could not be loaded, with `kind` saying which step failed. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
    /** For `no-valid-jobs`: why each job was skipped (also fired as `job-feed-warning`). */
    readonly problems: readonly FeedProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * The error for jobs that all failed the checks: "no open positions" would tell visitors
 * something false and hide the broken feed from the site's owner. `undefined` when some job
 * passed, or when there was none to check (an empty feed stays empty).
 */
export function noValidJobsError(checked: ValidatedJobs, url: string, source: string = url): FeedError | undefined {
  // Only skipped jobs leave problems without a job to show: a job that passed is in `jobs`.
  const skipped = checked.problems.filter((problem) => problem.index >= 0);
  const first = skipped[0];
  if (checked.jobs.length > 0 || !first) return undefined;
  const count = skipped.length;
  const reason = `job ${first.index} ${first.message.replace(/; skipped\.$/, '')}`;
  return new FeedError('no-valid-jobs', url, `${source} lists ${count} job${count === 1 ? '' : 's'} and none could be read: ${reason}.`, undefined, checked.problems);
}

export interface LoadedFeed {
  jobs: Job[];
  /** Jobs that were skipped or fields that were dropped. */
  problems: FeedProblem[];
  /** Who is hiring, from the feed's `organization` (a job file of a split feed has none). */
  organization?: Organization;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; above 2^31 - 1 it is 2^31 - 1, and 0, negative or NaN is the default. */
  timeout?: number;
  /**
   * Called, for a feed of thousands of jobs, with its first jobs (checked) while the rest are
   * checked: enough for a first page. Not called for smaller feeds, nor for one already loaded.
   */
  onPreview?: (preview: FeedPreview) => void;
}

export const DEFAULT_TIMEOUT = 15_000;
// `setTimeout` fires at once for a delay above 2^31 - 1 ms (about 24.8 days), Infinity included.
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The largest feed read, in bytes (20 MiB: about 100,000 short jobs, or 20,000 with a page of
 * description each). Parsing JSON is one uninterruptible task; at this size it stays around
 * 100–150 ms on a slow machine.
 */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

interface SharedRequest {
  promise: Promise<LoadedFeed>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  // Every element waiting on the request gets its preview, also one that asks after it came.
  preview: FeedPreview | undefined;
  previewListeners: Set<(preview: FeedPreview) => void>;
}

const requests = new Map<string, SharedRequest>();
// Loaded feeds kept for elements that ask for the same URL later. A long-lived app that loads
// ever-new URLs (a query string per filter) would otherwise keep every feed it ever loaded.
const MAX_KEPT_FEEDS = 16;
// Job files of split feeds, kept apart: hovering over many cards must not push the feeds out.
const jobFileRequests = new Map<string, SharedRequest>();
const MAX_KEPT_JOB_FILES = 64;

/** Resolves `src` against the page, the key under which requests are shared. */
export function feedUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads and validates the feed at `src`. Rejects with a `FeedError`, or with the caller's
 * abort reason when its signal aborts.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  return load(src, options, requests, MAX_KEPT_FEEDS, async (data, url, signal, onPreview) => {
    const checked = await validateFeedInSlices(data, signal, url, onPreview);
    const error = noValidJobsError(checked, url);
    if (error) throw error;
    return checked;
  });
}

/**
 * Loads one job's file of a split feed (its index entry's `detailUrl`): a one-job `LoadedFeed`,
 * with the same sharing, limits and errors as `loadFeed`.
 */
export function loadJobFile(src: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  return load(src, options, jobFileRequests, MAX_KEPT_JOB_FILES, (data) => Promise.resolve(validateJobFile(data)));
}

/**
 * Starts loading a job's file before it is needed (a card under the pointer or in focus), so
 * that opening it shows the whole posting at once. Failures are left for the real load to report.
 */
export function prefetchJobFile(src: string): void {
  loadJobFile(src).catch(() => {});
}

type Parse = (data: unknown, url: string, signal: AbortSignal, onPreview: (preview: FeedPreview) => void) => Promise<ValidatedJobs>;

function load(
  src: string,
  options: LoadOptions,
  requests: Map<string, SharedRequest>,
  maxKept: number,
  parse: Parse,
): Promise<LoadedFeed> {
  const url = feedUrl(src);
  let request = requests.get(url);
  if (!request) {
    const { timeout = DEFAULT_TIMEOUT } = options;
    // Longer than a timer can wait is as long as it can; nonsense (0, negative, NaN) is the default.
    request = startRequest(url, timeout > 0 ? Math.min(timeout, MAX_TIMEOUT) : DEFAULT_TIMEOUT, requests, parse);
    requests.set(url, request);
    if (requests.size > maxKept) {
      const oldest = [...requests].find(([, kept]) => kept.settled);
      if (oldest) requests.delete(oldest[0]);
    }
  }
  if (options.onPreview && !request.settled && !options.signal?.aborted) {
    const { onPreview } = options;
    if (request.preview) onPreview(request.preview);
    request.previewListeners.add(onPreview);
    // Settled or failed, a request has no more previews to give.
    const forget = () => request.previewListeners.delete(onPreview);
    request.promise.then(forget, forget);
    options.signal?.addEventListener('abort', forget, { once: true });
  }
  return waitFor(url, request, requests, options.signal);
}

/** Forgets a cached feed so that the next `loadFeed` fetches it again (Retry, live updates). */
export function forgetFeed(src: string): void {
  const url = feedUrl(src);
  for (const kept of [requests, jobFileRequests]) {
    if (kept.get(url)?.settled) kept.delete(url);
  }
}

function startRequest(url: string, timeout: number, requests: Map<string, SharedRequest>, parse: Parse): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, settled: false, promise: undefined!, preview: undefined, previewListeners: new Set() };
  const onPreview = (preview: FeedPreview) => {
    request.preview = preview;
    for (const listener of request.previewListeners) listener(preview);
  };
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', url, `${url} did not answer within ${Math.round(timeout / 1000)} s.`)),
    timeout,
  );
  request.promise = fetchFeed(url, controller.signal, parse, onPreview).then(
    (feed) => {
      clearTimeout(timer);
      request.settled = true;
      request.preview = undefined;
      return feed;
    },
    (error: unknown) => {
      clearTimeout(timer);
      // A failed request is not cached: the next caller (a Retry button) tries again.
      if (requests.get(url) === request) requests.delete(url);
      throw error;
    },
  );
  // Callers handle rejections through `waitFor`; this keeps an unobserved one from being reported.
  request.promise.catch(() => {});
  return request;
}

function waitFor(
  url: string,
  request: SharedRequest,
  requests: Map<string, SharedRequest>,
  signal: AbortSignal | undefined,
): Promise<LoadedFeed> {
  if (!signal) return request.promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  request.waiting++;
  return new Promise<LoadedFeed>((resolve, reject) => {
    // This caller stops waiting: when the request settles, or when its signal aborts.
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      request.waiting--;
    };
    const onAbort = () => {
      leave();
      if (request.waiting === 0 && !request.settled) {
        request.controller.abort();
        if (requests.get(url) === request) requests.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    request.promise.then(
      (feed) => {
        leave();
        resolve(feed);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

async function fetchFeed(url: string, signal: AbortSignal, parse: Parse, onPreview: (preview: FeedPreview) => void): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw signal.reason instanceof FeedError
      ? signal.reason
      : new FeedError('network', url, `Could not reach ${url}: the network failed or the server refused the request.`);
  }
  if (!response.ok) {
    throw new FeedError('http', url, `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`, response.status);
  }
  let text: string;
  try {
    text = await readBody(response, url);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw signal.reason instanceof FeedError
      ? signal.reason
      : new FeedError('network', url, `The connection broke while reading ${url}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FeedError('not-json', url, `${url} is not JSON${/^\s*</.test(text) ? ' (it looks like an HTML page)' : ''}.`);
  }
  try {
    return await parse(data, url, signal, onPreview);
  } catch (error) {
    if (error instanceof NotAFeedError) throw new FeedError('not-a-feed', url, `${url}: ${error.message}`);
    throw error;
  }
}

async function readBody(response: Response, url: string): Promise<string> {
  const tooLarge = () =>
    new FeedError('too-large', url, `${url} is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB, the most a job feed may be.`);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Decoded as the chunks arrive, while the rest is still on the network: decoding 12 MB at
  // the end would join the parse in one long task.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
