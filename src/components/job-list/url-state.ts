/**
 * The open job lives in the URL fragment as `#job=<id>`, so reload, a shared link and
 * Back/Forward all show the same thing. Other `key=value` pairs in the fragment (an app's own
 * state) are kept; a plain anchor fragment (`#team`) is replaced, since it cannot hold both.
 */

const PARAM = 'job';

/** Marks the history entries a list pushed itself, whose previous entry is the list. */
const STATE_KEY = 'jobListOpened';
/** Names the list that pushed the entry, so that only that list opens the job. */
const OWNER_KEY = 'jobListOwner';

function fragmentParams(hash: string): URLSearchParams {
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

/** History state for an entry the list with key `owner` pushed to open `id`. */
export function openedState(id: string, owner: string): Record<string, string> {
  return { [STATE_KEY]: id, [OWNER_KEY]: owner };
}

function stateRecord(state: unknown): Record<string, unknown> | undefined {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

/** Whether the current entry was pushed by a list opening `id` (so Back returns to the list). */
export function wasOpenedFromList(state: unknown, id: string): boolean {
  return stateRecord(state)?.[STATE_KEY] === id;
}

/** The key of the list that pushed the entry to open `id`, if a list did. */
export function openerOf(state: unknown, id: string): string | undefined {
  const record = stateRecord(state);
  const owner = record?.[OWNER_KEY];
  return record?.[STATE_KEY] === id && typeof owner === 'string' ? owner : undefined;
}
