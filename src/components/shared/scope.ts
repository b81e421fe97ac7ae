/**
 * A site's scope: the jobs an element is about, set in markup with one attribute per facet of
 * `FACETS` (`department="Engineering"`, `location="Berlin"`, `type="FULL_TIME"`,
 * `remote="remote"`, `"hybrid"` or `"onsite"`), so a page needs no script to show one team's jobs or count
 * them. A scope is not a person's selection: a list offers no filter for a scoped facet, no
 * "Clear all" for it and never writes it to the URL, and what it counts is the scoped set.
 *
 * The attributes are properties of the element (Lit reads them on a server too), declared here
 * once for every facet, so a new facet is a new scope attribute with nothing more to write.
 */
import type { Job } from '../../feed/types.js';
import { FACET_NAMES, facetValues, type FacetName } from '../job-list/filters.js';

/** The scope attributes as Lit property declarations, one per facet. */
export const SCOPE_PROPERTIES = Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as Record<FacetName, object>;

/** An element's scope attributes. */
export type ScopeHost = Partial<Record<FacetName, string | null>>;

/**
 * The scope as one string (`facet=value` per line, empty without one): a memo's key. Values are
 * compared without regard to case, and an employment type as the feed writes it (`FULL_TIME`) or
 * as a posting's front matter does (`full-time`, `Full time`).
 */
export function scopeKey(host: ScopeHost): string {
  return FACET_NAMES.flatMap((name) => {
    const value = host[name]?.trim().toLowerCase();
    return value ? [`${name}=${name === 'type' ? value.replace(/[\s-]+/g, '_') : value}`] : [];
  }).join('\n');
}

/** The facets the scope `key` narrows. */
export function scopedFacets(key: string): FacetName[] {
  return key ? key.split('\n').map((line) => line.slice(0, line.indexOf('=')) as FacetName) : [];
}

/**
 * The jobs of `jobs` in the scope `key` (`scopeKey`): for each facet scoped, those with the value
 * (compared without regard to case). `jobs` itself without a scope, so that what is derived from
 * it keeps its memo.
 */
export function inScope<T extends readonly Job[]>(jobs: T, key: string): T {
  if (!key) return jobs;
  const rules = key.split('\n').map((line) => [line.slice(0, line.indexOf('=')) as FacetName, line.slice(line.indexOf('=') + 1)] as const);
  return jobs.filter((job) => rules.every(([facet, value]) => facetValues(job, facet).some((own) => own.toLowerCase() === value))) as unknown as T;
}

/**
 * Says in the console when the scope `key` matches none of `jobs` (`scope-warning.ts`, loaded
 * only then): a typo, or another spelling than the feed's, would otherwise look like a team
 * with no open positions.
 */
export function checkScope(host: Element, key: string, jobs: readonly Job[]): void {
  if (key && jobs.length > 0) void import('./scope-warning.js').then(({ warnEmptyScope }) => warnEmptyScope(host, key, jobs));
}
