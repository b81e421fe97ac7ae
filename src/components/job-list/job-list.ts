import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { JobFeedWarningEvent } from '../../events/feed-warning.js';
import { JobSelectEvent } from '../../events/job-select.js';
import { FeedController, type FeedStatus } from '../../feed/feed-controller.js';
import type { FeedError } from '../../feed/load-feed.js';
import type { Job } from '../../feed/types.js';
import { validateJobs, type ValidatedJobs } from '../../feed/validate.js';
import { localeOf } from '../../format/locale.js';
import { safeUrl } from '../../sanitize/url.js';
import { tokens } from '../../themes/tokens.js';
import type { JobCard } from '../job-card/job-card.js';
import type { JobDetail } from '../job-detail/job-detail.js';
import { headingTag } from '../shared/heading.js';
import {
  buildFacets,
  matchesSelection,
  parseFacetNames,
  pruneSelection,
  selectedCount,
  toggleValue,
  type Facet,
  type FacetName,
  type FilterSelection,
} from './filters.js';
import { jobListStyles } from './job-list.styles.js';
import { listRegistry } from './registry.js';
import { matchesTerms, queryTerms } from './search.js';
import { sortNewestFirst } from './sort.js';
import { hashWithJob, jobIdFromHash, openedState, urlWithJob, wasOpenedFromList } from './url-state.js';

// Parts of each card, passed through so that `job-list::part(heading)` styles the cards' titles.
const CARD_PARTS = 'card, heading, link, meta, location, department, type, remote, salary, date, summary, tags, tag';
// The detail's parts, prefixed so that they do not clash with the cards' (`::part(detail-heading)`).
const DETAIL_PARTS = [
  'detail',
  ...[
    'header',
    'heading',
    'summary',
    'meta',
    'location',
    'department',
    'type',
    'remote',
    'salary',
    'date',
    'tags',
    'tag',
    'actions',
    'apply',
    'copy-link',
    'share-url',
    'body',
  ].map((part) => `${part}: detail-${part}`),
].join(', ');

const ERROR_SUMMARIES: Record<FeedError['kind'], string> = {
  network: 'The network request failed.',
  timeout: 'The server took too long to answer.',
  http: 'The server answered with an error.',
  'not-json': 'The server did not send JSON.',
  'not-a-feed': 'The response is not a job feed.',
};

type View = 'loading' | 'error' | 'empty' | 'list' | 'not-found' | `detail:${string}`;

interface ScrollMemory {
  id: string;
  x: number;
  y: number;
}

/**
 * Give it a feed URL in `src`, or the jobs themselves in the `jobs` property. Jobs are shown
 * newest first. Each card is a real link. Without `href-template` the link is `#job=<id>` on the
 * current page: a plain click opens the job in place (a `<job-detail>` with a Back button) and
 * adds a history entry, so reload, shared links and Back/Forward work. With `href-template` the
 * link goes to that URL and the list leaves navigation to the browser.
 *
 * Several lists on one page each act only on `#job=` ids of their own jobs; an id that no list
 * knows is reported as not found by the first list that finished loading. They share the one
 * `job` key of the fragment, so only one job is open at a time on a page.
 *
 * @tag job-list
 * @summary A searchable, filterable list of jobs that opens each one in place or on its own page.
 *
 * @attr src - URL of the job feed. Ignored while the `jobs` property is set.
 * @attr no-search - Hides the search box.
 * @attr filters - Which filters to offer, separated by spaces, among `department`, `location`,
 *   `type` (employment type) and `remote`; default all four. `filters=""` hides them.
 * @attr no-filters - Hides every filter (same as `filters=""`).
 * @attr group-by - `department` groups the cards under a heading per department.
 * @attr href-template - Where cards link to, with `{id}` replaced by the URL-encoded job id, for
 *   example `/careers/{id}`. Only `http:`, `https:` and relative URLs are used.
 * @attr heading-level - Level of the card headings, 1–6 (default 2). With `group-by` the group
 *   headings take this level and the cards the next one. The in-place detail uses this level too.
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset follows the page.
 *
 * @slot list-header - Content above the controls, for example a heading and an introduction.
 * @slot no-jobs - Replaces the message shown when the feed has no jobs.
 *
 * @csspart base - The wrapper around everything; carries `aria-busy` while loading.
 * @csspart header - The wrapper of the `list-header` slot.
 * @csspart controls - The row of search, filters and Clear all.
 * @csspart search-label - The label of the search box.
 * @csspart search - The search box (`<input type="search">`).
 * @csspart filter-bar - The wrapper of the filter groups.
 * @csspart filter-group - One filter's disclosure (`<details>`).
 * @csspart filter-summary - The `<summary>` that opens a filter.
 * @csspart filter-options - The `<fieldset>` of a filter's checkboxes.
 * @csspart filter-option - One option's `<label>`.
 * @csspart filter-checkbox - One option's checkbox.
 * @csspart filter-count - The number of jobs beside an option.
 * @csspart clear - The Clear all button (shown while a search or filter is active).
 * @csspart count - The result count, a polite live region.
 * @csspart groups - The wrapper of the groups, with `group-by`.
 * @csspart group - One group (`<section>`).
 * @csspart group-heading - A group's heading.
 * @csspart list - A `<ul>` of cards.
 * @csspart item - One `<li>` around a card.
 * @csspart no-results - The message when search and filters match no job.
 * @csspart empty - The message when the feed has no jobs.
 * @csspart error - The message when the feed could not be loaded.
 * @csspart retry - The Retry button.
 * @csspart skeleton - Each placeholder card while loading.
 * @csspart detail-view - The wrapper of the in-place detail and its Back button.
 * @csspart back - The Back to all jobs button.
 * @csspart not-found - The message when the `#job=` id names no job.
 * @csspart card - Each card (exported from `<job-card>`); also `heading`, `link`, `meta`,
 *   `location`, `department`, `type`, `remote`, `salary`, `date`, `summary`, `tags`, `tag`.
 * @csspart detail - The in-place `<job-detail>`'s article; its other parts are exported with a
 *   `detail-` prefix: `detail-header`, `detail-heading`, `detail-body`, `detail-apply`…
 *
 * @cssprop [--job-list-gap=var(--job-space-m, 1em)] - Space between cards.
 * @cssprop [--job-list-columns=1] - Number of card columns.
 * @cssprop [--job-list-skeleton-height=8em] - Height of each placeholder card while loading.
 * @cssprop [--job-color-text=inherit] - Text colour; every `--job-*` token of `<job-card>` and
 *   `<job-detail>` applies here too and reaches the cards and the detail.
 * @cssprop [--job-color-accent=light-dark(#0b5cad, #79b8ff)] - Links, buttons, checked boxes.
 * @cssprop [--job-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus rings.
 * @cssprop [--job-color-border=currentColor at 24%] - Borders of the search box and messages.
 * @cssprop [--job-radius=0.5em] - Corner radius.
 *
 * @fires job-select - A card was opened with a plain click (`JobSelectEvent`, cancelable).
 * @fires job-feed-error - The feed could not be loaded (`JobFeedErrorEvent`).
 * @fires job-feed-warning - Some jobs were skipped or fields dropped (`JobFeedWarningEvent`).
 */
export class JobList extends LitElement {
  static override styles = [tokens, jobListStyles];

  static override properties = {
    src: {},
    jobs: { attribute: false },
    noSearch: { attribute: 'no-search', type: Boolean },
    filterNames: { attribute: 'filters' },
    noFilters: { attribute: 'no-filters', type: Boolean },
    groupBy: { attribute: 'group-by' },
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    now: { attribute: false },
    query: { state: true },
    selection: { state: true },
    hash: { state: true },
    hasHeader: { state: true },
  };

  private readonly feed = new FeedController(this);

  /** URL of the job feed. */
  declare src: string | undefined;
  /** Jobs given by the app instead of a feed (checked like a feed); takes precedence over `src`. */
  declare jobs: readonly Job[] | undefined;
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
  /** The clock the cards' relative dates are measured against; defaults to the current time. */
  declare now: Date | undefined;

  /** The search text; set it to start with a search. */
  declare query: string;
  /** The selected filter values per facet, for example `{ department: ['Design'] }`. */
  declare selection: FilterSelection;
  // The fragment as last read; the open job and the card links derive from it.
  declare private hash: string;
  // An empty header wrapper would still add a gap above the list.
  declare private hasHeader: boolean;

  private checkedJobs: (ValidatedJobs & { input: readonly Job[] }) | undefined;
  private sorted: { input: Job[]; jobs: Job[]; byId: Map<string, Job> } | undefined;
  private view: View = 'loading';
  // Set by navigation the person caused, so that the next change of view moves focus.
  private focusOnViewChange = false;
  private focusAfterRetry = false;
  private scrollMemory: ScrollMemory | undefined;
  private lastOwnership = '';
  private prunedFor: Job[] | undefined;

  constructor() {
    super();
    this.noSearch = false;
    this.noFilters = false;
    this.headingLevel = 2;
    this.query = '';
    this.selection = {};
    this.hash = '';
    this.hasHeader = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener('hashchange', this.onLocationChange);
    listRegistry.add(this);
    this.readLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener('hashchange', this.onLocationChange);
    listRegistry.delete(this);
  }

  /** @internal Whether this list has loaded, for the registry that decides who reports "not found". */
  get loadStatus(): FeedStatus {
    return this.jobs !== undefined ? 'complete' : this.feed.status;
  }

  /** @internal Whether one of this list's jobs has `id`. */
  hasJob(id: string): boolean {
    return this.sortedJobs.byId.has(id);
  }

  /** @internal Reads the open job from the URL; `byPerson` moves focus if the view changes. */
  readLocation(byPerson: boolean): void {
    const hash = window.location.hash;
    if (hash === this.hash) return;
    const before = jobIdFromHash(this.hash);
    this.hash = hash;
    if (jobIdFromHash(hash) !== before) this.focusOnViewChange = byPerson;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('jobs')) {
      this.feed.load(this.jobs !== undefined ? undefined : this.src);
    }
    if (changed.has('jobs') && this.jobs !== undefined) {
      const problems = this.appJobs.problems;
      if (problems.length > 0) this.dispatchEvent(new JobFeedWarningEvent(problems));
    }
    const jobs = this.sortedJobs.jobs;
    if (jobs !== this.prunedFor) {
      this.prunedFor = jobs;
      // A value that no job has any more would hide everything, with no checkbox left to untick.
      this.selection = pruneSelection(this.selection, jobs);
    }
  }

  protected override updated(): void {
    // Other lists decide "not found" from what this one holds: tell them when that changes.
    const ownership = `${this.loadStatus}:${this.sourceJobs.length}`;
    if (ownership !== this.lastOwnership) {
      this.lastOwnership = ownership;
      listRegistry.changed(this);
    }
    const view = this.currentView();
    const previous = this.view;
    this.view = view;
    if (view !== previous && this.focusOnViewChange) void this.moveFocus(view, previous);
    this.focusOnViewChange = false;
    if (this.focusAfterRetry && view !== 'loading') {
      this.focusAfterRetry = false;
      this.focusFirstControl();
    }
  }

  private readonly onLocationChange = (): void => this.readLocation(true);

  // ---- data ----

  private get appJobs(): ValidatedJobs {
    const input = this.jobs ?? [];
    if (this.checkedJobs?.input !== input) {
      this.checkedJobs = { input, ...validateJobs(Array.isArray(input) ? input : []) };
    }
    return this.checkedJobs;
  }

  private get sourceJobs(): Job[] {
    if (this.jobs !== undefined) return this.appJobs.jobs;
    return this.feed.status === 'complete' ? this.feed.jobs : [];
  }

  private get sortedJobs(): { jobs: Job[]; byId: Map<string, Job> } {
    const input = this.sourceJobs;
    if (this.sorted?.input !== input) {
      const jobs = sortNewestFirst(input, localeOf(this));
      this.sorted = { input, jobs, byId: new Map(jobs.map((job) => [job.id, job])) };
    }
    return this.sorted;
  }

  private get facetNames(): FacetName[] {
    return this.noFilters ? [] : parseFacetNames(this.filterNames);
  }

  private get openId(): string | undefined {
    return jobIdFromHash(this.hash);
  }

  private currentView(): View {
    const status = this.loadStatus;
    // Idle means neither `src` nor `jobs`: nothing to wait for, so it reads as an empty list.
    if (status === 'idle') return 'empty';
    if (status !== 'complete') return status;
    const id = this.openId;
    if (id !== undefined) {
      if (this.hasJob(id)) return `detail:${id}`;
      if (listRegistry.reportsNotFound(this, id)) return 'not-found';
    }
    return this.sortedJobs.jobs.length === 0 ? 'empty' : 'list';
  }

  private hrefFor(job: Job): { href: string; inPlace: boolean } {
    const external = this.hrefTemplate ? safeUrl(this.hrefTemplate.replaceAll('{id}', encodeURIComponent(job.id))) : undefined;
    if (external) return { href: external, inPlace: false };
    // A path, not a bare fragment: a `<base href>` on the page would otherwise send it elsewhere.
    return { href: `${window.location.pathname}${window.location.search}${hashWithJob(this.hash, job.id)}`, inPlace: true };
  }

  // ---- navigation ----

  private onCardClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const path = event.composedPath();
    const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const item = path.find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.dataset.jobId !== undefined);
    const job = item?.dataset.jobId !== undefined ? this.sortedJobs.byId.get(item.dataset.jobId) : undefined;
    if (!link || !job) return;
    const { href, inPlace } = this.hrefFor(job);
    const select = new JobSelectEvent(job, href);
    this.dispatchEvent(select);
    if (select.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (!inPlace) return;
    event.preventDefault();
    this.scrollMemory = { id: job.id, x: window.scrollX, y: window.scrollY };
    window.history.pushState(openedState(job.id), '', urlWithJob(window.location, job.id));
    listRegistry.locationChanged();
  }

  private onBack(): void {
    const id = this.openId;
    if (id !== undefined && wasOpenedFromList(window.history.state, id)) {
      // The entry before is the list: going back keeps Forward working, like the browser's Back.
      window.history.back();
      return;
    }
    window.history.pushState(null, '', urlWithJob(window.location, undefined));
    listRegistry.locationChanged();
  }

  private async moveFocus(view: View, previous: View): Promise<void> {
    await this.updateComplete;
    if (view.startsWith('detail:')) {
      await this.renderRoot.querySelector<JobDetail>('job-detail')?.focusHeading();
    } else if (view === 'not-found') {
      this.renderRoot.querySelector<HTMLElement>('[part~="not-found"]')?.focus();
    } else if (view === 'list' && previous.startsWith('detail:')) {
      await this.restoreCard(previous.slice('detail:'.length));
    } else if (view === 'list' && previous === 'not-found') {
      this.focusFirstControl();
    }
  }

  // Back at the list: the page scrolls to where the person left it and the card they opened has
  // focus, so keyboard and screen reader users continue from the same place.
  private async restoreCard(id: string): Promise<void> {
    const memory = this.scrollMemory;
    this.scrollMemory = undefined;
    const card = [...this.renderRoot.querySelectorAll<JobCard>('job-card')].find((c) => c.job?.id === id);
    if (card) await card.updateComplete;
    const link = card?.shadowRoot?.querySelector<HTMLElement>('[part~="link"]');
    if (memory?.id === id) {
      window.scrollTo(memory.x, memory.y);
      link?.focus({ preventScroll: true });
    } else {
      link?.focus();
    }
  }

  private focusFirstControl(): void {
    const target = this.renderRoot.querySelector<HTMLElement>(
      '[part~="search"], [part~="filter-summary"], [part~="retry"]',
    );
    if (target) {
      target.focus();
      return;
    }
    const card = this.renderRoot.querySelector<JobCard>('job-card');
    void card?.updateComplete.then(() => card.shadowRoot?.querySelector<HTMLElement>('[part~="link"]')?.focus());
  }

  // ---- controls ----

  private onHeaderSlotChange(event: Event): void {
    this.hasHeader = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  private onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onFilterChange(facet: FacetName, value: string, event: Event): void {
    this.selection = toggleValue(this.selection, facet, value, (event.target as HTMLInputElement).checked);
  }

  private clearAll(): void {
    this.query = '';
    this.selection = {};
    // The button disappears with nothing left to clear; focus goes where the next search starts.
    void this.updateComplete.then(() => this.focusFirstControl());
  }

  private retry(): void {
    this.focusAfterRetry = true;
    this.feed.retry();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const view = this.currentView();
    const open = view.startsWith('detail:') ? this.sortedJobs.byId.get(view.slice('detail:'.length)) : undefined;
    const results = view === 'list' ? this.results() : undefined;
    // The count is one element whatever the state, so that screen readers announce its changes
    // (a live region inserted with its text already in it is not announced).
    const count =
      view === 'loading'
        ? 'Loading jobs…'
        : view === 'empty'
          ? 'No jobs'
          : !results
            ? ''
            : results.shown.length === 0
              ? 'No jobs match'
              : results.shown.length === 1
                ? '1 job'
                : `${results.shown.length} jobs`;
    // While a job is open the list stays in the DOM, hidden, so search, filters, open
    // disclosures and card elements are exactly as they were when the person comes back.
    return html`<div part="base" class="root base" aria-busy=${view === 'loading' ? 'true' : 'false'}>
      <div part="header" class="header" ?hidden=${!this.hasHeader}>
        <slot name="list-header" @slotchange=${this.onHeaderSlotChange}></slot>
      </div>
      <div class="list-view" ?hidden=${open !== undefined || view === 'not-found'}>
        ${results ? this.renderControls(results.facets, results.active) : nothing}
        <p part="count" class="count ${results ? '' : 'visually-hidden'}" role="status">${count}</p>
        ${this.renderBody(view, results)}
      </div>
      ${open ? this.renderDetail(open) : nothing} ${view === 'not-found' ? this.renderNotFound() : nothing}
    </div>`;
  }

  private results(): { shown: Job[]; facets: Facet[]; active: boolean } {
    const all = this.sortedJobs.jobs;
    const terms = queryTerms(this.query);
    const searched = terms.length > 0 ? all.filter((job) => matchesTerms(job, terms)) : all;
    return {
      shown: searched.filter((job) => matchesSelection(job, this.selection)),
      facets: buildFacets(this.facetNames, all, searched, this.selection, localeOf(this)),
      active: terms.length > 0 || selectedCount(this.selection) > 0,
    };
  }

  private renderBody(view: View, results: { shown: Job[] } | undefined): TemplateResult | typeof nothing {
    switch (view) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.renderError();
      case 'empty':
        return html`<div part="empty" class="message empty">
          <slot name="no-jobs"><p>There are no open positions right now.</p></slot>
        </div>`;
      default:
        if (!results) return nothing;
        if (results.shown.length === 0) {
          return html`<p part="no-results" class="message">No jobs match your search. Try other words or fewer filters.</p>`;
        }
        return this.groupBy === 'department' ? this.renderGroups(results.shown) : this.renderCards(results.shown, this.headingLevel);
    }
  }

  private renderSkeleton(): TemplateResult {
    return html`<ul part="list" class="list" role="list" aria-hidden="true">
      ${[0, 1, 2].map(
        () => html`<li part="skeleton" class="skeleton-card">
          <span class="skeleton" style="width: 55%; height: 1.3em"></span>
          <span class="skeleton" style="width: 35%"></span>
          <span class="skeleton"></span>
        </li>`,
      )}
    </ul>`;
  }

  private renderError(): TemplateResult {
    const error = this.feed.error;
    return html`<div part="error" class="message error" role="alert">
      <p><strong>The jobs could not be loaded.</strong> ${error ? ERROR_SUMMARIES[error.kind] : ''}</p>
      ${error ? html`<p class="error-detail">${error.message}</p>` : nothing}
      <button part="retry" class="button" type="button" @click=${this.retry}>Retry</button>
    </div>`;
  }

  private renderControls(facets: Facet[], active: boolean): TemplateResult | typeof nothing {
    if (this.noSearch && facets.length === 0) return nothing;
    return html`<div part="controls" class="controls">
      ${this.noSearch
        ? nothing
        : html`<div class="search">
            <label part="search-label" for="search">Search jobs</label>
            <input
              part="search"
              id="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              .value=${live(this.query)}
              @input=${this.onSearchInput}
            />
          </div>`}
      ${facets.length > 0
        ? html`<div part="filter-bar" class="filters">${facets.map((facet) => this.renderFacet(facet))}</div>`
        : nothing}
      ${active ? html`<button part="clear" class="button clear" type="button" @click=${this.clearAll}>Clear all</button>` : nothing}
    </div>`;
  }

  private renderFacet(facet: Facet): TemplateResult {
    const selected = this.selection[facet.name] ?? [];
    return html`<details part="filter-group" class="filter-group">
      <summary part="filter-summary" class="filter-summary">
        ${facet.label}${selected.length > 0
          ? html` <span class="badge">${selected.length}<span class="visually-hidden"> selected</span></span>`
          : nothing}
      </summary>
      <fieldset part="filter-options" class="filter-options">
        <legend class="visually-hidden">${facet.label}</legend>
        ${facet.options.map(
          (option) => html`<label part="filter-option" class="filter-option">
            <input
              part="filter-checkbox"
              type="checkbox"
              .checked=${live(selected.includes(option.value))}
              @change=${(event: Event) => this.onFilterChange(facet.name, option.value, event)}
            />
            <span>${option.label}</span>
            <span part="filter-count" class="filter-count">(${option.count})</span>
          </label>`,
        )}
      </fieldset>
    </details>`;
  }

  private renderGroups(jobs: Job[]): TemplateResult {
    const groups = new Map<string, Job[]>();
    for (const job of jobs) {
      const name = job.department?.trim() || 'Other';
      groups.set(name, [...(groups.get(name) ?? []), job]);
    }
    const collator = new Intl.Collator(localeOf(this), { sensitivity: 'base', numeric: true });
    const names = [...groups.keys()].sort((a, b) =>
      a === 'Other' ? 1 : b === 'Other' ? -1 : collator.compare(a, b),
    );
    const tag = headingTag(this.headingLevel, 2);
    return html`<div part="groups" class="groups">
      ${repeat(
        names,
        (name) => name,
        (name, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
          ${staticHtml`<${tag} part="group-heading" class="group-heading" id="group-${index}">${name}</${tag}>`}
          ${this.renderCards(groups.get(name)!, Math.min(this.headingLevel + 1, 6))}
        </section>`,
      )}
    </div>`;
  }

  private renderCards(jobs: Job[], headingLevel: number): TemplateResult {
    return html`<ul part="list" class="list" role="list" @click=${this.onCardClick}>
      ${repeat(
        jobs,
        (job) => job.id,
        (job) => html`<li part="item" class="item" data-job-id=${job.id}>
          <job-card
            exportparts=${CARD_PARTS}
            heading-level=${headingLevel}
            .job=${job}
            href=${this.hrefFor(job).href}
            .now=${this.now}
          ></job-card>
        </li>`,
      )}
    </ul>`;
  }

  private renderDetail(job: Job): TemplateResult {
    return html`<div part="detail-view" class="detail-view">
      <button part="back" class="button back" type="button" @click=${this.onBack}>
        <span aria-hidden="true">←</span> Back to all jobs
      </button>
      <job-detail exportparts=${DETAIL_PARTS} heading-level=${this.headingLevel} .job=${job}></job-detail>
    </div>`;
  }

  private renderNotFound(): TemplateResult {
    return html`<div part="not-found" class="message not-found" tabindex="-1">
      <p>This job could not be found. It may have been filled or removed.</p>
      <button part="back" class="button back" type="button" @click=${this.onBack}>
        <span aria-hidden="true">←</span> Back to all jobs
      </button>
    </div>`;
  }
}
