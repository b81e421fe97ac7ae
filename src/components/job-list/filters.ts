/**
 * Filters built from the data. Each facet offers the values present in the feed; several values
 * of one facet widen the result (Engineering or Design), different facets narrow it
 * (Engineering and Berlin). An option's count is how many jobs it would show given everything
 * else that is selected, so people can see before they click whether a choice leads anywhere.
 */
import { EMPLOYMENT_TYPES, type EmploymentType, type Job } from '../../feed/types.js';
import { formatEmploymentType } from '../../format/format-employment.js';
import type { Strings } from '../../i18n/strings.js';

/**
 * A facet: the values a job has for it, how a value is shown, and the order of its options (by
 * label when it has none).
 */
export interface FacetDescriptor {
  values(job: Job): string[];
  /** How a value is shown; without it, as it is (a department, a place). */
  label?(value: string, strings: Strings): string;
  order?: readonly string[];
  /** A list can group its cards by it (`group-by`): its values are the posting's own words. */
  group?: true;
}

/**
 * The facets a list offers, in the order it offers them by default: the one place a facet is
 * declared. Its name is its word in the `filters` attribute, and the key of its button's label in
 * `strings.filters` (so a facet without a label in every language does not compile).
 */
export const FACETS = {
  department: {
    values: (job) => (job.department?.trim() ? [job.department.trim()] : []),
    group: true,
  },
  location: {
    values: (job) => {
      const locations = job.locations ?? [];
      // The common case, one location, without the Set: this runs for every job on every keystroke.
      if (locations.length <= 1) return locations[0]?.trim() ? [locations[0].trim()] : [];
      return [...new Set(locations.map((l) => l.trim()).filter(Boolean))];
    },
    group: true,
  },
  type: {
    values: (job) => job.employmentType ?? [],
    label: (value, strings) => formatEmploymentType(value as EmploymentType, strings),
    order: EMPLOYMENT_TYPES,
  },
  remote: {
    values: (job) => (job.remote === true ? ['remote'] : job.remote === 'hybrid' ? ['hybrid'] : job.remote === false ? ['onsite'] : []),
    label: (value, strings) => (value === 'remote' ? strings.remoteOption : value === 'hybrid' ? strings.hybrid : strings.onsiteOption),
    order: ['remote', 'hybrid', 'onsite'],
  },
} satisfies Record<string, FacetDescriptor>;

export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** The facets a list can group its cards by. */
export type GroupName = { [K in FacetName]: (typeof FACETS)[K] extends { group: true } ? K : never }[FacetName];

/** Parses the `group-by` attribute: a facet that groups, or `undefined` (no groups). */
export function parseGroupBy(value: string | null | undefined): GroupName | undefined {
  return FACET_NAMES.find((name): name is GroupName => name === value && 'group' in FACETS[name]);
}

/** Selected values per facet; a facet that is absent or empty does not filter. */
export type FilterSelection = Partial<Record<FacetName, readonly string[]>>;

/** No value selected, as one object: a memoized view given it again sees the same input. */
export const NO_SELECTION: FilterSelection = {};

export interface FacetOption {
  value: string;
  label: string;
  /** Jobs this option would show, combined with the other facets' selection and the search. */
  count: number;
}

export interface Facet {
  name: FacetName;
  label: string;
  /** The options to show: all of them, or at most 50 (see `buildFacets` in facet-options.ts). */
  options: FacetOption[];
  /** How many values the facet has. */
  total?: number;
  /** How many of them can be shown: those the typed text finds, and the selected ones. */
  found?: number;
}

/** Parses the `filters` attribute: known facet names in the order given, without repeats. */
export function parseFacetNames(value: string | null | undefined): FacetName[] {
  if (value === null || value === undefined) return [...FACET_NAMES];
  const names = value.toLowerCase().split(/[\s,]+/);
  return FACET_NAMES.filter((name) => names.includes(name)).sort((a, b) => names.indexOf(a) - names.indexOf(b));
}

/** The values a job has for a facet. */
export function facetValues(job: Job, facet: FacetName): string[] {
  return FACETS[facet].values(job);
}

function matchesFacet(job: Job, facet: FacetName, selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  return facetValues(job, facet).some((value) => selected.includes(value));
}

/** Whether a job passes every facet's selection, skipping `except` (for counting its options). */
export function matchesSelection(job: Job, selection: FilterSelection, except?: FacetName): boolean {
  return FACET_NAMES.every((facet) => facet === except || matchesFacet(job, facet, selection[facet]));
}

/** The selection with `value` of `facet` switched on or off. */
export function toggleValue(selection: FilterSelection, facet: FacetName, value: string, on: boolean): FilterSelection {
  const current = selection[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return { ...selection, [facet]: next };
}

/** How many values are selected over all facets. */
export function selectedCount(selection: FilterSelection): number {
  return FACET_NAMES.reduce((sum, facet) => sum + (selection[facet]?.length ?? 0), 0);
}

/** The selection without values that none of `jobs` has. */
export function pruneSelection(selection: FilterSelection, jobs: readonly Job[]): FilterSelection {
  const pruned: FilterSelection = {};
  for (const facet of FACET_NAMES) {
    const selected = selection[facet];
    if (!selected?.length) continue;
    const kept = selected.filter((value) => jobs.some((job) => facetValues(job, facet).includes(value)));
    if (kept.length > 0) pruned[facet] = kept;
  }
  return pruned;
}
