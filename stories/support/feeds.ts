/**
 * Feed URLs for the stories, answered in the page by a `fetch` wrapper instead of a server, so
 * that stories never touch the network and every answer (slow, broken, empty) is on demand.
 * Only paths under `/story-feeds/` are answered; every other request goes to the real `fetch`.
 */
import { feed } from '../data.js';

const PREFIX = '/story-feeds/';

/** Feeds that answer at once. */
export const feeds = {
  /** Every demo job. */
  demo: `${PREFIX}jobs.json`,
  /** A valid feed without jobs. */
  empty: `${PREFIX}empty.json`,
  /** A 404 Not Found. */
  missing: `${PREFIX}missing.json`,
  /** An HTML error page where JSON was expected (a typo in `src` on many hosts). */
  notJson: `${PREFIX}not-json.json`,
  /** A feed that lists jobs, none of which passes the checks (a CMS export gone wrong). */
  invalidJobs: `${PREFIX}invalid-jobs.json`,
} as const;

let pendingCount = 0;

/**
 * A feed URL that never answers, new on every call: the loader shares one request per URL, so
 * a story rendered twice must not find the first render's request (which by then has timed out).
 */
export function pendingFeed(): string {
  pendingCount++;
  return `${PREFIX}pending-${pendingCount}.json`;
}

function answer(path: string): Response | undefined {
  if (path === feeds.demo) return Response.json(feed);
  if (path === feeds.empty) return Response.json({ ...feed, jobs: [] });
  if (path === feeds.invalidJobs) return Response.json({ ...feed, jobs: feed.jobs.map(({ title: _title, ...untitled }) => untitled) });
  if (path === feeds.missing) return new Response('Not Found', { status: 404, statusText: 'Not Found' });
  if (path === feeds.notJson) {
    return new Response('<!doctype html><title>Careers</title><p>Welcome!</p>', {
      headers: { 'content-type': 'text/html' },
    });
  }
  return undefined;
}

function requestUrl(input: RequestInfo | URL): URL {
  return new URL(input instanceof Request ? input.url : String(input), document.baseURI);
}

let installed = false;

/** Wraps `window.fetch` once; later calls do nothing. */
export function installStoryFeeds(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(PREFIX)) return realFetch(input, init);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const response = answer(url.pathname);
    if (response) return Promise.resolve(response);
    // Pending feeds: like a server that never answers, until the caller gives up.
    return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
  };
}
