/**
 * The open job lives in the URL fragment as `#job=<id>`, so reload, a shared link and
 * Back/Forward all show the same thing. Other `key=value` pairs in the fragment (an app's own
 * state) are kept; a plain anchor fragment (`#team`) is replaced, since it cannot hold both.
 */

const PARAM = 'job';

// The history entries a list pushed itself (whose previous entry is the list) name the job, and
// the opener: the list that pushed the entry, by the name the registry gives it, so that only
// that list opens the job. (The names of the fields are kept as entries already have them.)
const OPENED = 'jobListOpened';
const OPENER = 'jobListOwner';

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

/** History state for an entry that `opener` (a list's name in the registry) pushed to open `id`. */
export function openedState(id: string, opener: string): Record<string, string> {
  return { [OPENED]: id, [OPENER]: opener };
}

function stateRecord(state: unknown): Record<string, unknown> | undefined {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

/** Whether the current entry was pushed by a list opening `id` (so Back returns to the list). */
export function wasOpenedFromList(state: unknown, id: string): boolean {
  return stateRecord(state)?.[OPENED] === id;
}

/** The opener of the entry that opened `id`: the name of the list that pushed it, if a list did. */
export function openerOf(state: unknown, id: string): string | undefined {
  const record = stateRecord(state);
  const opener = record?.[OPENER];
  return record?.[OPENED] === id && typeof opener === 'string' ? opener : undefined;
}
