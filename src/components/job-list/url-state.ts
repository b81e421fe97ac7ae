/**
 * The open job lives in the URL fragment as `#job=<id>`, so reload, a shared link and
 * Back/Forward all show the same thing. Other `key=value` pairs in the fragment (an app's own
 * state) are kept; a plain anchor fragment (`#team`) is replaced, since it cannot hold both.
 */
import { teaserSize } from './paging.js';

const PARAM = 'job';

/** The key of a list's search text in the fragment, after the list's prefix (`view-url.ts`). */
export const QUERY_KEY = 'q';

/**
 * Whether a list's search and filters go in the URL (`view-url.ts`): not with `no-url-state`, and
 * not for a teaser (`limit`), which has neither, and which would otherwise take the bare keys
 * from the page's real list when it comes first.
 */
export const viewInUrl = (list: { readonly noUrlState: boolean; readonly limit?: number | undefined }): boolean =>
  !list.noUrlState && teaserSize(list.limit) === 0;

/** The `key=value` pairs of a fragment (none for a plain anchor such as `#team`). */
export function fragmentParams(hash: string): URLSearchParams {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  return new URLSearchParams(fragment.includes('=') ? fragment : '');
}

/** The job id in a fragment such as `#job=backend-engineer`, if any. */
export function jobIdFromHash(hash: string): string | undefined {
  return fragmentParams(hash).get(PARAM) || undefined;
}

/** The fragment (with `#`, or empty) for `hash` with the job set to `id`, or removed. */
export function hashWithJob(hash: string, id: string | undefined): string {
  const params = fragmentParams(hash);
  if (id === undefined) params.delete(PARAM);
  else params.set(PARAM, id);
  const fragment = params.toString();
  return fragment ? `#${fragment}` : '';
}

/**
 * The page's own URL with the job of `hash` (the fragment, by default the page's) set or removed:
 * a card's in-place link and the URL for `history.pushState`. Absolute, from the page's URL: a
 * path would be protocol-relative on a page whose path starts with `//` (`//evil.example/jobs`),
 * and a bare fragment would follow a `<base href>` to another page.
 */
export function urlWithJob(location: Location, id: string | undefined, hash = location.hash): string {
  const url = new URL(location.href);
  url.hash = hashWithJob(hash, id);
  return url.href;
}
