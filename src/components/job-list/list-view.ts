/**
 * What a `<job-list>` shows, as pure functions of its state: the view (placeholders, an error,
 * the list, an open job…), the jobs that match the search and then the filters, the values of
 * the open filter, and the count. The element keeps one `memoize`d copy of the costly ones, so
 * that "Show more", a change of the open job or any update with the same inputs does not search
 * and count 100,000 jobs again.
 */
import type { FeedStatus } from '../../feed/feed-controller.js';
import type { Job } from '../../feed/types.js';
import { plural } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { matchesSelection, selectedCount, type Facet, type FacetName, type FilterSelection } from './filters.js';
import { matchesTerms } from './search.js';

export type View = 'loading' | 'error' | 'empty' | 'list' | 'not-found' | `detail:${string}` | `closed:${string}`;

export interface Results {
  /** The jobs that match the search, before filters. */
  searched: Job[];
  /** The jobs that match the search and the filters. */
  shown: Job[];
}

/** `fn` with a memo of its last call: the same arguments (by identity) give the same result. */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (!last || args.some((arg, index) => arg !== last!.args[index])) last = { args, result: fn(...args) };
    return last.result;
  };
}

/**
 * The view: placeholders until the list's words and jobs are there (idle: neither `src` nor
 * `jobs` yet, as for an app that fetches by itself), the load's error, the job of the fragment
 * when this list is the one that shows it (`opened()`: its id and whether the list has it; asked
 * only once the jobs are in), else the list, or the empty message.
 */
export function decideView(
  ready: boolean,
  status: FeedStatus,
  opened: () => { id: string; found: boolean } | undefined,
  closed: (id: string) => boolean,
  count: number,
): View {
  if (!ready || status === 'idle') return 'loading';
  if (status !== 'complete') return status;
  const job = opened();
  if (job) return !job.found ? 'not-found' : closed(job.id) ? `closed:${job.id}` : `detail:${job.id}`;
  return count === 0 ? 'empty' : 'list';
}

/** The jobs of `all` that contain every term (`queryTerms`, joined by spaces), then the selection. */
export function matchJobs(all: Job[], terms: string, selection: FilterSelection): Results {
  const words = terms ? terms.split(' ') : [];
  const searched = words.length > 0 ? all.filter((job) => matchesTerms(job, words)) : all;
  return { searched, shown: selectedCount(selection) > 0 ? searched.filter((job) => matchesSelection(job, selection)) : searched };
}

/**
 * The filters to offer (`names`, joined by spaces), with the values of the one whose pop-over is
 * open (`open`, counted by its panel): counting every filter's values over 10,000 jobs on each
 * keystroke would cost more than the search itself, for panels nobody sees.
 */
export function openFacets(names: string, strings: Strings, open: Facet | undefined): Facet[] {
  const list = (names ? names.split(' ') : []) as FacetName[];
  return list.map((name) => (name === open?.name ? open : { name, label: strings.filters[name], options: [] }));
}

/** What the count says: nothing until the list's words are there, rather than English. */
export function countText(view: View, shown: number | undefined, ready: boolean, strings: Strings, locale: string): string {
  if (view === 'loading') return ready ? strings.loadingJobs : '';
  if (view === 'empty') return strings.noJobsCount;
  return shown === undefined ? '' : plural(strings.jobCount, shown, locale);
}
