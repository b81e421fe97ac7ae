/**
 * The values a filter's pop-over offers, with their counts (`buildFacets`): counted when a panel
 * opens, so loaded with the panels (`filter-panel.ts`), not with the first paint.
 */
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';
import type { Strings } from '../../i18n/strings.js';
import { FACETS, FACET_NAMES, facetValues, matchesSelection, type Facet, type FacetDescriptor, type FacetName, type FilterSelection } from './filters.js';
import { foldText } from './search.js';

// A facet shows at most this many options: the most common ones, or those the text typed in its
// panel finds. Rendering 10,000 checkboxes froze the page for seconds; opening a filter of
// 10,000 places now costs about what one of 100 does.
const MAX_OPTIONS = 50;

/**
 * The facets to show: for each name, the values present in `jobs` (the whole feed, so options do
 * not vanish while someone narrows the list) with counts over `searched` (the jobs that pass the
 * search). A facet that cannot narrow anything (no values, or one value every job has) is left
 * out, unless one of its values is selected (so it can still be cleared).
 *
 * A facet of more than MAX_OPTIONS values offers its selected values and the most common others
 * (the first in the feed's order among equals) up to MAX_OPTIONS, or with `find`, the most common
 * of those whose label contains it (folded like the search: `zurich` finds `Zürich`). Only those
 * are labelled and sorted, so 10,000 values cost little more than 100.
 */
export function buildFacets(
  names: readonly FacetName[],
  jobs: readonly Job[],
  searched: readonly Job[],
  selection: FilterSelection,
  locale: string,
  strings: Strings,
  find = '',
): Facet[] {
  const facets: Facet[] = [];
  const collator = nameCollator(locale);
  for (const name of names) {
    const facet: FacetDescriptor = FACETS[name];
    const label = (value: string) => facet.label?.(value, strings) ?? value;
    // With no search and nothing selected in the other facets, every job counts: one pass
    // finds the values and counts them (100,000 jobs take half the time).
    const countAll = searched === jobs && FACET_NAMES.every((other) => other === name || !selection[other]?.length);
    const counts = new Map<string, number>();
    let jobsWithValue = 0;
    for (const job of jobs) {
      const jobValues = facetValues(job, name);
      if (jobValues.length > 0) jobsWithValue++;
      for (const value of jobValues) counts.set(value, countAll ? (counts.get(value) ?? 0) + 1 : 0);
    }
    const selected = selection[name] ?? [];
    const narrows = counts.size > 1 || (counts.size === 1 && jobsWithValue < jobs.length);
    if (!narrows && !selected.some((value) => counts.has(value))) continue;
    if (!countAll) {
      for (const job of searched) {
        if (!matchesSelection(job, selection, name)) continue;
        for (const value of facetValues(job, name)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    let entries = [...counts];
    let found = entries.length;
    if (found > MAX_OPTIONS || find) {
      const folded = foldText(find.trim());
      const kept = entries.filter(([value]) => selected.includes(value));
      const room = MAX_OPTIONS - kept.length;
      const top: [string, number][] = [];
      found = kept.length;
      for (const entry of entries) {
        if (selected.includes(entry[0]) || (folded && !foldText(label(entry[0])).includes(folded))) continue;
        found++;
        // The most common first and, among equals, the first in the feed: one pass, no sort of
        // 10,000 values (most of them skip at the first comparison).
        let at = top.length;
        while (at > 0 && top[at - 1]![1] < entry[1]) at--;
        if (at < room) {
          top.splice(at, 0, entry);
          if (top.length > room) top.pop();
        }
      }
      entries = [...kept, ...top];
    }
    const options = entries.map(([value, count]) => ({ value, label: label(value), count }));
    const { order } = facet;
    options.sort(order ? (a, b) => order.indexOf(a.value) - order.indexOf(b.value) : (a, b) => collator.compare(a.label, b.label));
    facets.push({ name, label: strings.filters[name], options, total: counts.size, found });
  }
  return facets;
}
