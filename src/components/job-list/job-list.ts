import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';
import { fill, formatNumber, plural, pluralForm } from '../../i18n/format.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringsOverride } from '../../i18n/strings.js';
import { tokens } from '../../themes/tokens.js';
import { CARD_JOB_PARTS } from '../job-card/job-card.parts.js';
import { DETAIL_PARTS } from '../job-detail/job-detail.parts.js';
import { loadJobDetail } from '../job-detail/lazy.js';
import { renderHeading } from '../shared/heading.js';
import { sameContext, type ListContext } from '../shared/list-context.js';
import { exportParts } from '../shared/parts.js';
import { CountAnnouncer } from './count-announcer.js';
import { FilterPopover } from './filter-popover.js';
import { FocusMoves } from './focus.js';
import { parseFacetNames, pruneSelection, selectedCount, toggleValue, type Facet, type FacetName, type FilterSelection } from './filters.js';
import { jobListStyles } from './job-list.styles.js';
import { ListSource } from './list-source.js';
import { countText, decideView, matchJobs, memoize, openFacets, type Results as Matches, type View } from './list-view.js';
import { PAGE_SIZE, Paging } from './paging.js';
import { InPlaceNavigation } from './navigation.js';
import { queryTerms } from './search.js';
import { StagedCards } from './staged-cards.js';

// The cards' and the detail's parts, passed through so that `job-list::part(heading)` styles the
// cards' titles; the detail's get a `detail-` prefix so that they do not clash with the cards'.
const CARD_EXPORTS = exportParts(CARD_JOB_PARTS);
const DETAIL_EXPORTS = exportParts(DETAIL_PARTS, 'detail', 'detail');

// Jobs without a department, grouped apart from any department, even one called "Other".
const NO_DEPARTMENT = Symbol('no department');
type GroupKey = string | typeof NO_DEPARTMENT;

type Results = Matches & { facets: Facet[] };

// What the list shows in an update, decided in willUpdate: the view, the matches, the jobs
// rendered now (a page of `total`, or a large feed's preview page) and those of the cards.
interface Frame {
  view: View;
  results: Results | undefined;
  page: Job[] | undefined;
  total: number;
  cards: Job[];
  open: Job | undefined;
  closed: Job | undefined;
}

/**
 * Give it a feed URL in `src`, or the jobs themselves in the `jobs` property. Jobs are shown
 * newest first. Each card is a real link. Without `href-template` the link is `#job=<id>` on the
 * current page: a plain click opens the job in place (a `<job-detail>` with a Back button) and
 * adds a history entry, so reload, shared links and Back/Forward work. With `href-template` the
 * link goes to that URL and the list leaves navigation to the browser.
 *
 * Until it has jobs (the feed is loading, or an app without `src` has not set `jobs` yet) the
 * list shows placeholders the size of what replaces them and sets `aria-busy`.
 *
 * Only open jobs are listed: a job whose `validThrough` has passed when the list renders (the
 * feed was built before it closed, or the page has been open since) is not shown, counted,
 * searched or offered in a filter, by the rule the build uses (a date-only `validThrough` lasts
 * that whole day). A `#job=` link to it shows "This position has closed" with the Back button,
 * never the job. When every job of a feed has closed, the list is empty. A feed that lists jobs
 * of which none passes the checks is an error (`no-valid-jobs`), not an empty list.
 *
 * Limits, for feeds from anywhere: a feed larger than 20 MB is refused (`too-large`), from its
 * `content-length` or as soon as the body passes 20 MB; jobs are checked in slices of about
 * 30 ms with the page free in between, and a job or field that fails a check is skipped and
 * reported (`job-feed-warning`, and a console warning), never nested into. The list renders
 * 100 cards and a "Show more" button that adds 100 at a time (focus moves to the first new
 * card); search, filters and the count always cover every job. Text fields (each location and
 * tag, and a salary's text, too) are cut at 2,000 characters, and locations and tags at 50 entries.
 *
 * Several lists on one page (in the page or in other components' shadow roots) are independent,
 * even when they show the same jobs. They share the one `job` key of the fragment, so one job is
 * open at a time on a page, and the list that opens it names itself in the history entry it adds
 * (by its `id` when it has a unique one, else by its position among the lists): only that list
 * opens it, and Back/Forward restore each list. A `#job=` that no list opened (a shared link, a
 * link on the page, a fragment typed by hand) opens in the first list in document order that has
 * the job; an id that no list has is reported as not found by the first list that has loaded.
 * Give lists an `id` so that the history entries keep naming the right one when the page changes.
 *
 * Its words (and its cards' and detail's) come from the table of its language: the closest
 * `lang` (its own, or an ancestor's, through shadow roots), else the page's, and it follows a
 * change of either. English, German, French, Spanish, Japanese and Arabic are built in; the
 * others load on first need, and the placeholders stay until they are there. An app can change
 * any string with `setStrings()` or the `strings` property. Counts follow the language's plural
 * rules, and dates and numbers are formatted in it.
 *
 * @tag job-list
 * @summary A searchable, filterable list of jobs that opens each one in place or on its own page.
 *
 * @attr src - URL of the job feed. Ignored while the `jobs` property is set.
 * @attr timeout - Milliseconds before the feed request is given up (default 15000; at most
 *   2147483647, about 24.8 days, which a larger value or `Infinity` means; 0, a negative number
 *   or not a number is the default). It applies to requests this list starts; a request already
 *   shared with another element keeps its own.
 * @attr no-search - Hides the search box.
 * @attr filters - Which filters to offer, separated by spaces, among `department`, `location`,
 *   `type` (employment type) and `remote`; default all four. `filters=""` hides them.
 * @attr no-filters - Hides every filter (same as `filters=""`).
 * @attr group-by - `department` groups the cards under a heading per department, in
 *   alphabetical order, with the jobs that have no department last under "Other".
 * @attr href-template - Where cards link to, with `{id}` replaced by the URL-encoded job id, for
 *   example `/careers/{id}`. Only `http:`, `https:` and relative URLs are used.
 * @attr heading-level - Level of the card headings, 1–6 (default 2). With `group-by` the group
 *   headings take this level and the cards the next one. The in-place detail uses this level too.
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset follows the page.
 * @attr org-name - The hiring organization's name for the in-place detail's JSON-LD (see
 *   `<job-detail>`); replaces the feed's `organization`. A list alone adds no JSON-LD.
 * @attr org-url - The organization's web site (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr org-logo - The organization's logo (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr no-json-ld - The in-place detail adds no JSON-LD.
 *
 * @slot list-header - Content above the controls, for example a heading and an introduction.
 * @slot no-jobs - Replaces the message shown when the feed has no jobs.
 *
 * @csspart base - The wrapper around everything; carries `aria-busy` while loading.
 * @csspart header - The wrapper of the `list-header` slot.
 * @csspart controls - The row of search, filters and Clear all (shown, filters disabled, while loading).
 * @csspart search-label - The label of the search box.
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filter-bar - The wrapper of the filters.
 * @csspart filter-group - One filter: its button and its pop-over panel.
 * @csspart filter-summary - The button that opens a filter's panel (`aria-expanded`).
 * @csspart filter-chevron - The chevron in a filter's button; it turns upside down while open.
 * @csspart filter-options - A filter's pop-over panel, the `<fieldset>` of its checkboxes. It
 *   opens under its button over the content below, and closes on Escape, on a click or focus
 *   outside it, and when another filter opens.
 * @csspart filter-option - One option's `<label>` (options that would show no job are disabled).
 *   A filter of more than 50 values shows its selected values and the most common others, 50
 *   in all, with a box above them that finds the rest.
 * @csspart filter-find - That box: the text typed in it (accents and capitals aside) picks
 *   which values are shown, the most common first.
 * @csspart filter-found - Under it: how many values are shown, of how many it finds.
 * @csspart filter-checkbox - One option's checkbox.
 * @csspart filter-count - The number of jobs beside an option.
 * @csspart clear - The Clear all button (shown while a search or filter is active).
 * @csspart count - The visible result count. Screen readers hear the count from a polite live
 *   region beside it, once typing pauses (about 400 ms) and at once when a filter changes.
 * @csspart groups - The wrapper of the groups, with `group-by`.
 * @csspart group - One group (`<section>`).
 * @csspart group-heading - A group's heading.
 * @csspart list - A `<ul>` of cards.
 * @csspart item - One `<li>` around a card.
 * @csspart more - The "Show more" button under the cards, while more jobs match than are shown.
 * @csspart no-results - The message when search and filters match no job.
 * @csspart empty - The message when the feed has no jobs.
 * @csspart error - The message when the feed could not be loaded.
 * @csspart retry - The Retry button.
 * @csspart skeleton - Each placeholder card while loading.
 * @csspart detail-view - The wrapper of the in-place detail and its Back button.
 * @csspart back - The Back to all jobs button (its arrow is mirrored on right-to-left pages).
 * @csspart not-found - The message when the `#job=` id names no job.
 * @csspart closed - The message when the `#job=` id names a job that has closed: its title and
 *   "This position has closed", with the Back button.
 * @csspart card - Each card (exported from `<job-card>`); also `heading`, `link`, `meta`,
 *   `location`, `department`, `type`, `remote`, `salary`, `date`, `summary`, `tags`, `tag`.
 * @csspart detail - The in-place `<job-detail>`'s article; every other part of the detail is
 *   exported with a `detail-` prefix: `detail-header`, `detail-heading`, `detail-summary`,
 *   `detail-meta`, `detail-location`, `detail-department`, `detail-type`, `detail-remote`,
 *   `detail-salary`, `detail-date`, `detail-tags`, `detail-tag`, `detail-actions`,
 *   `detail-apply`, `detail-copy-link`, `detail-share-url`, `detail-announcement`,
 *   `detail-body`, `detail-status`, `detail-jobs-link`, `detail-retry`.
 *
 * @cssprop [--job-list-gap=var(--job-space-m, 1em)] - Space between cards.
 * @cssprop [--job-list-columns=1] - Number of card columns.
 * @cssprop [--job-list-skeleton-height=9.7em] - Height of each placeholder card while loading;
 *   the default is the height of a full card (title, metadata, one line of summary, tags) in the
 *   default look, so nothing jumps when the cards arrive. Set it to your cards' height if you
 *   restyle them.
 * @cssprop [--job-color-text=inherit] - Text colour; every `--job-*` token of `<job-card>` and
 *   `<job-detail>` applies here too and reaches the cards and the detail.
 * @cssprop [--job-color-background=transparent] - Background; the filter panels, which cover
 *   the content below them, use it and fall back to the page's `Canvas` colour.
 * @cssprop [--job-color-accent=light-dark(#0b5cad, #79b8ff)] - Links, buttons, checked boxes.
 * @cssprop [--job-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus rings.
 * @cssprop [--job-color-border=currentColor at 24%] - Borders of the search box and messages.
 * @cssprop [--job-radius=0.5em] - Corner radius.
 *
 * @fires job-select - A card was opened with a plain click (`JobSelectEvent`, cancelable).
 * @fires job-feed-error - The feed, or the `jobs` property, could not be used (`JobFeedErrorEvent`; `error.kind` is `network`, `timeout`, `http`, `too-large`, `not-json`, `not-a-feed`, or `no-valid-jobs` (it lists jobs and none passed the checks)).
 * @fires job-feed-warning - Some jobs were skipped or fields dropped (`JobFeedWarningEvent`).
 */
export class JobList extends LitElement {
  static override styles = [tokens, jobListStyles];

  static override properties = {
    src: {},
    jobs: { attribute: false },
    timeout: { type: Number },
    noSearch: { attribute: 'no-search', type: Boolean },
    filterNames: { attribute: 'filters' },
    noFilters: { attribute: 'no-filters', type: Boolean },
    groupBy: { attribute: 'group-by' },
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    orgName: { attribute: 'org-name' },
    orgUrl: { attribute: 'org-url' },
    orgLogo: { attribute: 'org-logo' },
    noJsonLd: { attribute: 'no-json-ld', type: Boolean },
    now: { attribute: false },
    strings: { attribute: false },
    query: { state: true },
    selection: { state: true },
    hasHeader: { state: true },
  };

  readonly #source = new ListSource(this, () => this.#i18n.locale);
  readonly #filterPanels = new FilterPopover(this);
  readonly #announcer = new CountAnnouncer(this);
  readonly #i18n = new I18nController(this);
  readonly #paging = new Paging(this);
  readonly #staged = new StagedCards(this);
  readonly #navigation = new InPlaceNavigation(this, this.#source, (byPerson) => (this.#focus.onViewChange = byPerson));
  readonly #focus = new FocusMoves(this, () => this.#frame.view, this.#navigation);

  /** URL of the job feed. */
  declare src: string | undefined;
  /** Jobs given by the app instead of a feed (checked like a feed); takes precedence over `src`. */
  declare jobs: readonly Job[] | undefined;
  /** Milliseconds before the feed request is given up: unset, 0, negative or NaN is the default (15 s), and at most 2^31 - 1 (about 24.8 days; `Infinity` included). */
  declare timeout: number | undefined;
  /** Hides the search box. */
  declare noSearch: boolean;
  /** The `filters` attribute: facet names separated by spaces; unset offers all. */
  declare filterNames: string | undefined;
  /** Hides every filter. */
  declare noFilters: boolean;
  /** `department` groups the cards by department. */
  declare groupBy: 'department' | undefined;
  /** Card link target with `{id}`; without it jobs open in place under `#job=<id>`. */
  declare hrefTemplate: string | undefined;
  /** Level of the card headings (group headings with `group-by`), 1–6. */
  declare headingLevel: number;
  /** `light`, `dark` or `auto`; unset follows the page's `color-scheme`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The hiring organization's name for the in-place detail's JSON-LD; replaces the feed's. */
  declare orgName: string | undefined;
  /** The organization's web site for the in-place detail's JSON-LD. */
  declare orgUrl: string | undefined;
  /** The organization's logo URL for the in-place detail's JSON-LD. */
  declare orgLogo: string | undefined;
  /** The in-place detail adds no JSON-LD. */
  declare noJsonLd: boolean;
  /** The clock that closes jobs and that the cards' relative dates are measured against; defaults to the current time. */
  declare now: Date | undefined;
  /** Strings that replace some of the table of the list's language, for this list, its cards and its detail. */
  declare strings: StringsOverride | undefined;

  /** The search text; set it to start with a search (it is kept while the feed loads). */
  declare query: string;
  /** The selected filter values per facet, for example `{ department: ['Design'] }`. */
  declare selection: FilterSelection;
  // An empty header wrapper would still add a gap above the list.
  declare private hasHeader: boolean;

  // What this update shows, decided in willUpdate; `view` keeps the previous one until updated.
  #frame: Frame = { view: 'loading', results: undefined, page: undefined, total: 0, cards: [], open: undefined, closed: undefined };
  #prunedFor: Job[] | undefined;
  // What search, filters and the open filter found last, kept while their inputs are the same:
  // "Show more" or a change of the open job must not search and count 100,000 jobs again.
  readonly #match = memoize(matchJobs);
  readonly #facets = memoize(openFacets);
  // What the cards and the detail get from the list, the same object while nothing in it changes.
  #context: ListContext | undefined;

  constructor() {
    super();
    this.noSearch = false;
    this.noFilters = false;
    this.noJsonLd = false;
    this.headingLevel = 2;
    this.query = '';
    this.selection = {};
    this.hasHeader = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // One clock for the whole update: closing, the preview and the cards' dates agree; the cards
    // and the detail get the list's `now`, if it has one.
    const now = this.now ?? new Date();
    const { strings, orgName, orgUrl, orgLogo } = this;
    this.#context = sameContext(this.#context, { strings, now: this.now, organization: this.#source.feed.organization, orgName, orgUrl, orgLogo });
    // Too many new jobs to sort and show in one task: the placeholders (or the preview) stay.
    if (!this.#source.update(changed, now.getTime())) {
      this.#frame = this.#decide('loading');
      return;
    }
    const { jobs } = this.#source.sorted;
    // Only jobs that have arrived can tell which values no longer exist: a selection set before
    // the feed loads (or while an app has not given its jobs yet) is kept until then.
    if (this.#source.loadStatus === 'complete' && jobs !== this.#prunedFor) {
      this.#prunedFor = jobs;
      // A value that no job has any more would hide everything, with no checkbox left to untick.
      this.selection = pruneSelection(this.selection, jobs);
    }
    const typing = this.#staged.take();
    const view = this.#currentView();
    this.#frame = this.#decide(view);
    // While someone types, the live region waits for a pause.
    this.#announcer.show(this.#countText(view, this.#frame.results), typing);
  }

  // The matches, the page of them rendered and the jobs of the cards; while loading, a large
  // feed's first page when nothing can change which jobs come first.
  #decide(view: View): Frame {
    const source = this.#source;
    const results = view === 'list' ? this.#results() : undefined;
    const page = results ? (results.shown.length > 0 ? this.#paging.page(results.shown) : undefined) : view === 'loading' ? this.#previewPage() : undefined;
    const cards = page ? (this.groupBy === 'department' ? (this.#staged.cards(), page) : this.#staged.cards(page)) : [];
    const open = view.startsWith('detail:') ? source.sorted.byId.get(view.slice('detail:'.length)) : undefined;
    // Every job the list hands on came out of the feed checks: its cards and detail need not check it again.
    source.handOut(open ? [open] : cards);
    const closed = view.startsWith('closed:') ? source.closedJob(view.slice('closed:'.length)) : undefined;
    return { view, results, page, total: results ? results.shown.length : (page?.length ?? 0), cards, open, closed };
  }

  // A large feed's first page, while nothing (search, filter, grouping, open job) can change
  // which jobs come first; the source decides whether it is sure to be the feed's first page.
  #previewPage(): Job[] | undefined {
    if (!this.#i18n.ready || this.jobs !== undefined || this.groupBy) return undefined;
    if (queryTerms(this.query).length > 0 || selectedCount(this.selection) > 0 || this.#navigation.openId !== undefined) return undefined;
    return this.#source.previewPage();
  }

  protected override updated(): void {
    // The detail is rendered at once and upgraded when its code arrives.
    if (this.#frame.open) void loadJobDetail();
  }

  get #facetNames(): FacetName[] {
    return this.noFilters ? [] : parseFacetNames(this.filterNames);
  }

  #currentView(): View {
    return decideView(this.#i18n.ready, this.#source.loadStatus, () => this.#navigation.opened, (id) => this.#source.closedJob(id) !== undefined, this.#source.sorted.jobs.length);
  }

  #results(): Results {
    const all = this.#source.sorted.jobs;
    const { locale, strings } = this.#i18n;
    const matches = this.#match(all, queryTerms(this.query).join(' '), this.selection);
    const open = this.#filterPanels.openName as FacetName | undefined;
    const names = this.#facetNames.join(' ');
    return { ...matches, facets: this.#facets(names, all, matches.searched, this.selection, locale, strings, open, this.#filterPanels.find) };
  }

  #countText(view: View, results: Results | undefined): string {
    const { ready, strings, locale } = this.#i18n;
    return countText(view, results?.shown.length, ready, strings, locale);
  }

  // ---- controls ----

  #onHeaderSlotChange(event: Event): void {
    this.hasHeader = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  #onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#staged.keystroke();
  }

  #onFilterChange(facet: FacetName, value: string, event: Event): void {
    this.selection = toggleValue(this.selection, facet, value, (event.target as HTMLInputElement).checked);
    this.#announcer.cancel();
  }

  #clearAll(): void {
    this.query = '';
    this.selection = {};
    this.#announcer.cancel();
    // The button disappears with nothing left to clear; focus goes where the next search starts.
    void this.updateComplete.then(this.#focus.firstControl);
  }

  #showMore(): void {
    this.#focus.cardId = this.#frame.results?.shown[this.#paging.more()]?.id;
  }

  #retry(): void {
    this.#focus.afterLoad = true;
    this.#source.feed.retry();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const { view, results, open, closed } = this.#frame;
    const loading = view === 'loading';
    // While loading, the controls are there already (filters disabled), so nothing moves when
    // the jobs arrive; the filters' own values come with the jobs.
    const controls = results
      ? this.#renderControls(results.facets, results.active, false)
      : loading && this.#i18n.ready
        ? this.#renderControls(
            this.#facetNames.map((name) => ({ name, label: this.#i18n.strings.filters[name], options: [] })),
            queryTerms(this.query).length > 0 || selectedCount(this.selection) > 0,
            true,
          )
        : nothing;
    // While a job is open the list stays in the DOM, hidden, so search, filters, open
    // pop-overs and card elements are exactly as they were when the person comes back.
    // The live region is one element whatever the state, so that screen readers announce its
    // changes (a live region inserted with its text already in it is not announced); the
    // visible count is hidden from them, since the live region says the same.
    return html`<div part="base" class="root base" aria-busy=${loading ? 'true' : 'false'}>
      <div part="header" class="header" ?hidden=${!this.hasHeader}>
        <slot name="list-header" @slotchange=${this.#onHeaderSlotChange}></slot>
      </div>
      <div class="list-view" ?hidden=${open !== undefined || closed !== undefined || view === 'not-found'}>
        ${controls}
        <p part="count" class="count" aria-hidden="true" ?hidden=${!results && !loading}>${this.#countText(view, results)}</p>
        <p class="visually-hidden" role="status">${this.#announcer.text}</p>
        ${this.#renderBody(view, results)}
      </div>
      ${open ? this.#renderDetail(open) : nothing}
      ${view === 'not-found' ? this.#renderGone('not-found', html`<p>${this.#i18n.strings.notFound}</p>`) : nothing}
      ${closed
        ? this.#renderGone(
            'closed',
            // Not the detail: a closed job offers nothing to read or apply to, and needs no sanitizer.
            html`<p><strong lang=${closed.lang ?? nothing} dir=${closed.dir ?? 'auto'}>${closed.title}</strong></p>
              <p>${this.#i18n.strings.jobClosed}</p>`,
          )
        : nothing}
    </div>`;
  }

  #renderBody(view: View, results: Results | undefined): TemplateResult | typeof nothing {
    switch (view) {
      case 'loading': {
        return this.#frame.page ? this.#renderResults() : this.#renderSkeleton();
      }
      case 'error':
        return this.#renderError();
      case 'empty':
        return html`<div part="empty" class="message empty">
          <slot name="no-jobs"><p>${this.#i18n.strings.empty}</p></slot>
        </div>`;
      default:
        if (!results) return nothing;
        if (results.shown.length === 0) {
          return html`<p part="no-results" class="message">${this.#i18n.strings.noResults}</p>`;
        }
        return this.#renderResults();
    }
  }

  #renderResults(): TemplateResult {
    const { page, total, cards } = this.#frame;
    const visible = page!;
    const rest = total - visible.length;
    const { strings, locale } = this.#i18n;
    return html`${this.groupBy === 'department' ? this.#renderGroups(visible) : this.#renderCards(cards, this.headingLevel)}
    ${rest > 0
      ? html`<button part="more" class="button more" type="button" @click=${this.#showMore}>
          ${plural(strings.showMore, Math.min(rest, PAGE_SIZE), locale)}
          <span class="more-count"
            >${fill(strings.shownOf, { shown: formatNumber(visible.length, locale), total: formatNumber(total, locale) })}</span
          >
        </button>`
      : nothing}`;
  }

  // Each placeholder has a card's rows (title, metadata, summary, tags) and a card's height.
  #renderSkeleton(): TemplateResult {
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

  #renderError(): TemplateResult {
    // An app's own jobs have no request to try again.
    const fromFeed = this.jobs === undefined;
    const error = this.#source.error;
    const strings = this.#i18n.strings;
    // The summary is in the list's language; the loader's details (with the URL) stay in English.
    return html`<div part="error" class="message error" role="alert">
      <p><strong>${strings.jobsLoadFailed}</strong> ${error ? strings.feedErrors[error.kind] : ''}</p>
      ${error ? html`<p class="error-detail">${error.message}</p>` : nothing}
      ${fromFeed ? html`<button part="retry" class="button" type="button" @click=${this.#retry}>${strings.retry}</button>` : nothing}
    </div>`;
  }

  #renderControls(facets: Facet[], active: boolean, pending: boolean): TemplateResult | typeof nothing {
    if (this.noSearch && facets.length === 0) return nothing;
    return html`<div part="controls" class="controls">
      ${this.noSearch
        ? nothing
        : html`<div class="search">
            <label part="search-label" for="search">${this.#i18n.strings.searchLabel}</label>
            <input
              part="search"
              id="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              .value=${this.query}
              @input=${this.#onSearchInput}
            />
          </div>`}
      ${facets.length > 0
        ? html`<div part="filter-bar" class="filters">${facets.map((facet) => this.#renderFacet(facet, pending))}</div>`
        : nothing}
      ${active
        ? html`<button part="clear" class="button clear" type="button" ?disabled=${pending} @click=${this.#clearAll}>
            ${this.#i18n.strings.clearAll}
          </button>`
        : nothing}
    </div>`;
  }

  #renderFacet(facet: Facet, pending: boolean): TemplateResult {
    const selected = this.selection[facet.name] ?? [];
    const { strings, locale } = this.#i18n;
    const popover = this.#filterPanels;
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
      html`${(facet.total ?? 0) > facet.options.length
        ? html`<label class="filter-find"
            >${strings.findOption}
            <input
              part="filter-find"
              type="search"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="filter-found-${facet.name}"
              .value=${popover.find}
              @input=${popover.onFindInput}
            /></label>
            <p part="filter-found" class="filter-count filter-found" id="filter-found-${facet.name}">
              ${fill(strings.optionsShown, { shown: formatNumber(facet.options.length, locale), total: formatNumber(facet.found ?? 0, locale) })}
            </p>`
        : nothing}
      ${facet.options.map((option) => {
        const checked = selected.includes(option.value);
        // An option that would show no job is kept in view, disabled, unless it is ticked.
        const disabled = option.count === 0 && !checked;
        return html`<label part="filter-option" class="filter-option ${disabled ? 'disabled' : ''}">
          <input
            part="filter-checkbox"
            type="checkbox"
            .checked=${checked}
            ?disabled=${disabled}
            @change=${(event: Event) => this.#onFilterChange(facet.name, option.value, event)}
          />
          <span>${option.label}</span>
          <span part="filter-count" class="filter-count">(${formatNumber(option.count, locale)})</span>
        </label>`;
      })}`,
      pending,
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const rest = this.#staged.pending;
    return rest ? rest.then(() => this.getUpdateComplete()) : result;
  }

  #renderGroups(jobs: Job[]): TemplateResult {
    const groups = new Map<GroupKey, Job[]>();
    for (const job of jobs) {
      const key = job.department?.trim() || NO_DEPARTMENT;
      groups.set(key, [...(groups.get(key) ?? []), job]);
    }
    const collator = nameCollator(this.#i18n.locale);
    const named = [...groups.keys()].filter((key): key is string => key !== NO_DEPARTMENT).sort(collator.compare);
    const keys: GroupKey[] = groups.has(NO_DEPARTMENT) ? [...named, NO_DEPARTMENT] : named;
    return html`<div part="groups" class="groups">
      ${keys.map(
        (key, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
          ${renderHeading(this.headingLevel, 2, { part: 'group-heading', id: `group-${index}` }, key === NO_DEPARTMENT ? this.#i18n.strings.otherGroup : key)}
          ${this.#renderCards(groups.get(key)!, Math.min(this.headingLevel + 1, 6))}
        </section>`,
      )}
    </div>`;
  }

  #renderCards(jobs: Job[], headingLevel: number): TemplateResult {
    return html`<ul
      part="list"
      class="list"
      role="list"
      @click=${this.#navigation.onCardClick}
      @pointerover=${this.#navigation.onCardIntent}
      @focusin=${this.#navigation.onCardIntent}
    >
      ${jobs.map((job) => {
        // Not keyed: a new search reuses the card elements in place, which is cheaper than
        // moving them, and nothing in a card keeps state of its own.
        return html`<li part="item" class="item" data-job-id=${job.id}>
          <job-card
            exportparts=${CARD_EXPORTS}
            heading-level=${headingLevel}
            .job=${job}
            href=${this.#navigation.hrefFor(job).href}
            .listContext=${this.#context}
          ></job-card>
        </li>`;
      })}
    </ul>`;
  }

  #renderDetail(job: Job): TemplateResult {
    // Rendered at once and upgraded when its code arrives (the list loads it after this render);
    // usually it is there already, since hovering or focusing a card starts the load.
    return html`<div part="detail-view" class="detail-view">
      ${this.#renderBack()}
      <job-detail
        exportparts=${DETAIL_EXPORTS}
        heading-level=${this.headingLevel}
        .job=${job}
        .listContext=${this.#context}
        ?no-json-ld=${this.noJsonLd}
      ></job-detail>
    </div>`;
  }

  // A `#job=` that shows no job (none has the id, or it has closed): why, and the way back.
  #renderGone(part: 'not-found' | 'closed', message: TemplateResult): TemplateResult {
    return html`<div part=${part} class="message not-found" tabindex="-1">${message} ${this.#renderBack()}</div>`;
  }

  #renderBack(): TemplateResult {
    return html`<button part="back" class="button back" type="button" @click=${this.#navigation.back}>
      <span class="back-arrow" aria-hidden="true">←</span> ${this.#i18n.strings.back}
    </button>`;
  }
}
