/**
 * The console's word on a scope (`scope.ts`) that matches no job of the feed, with the values the
 * feed has for the scoped facets. A module of its own: only a page with such a scope loads it.
 */
import type { Job } from '../../feed/types.js';
import { facetValues } from '../job-list/filters.js';
import { inScope, scopedFacets } from './scope.js';

// Once per element and scope.
const warned = new WeakMap<object, string>();

/**
 * Says in the console when the scope `key` matches none of `jobs` (all the feed's, open or
 * closed), with the values the feed has for the scoped facets. `checkScope` calls it, for a
 * scope and a feed with jobs.
 */
export function warnEmptyScope(host: Element, key: string, jobs: readonly Job[]): void {
  if (warned.get(host) === key || inScope(jobs, key).length > 0) return;
  warned.set(host, key);
  const values = scopedFacets(key).map((facet) => `${facet}: ${[...new Set(jobs.flatMap((job) => facetValues(job, facet)))].join(', ') || 'none'}`);
  console.warn(`<${host.localName}>: no job of the feed is in the scope ${key.replaceAll('\n', ', ')}; the feed has ${values.join('; ')}.`);
}
