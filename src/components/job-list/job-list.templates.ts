/**
 * The templates of `<job-list>`: pure functions of what the element decided to show in this update
 * and what they read (`ListFrame`). They change no state and schedule nothing; events go to the
 * handlers they are given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';
import { fill, formatNumber, plural, pluralForm } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { CARD_JOB_PARTS } from '../job-card/job-card.parts.js';
import { renderHeading } from '../shared/heading.js';
import type { ListContext } from '../shared/list-context.js';
import { exportParts } from '../shared/parts.js';
import type { CountAnnouncer } from './count-announcer.js';
import type { FilterPopover } from './filter-popover.js';
import { facetValues, parseGroupBy, type Facet, type FacetName, type FilterSelection, type GroupName } from './filters.js';
import type { Results, View } from './list-view.js';
import type { InPlaceNavigation } from './navigation.js';
import { PAGE_SIZE } from './paging.js';

// The cards' parts, passed through so that `job-list::part(heading)` styles the cards' titles
// (the detail's get a `detail-` prefix: `in-place.ts`).
const CARD_EXPORTS = exportParts(CARD_JOB_PARTS);

// Jobs without a value (no department, no location), grouped apart from any value, even "Other".
const NO_VALUE = Symbol('no value');
type GroupKey = string | typeof NO_VALUE;

/**
 * What the list shows in this update and what its templates read, decided in its `willUpdate`:
 * the view and the jobs, and the list's words, settings, controllers and event handlers.
 */
export interface ListFrame {
  view: View;
  results: Results | undefined;
  /** The filters shown, with their values while their pop-over is open; none without controls. */
  facets: Facet[] | undefined;
  /** Whether a search or filter is active (Clear all). */
  active: boolean;
  /** The visible count. */
  count: string;
  /** The matching jobs rendered now (one page or more), or a large feed's preview page. */
  page: Job[] | undefined;
  /** With `limit`: how many jobs the scope has, and the page of all of them (`all-href`, allowed). */
  teaser: { total: number; href: string | undefined } | undefined;
  /** The jobs of the cards (`page`, or while a keystroke's update is staged, part of it). */
  cards: Job[];
  /** The job open in place, or the closed job a `#job=` link names. */
  open: Job | undefined;
  closed: Job | undefined;
  strings: Strings;
  locale: string;
  /** The list's settings the templates read: the element itself (in a server's render, with no search and no selection). */
  settings: ListSettings;
  /**
   * Whether this render is a server's (or the browser's repeat of it): links as the server makes
   * them, and what needs script kept out of sight (`needs-script`).
   */
  prerendered: boolean;
  hasHeader: boolean;
  /** Whether the jobs came from a feed (which Retry loads again). */
  fromFeed: boolean;
  /** The feed the open job's body is read from, when the list holds only summaries. */
  bodiesFrom: string | undefined;
  context: ListContext;
  announcer: CountAnnouncer;
  popover: FilterPopover;
  navigation: InPlaceNavigation;
  on: ListHandlers;
}

/** What the templates read of the list's properties. */
export interface ListSettings {
  readonly headingLevel: number;
  readonly noSearch: boolean;
  readonly noJsonLd: boolean;
  readonly query: string;
  readonly selection: FilterSelection;
  readonly groupBy: string | undefined;
}

/** The list's handlers of what people do in its templates. */
export interface ListHandlers {
  headerSlotChange: (event: Event) => void;
  searchInput: (event: InputEvent) => void;
  filterChange: (facet: FacetName, value: string, event: Event) => void;
  clearAll: () => void;
  showMore: () => void;
  retry: () => void;
}

export function renderList(list: ListFrame): TemplateResult {
  const { view, results, open, closed } = list;
  const loading = view === 'loading';
  // While loading, the controls are there already (filters disabled), so nothing moves when the
  // jobs arrive. The live region is one element whatever the state, so that screen readers
  // announce its changes (a live region inserted with its text already in it is not announced);
  // the visible count is hidden from them, since the live region says the same.
  return html`<div part="base" class="root base ${list.prerendered ? 'prerendered' : ''}" aria-busy=${loading}>
    <div part="header" class="header" ?hidden=${!list.hasHeader}>
      <slot name="list-header" @slotchange=${list.on.headerSlotChange}></slot>
    </div>
    <div part="layout" class="list-view" ?hidden=${open || closed || view === 'not-found'}>
      ${list.facets ? renderControls(list.facets, list) : nothing}
      <p part="count" class="count" aria-hidden="true" ?hidden=${list.teaser !== undefined || (!results && !loading)}>${list.count}</p>
      <p class="visually-hidden" role="status">${list.announcer.text}</p>
      ${renderBody(list)}
    </div>
    ${list.navigation.router?.render(list) ?? nothing}
  </div>`;
}

function renderBody(list: ListFrame): TemplateResult | typeof nothing {
  const { strings } = list;
  if (list.page) return renderResults(list);
  switch (list.view) {
    case 'loading':
      return renderSkeleton();
    case 'error':
      return renderError(list);
    case 'empty':
      return html`<div part="empty" class="message empty">
        <slot name="no-jobs"><p>${strings.empty}</p></slot>
      </div>`;
    default:
      return list.results ? html`<p part="no-results" class="message">${strings.noResults}</p>` : nothing;
  }
}

function renderResults(list: ListFrame): TemplateResult {
  const { page, results, strings, locale } = list;
  // Of the matches, or of the preview's first page while the feed loads.
  const total = results ? results.shown.length : page!.length;
  const rest = total - page!.length;
  const groupBy = parseGroupBy(list.settings.groupBy);
  return html`${groupBy ? renderGroups(page!, groupBy, list) : renderCards(list.cards, list.settings.headingLevel, list)}
  ${list.teaser
    ? renderAllLink(list.teaser, strings, locale)
    : rest > 0
    ? html`<button part="more" class="button more needs-script" type="button" @click=${list.on.showMore}>
        ${plural(strings.showMore, Math.min(rest, PAGE_SIZE), locale)}
        <span class="more-count">${fill(strings.shownOf, { shown: formatNumber(page!.length, locale), total: formatNumber(total, locale) })}</span>
      </button>`
    : nothing}`;
}

// A teaser's link to every job; none without an allowed `all-href`.
function renderAllLink({ total, href }: NonNullable<ListFrame['teaser']>, strings: Strings, locale: string): TemplateResult | typeof nothing {
  return href ? html`<a part="all-link" class="all-link" href=${href}>${plural(strings.seeAllJobs, total, locale)}</a>` : nothing;
}

// Each placeholder has a card's rows (title, metadata, summary, tags) and a card's height.
function renderSkeleton(): TemplateResult {
  return html`<ul part="list" class="list" role="list" aria-hidden="true">
    ${[0, 1, 2].map(
      () => html`<li part="skeleton" class="skeleton-card">
        <span class="skeleton skeleton-heading"></span>
        <span class="skeleton skeleton-meta"></span>
        <span class="skeleton skeleton-summary"></span>
        <span class="skeleton skeleton-tags"></span>
      </li>`,
    )}
  </ul>`;
}

function renderError({ fromFeed, strings, on }: ListFrame): TemplateResult {
  // A few words for visitors, in the list's language: what failed (a status code, a URL) means
  // nothing to them and goes to \`job-feed-error\` and the console. An app's own jobs, or a
  // server's, have no request to try again.
  return html`<div part="error" class="message error" role="alert">
    <slot name="error"><p>${strings.jobsLoadFailed}</p></slot>
    ${fromFeed ? html`<button part="retry" class="button" type="button" @click=${on.retry}>${strings.retry}</button>` : nothing}
  </div>`;
}

function renderControls(facets: Facet[], list: ListFrame): TemplateResult | typeof nothing {
  const { strings, on, results } = list;
  const { noSearch } = list.settings;
  if (noSearch && facets.length === 0) return nothing;
  return html`<div part="controls" class="controls needs-script">
    ${noSearch
      ? nothing
      : html`<div class="search">
          <label part="search-label" for="search">${strings.searchLabel}</label>
          <input part="search" id="search" type="search" autocomplete="off" spellcheck="false" .value=${list.settings.query} @input=${on.searchInput} />
        </div>`}
    ${facets.length > 0
      ? html`<div part="filter-bar" class="filters" @pointerover=${list.popover.load} @focusin=${list.popover.load}>
          ${facets.map((facet) => renderFacet(facet, list))}
        </div>`
      : nothing}
    ${list.active
      ? html`<button part="clear" class="button clear" type="button" ?disabled=${!results} @click=${on.clearAll}>
          ${strings.clearAll}
        </button>`
      : nothing}
  </div>`;
}

function renderFacet(facet: Facet, list: ListFrame): TemplateResult {
  const { settings, strings, locale, popover } = list;
  const selected = settings.selection[facet.name] ?? [];
  // The number is shown, the words around it ("2 selected") only heard.
  const [before, after] = pluralForm(strings.selected, selected.length, locale).split('{n}');
  const badge =
    selected.length > 0
      ? html` <span class="badge"
          ><span class="visually-hidden">${before}</span>${formatNumber(selected.length, locale)}<span class="visually-hidden"
            >${after}</span
          ></span
        >`
      : nothing;
  return popover.renderFilter(
    facet.name,
    facet.label,
    badge,
    (panel) => panel.content(facet, list),
    // Disabled while the list waits for its jobs.
    !list.results,
  );
}

// A job is in the group of each of its values: a job in Berlin and Paris is under both.
function renderGroups(jobs: Job[], groupBy: GroupName, list: ListFrame): TemplateResult {
  const groups = new Map<GroupKey, Job[]>();
  for (const job of jobs) {
    const values = facetValues(job, groupBy);
    for (const key of values.length ? values : [NO_VALUE as GroupKey]) groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  const collator = nameCollator(list.locale);
  const named = [...groups.keys()].filter((key): key is string => key !== NO_VALUE).sort(collator.compare);
  const keys: GroupKey[] = groups.has(NO_VALUE) ? [...named, NO_VALUE] : named;
  return html`<div part="groups" class="groups">
    ${keys.map(
      (key, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
        ${renderHeading(list.settings.headingLevel, 2, { part: 'group-heading', id: `group-${index}` }, key === NO_VALUE ? list.strings.otherGroup : key)}
        ${renderCards(groups.get(key)!, Math.min(list.settings.headingLevel + 1, 6), list)}
      </section>`,
    )}
  </div>`;
}

function renderCards(jobs: Job[], headingLevel: number, { navigation, context, prerendered }: ListFrame): TemplateResult {
  // Not keyed: a new search reuses the card elements in place, which is cheaper than moving them,
  // and nothing in a card keeps state of its own.
  return html`<ul part="list" class="list" role="list" @click=${navigation.onCardClick} @pointerover=${navigation.onCardIntent} @focusin=${navigation.onCardIntent}>
    ${jobs.map(
      (job) => html`<li part="item" class="item" data-job-id=${job.id}>
        <job-card exportparts=${CARD_EXPORTS} heading-level=${headingLevel} .job=${job} href=${navigation.hrefFor(job, prerendered)} .listContext=${context}></job-card>
      </li>`,
    )}
  </ul>`;
}
