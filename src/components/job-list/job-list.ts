import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { JobFeedWarningEvent } from '../../events/feed-warning.js';
import { JobSelectEvent } from '../../events/job-select.js';
import { FeedController, type FeedStatus } from '../../feed/feed-controller.js';
import { loadFeed, noValidJobsError, prefetchJobFile, type FeedError } from '../../feed/load-feed.js';
import { JobFeedErrorEvent } from '../../events/feed-error.js';
import type { Job } from '../../feed/types.js';
import { nameCollator } from '../../format/intl.js';
import { hasClosed, OpenJobs } from '../../feed/open-jobs.js';
import { markChecked, validateJobs, type ValidatedJobs } from '../../feed/validate.js';
import { fill, formatNumber, plural, pluralForm } from '../../i18n/format.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringsOverride } from '../../i18n/strings.js';
import { safeUrl } from '../../sanitize/url.js';
import { tokens } from '../../themes/tokens.js';
import type { JobCard } from '../job-card/job-card.js';
import type { JobDetail } from '../job-detail/job-detail.js';
import { loadJobDetail } from '../job-detail/lazy.js';
import { headingTag } from '../shared/heading.js';
import { CountAnnouncer } from './count-announcer.js';
import { FilterPopover } from './filter-popover.js';
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
import { matchesTerms, prepareSearch, queryTerms } from './search.js';
import { postedTime, sortNewestFirst } from './sort.js';
import { jobIdFromHash, openedState, openerOf, urlWithJob, wasOpenedFromList } from './url-state.js';

// Parts of each card, passed through so that `job-list::part(heading)` styles the cards' titles.
const CARD_PARTS = 'card, heading, link, meta, location, department, type, remote, salary, date, summary, tags, tag';
// Every part `<job-detail>` documents, prefixed so that they do not clash with the cards'
// (`::part(detail-heading)`); a test compares this with the detail's doc header.
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
    'announcement',
    'body',
    'status',
    'jobs-link',
    'retry',
  ].map((part) => `${part}: detail-${part}`),
].join(', ');

// Jobs without a department, grouped apart from any department, even one called "Other".
const NO_DEPARTMENT = Symbol('no department');
type GroupKey = string | typeof NO_DEPARTMENT;

interface Results {
  /** The jobs that match the search, before filters. */
  searched: Job[];
  shown: Job[];
  facets: Facet[];
  active: boolean;
}

// Cards rendered at first and added by each "Show more": a feed of 100,000 jobs renders one
// screenful, not 100,000 elements, while search, filters and counts still cover every job.
const PAGE_SIZE = 100;

// A keystroke updates this many cards at once (more than a screenful), and the rest of the page
// in the next task: updating 100 cards in one task came close to 50 ms on a slow machine.
const CARDS_AT_ONCE = 30;

// Above this many jobs, sorting them and showing them are done in separate tasks: above the
// first for a feed that had to be sorted, above the second for one that came in order. Below
// them the split cost more than it saved: sorting 10,000 jobs that came in order takes a few
// ms, and the extra task let the browser paint the placeholders once more before the cards.
const SPLIT_AT = { sorted: 5_000, ordered: 50_000 };

type View = 'loading' | 'error' | 'empty' | 'list' | 'not-found' | `detail:${string}` | `closed:${string}`;

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
 * change of either. English and the languages the README lists (Languages) are built in; all
 * but English load on first need, and the placeholders stay until they are there. An app can change
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
    hash: { state: true },
    opener: { state: true },
    hasHeader: { state: true },
    limit: { state: true },
    find: { state: true },
  };

  readonly #feed = new FeedController(this, loadFeed, { preview: true });
  readonly #filterPanels = new FilterPopover(this);
  readonly #announcer = new CountAnnouncer(this);
  readonly #i18n = new I18nController(this);

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
  // The fragment as last read; the open job and the card links derive from it.
  declare private hash: string;
  // The key of the list that opened the job in the fragment, from the history entry.
  declare private opener: string | undefined;
  // An empty header wrapper would still add a gap above the list.
  declare private hasHeader: boolean;
  // How many of the matching jobs are rendered; back to one page when the matches change.
  declare private limit: number;
  // The text typed in the open filter's find box (a filter of more values than it shows).
  declare private find: string;

  #checkedJobs: (ValidatedJobs & { input: readonly Job[]; error: FeedError | undefined }) | undefined;
  // The jobs still open at this render; the closed ones are kept to say so on a `#job=` link.
  readonly #openJobs = new OpenJobs();
  #sorted: { input: Job[]; jobs: Job[]; byId: Map<string, Job>; wasInOrder: boolean } | undefined;
  // What this update shows, decided in willUpdate; `view` keeps the previous one until updated.
  #frame: { view: View; results: Results | undefined } = { view: 'loading', results: undefined };
  #view: View = 'loading';
  // Set by navigation the person caused, so that the next change of view moves focus.
  #focusOnViewChange = false;
  #focusAfterRetry = false;
  // Set by a keystroke in the search box: the live region waits for a pause.
  #typed = false;
  #scrollMemory: ScrollMemory | undefined;
  #lastOwnership = '';
  #prunedFor: Job[] | undefined;
  // The last results and what they were computed from: "Show more" or a change of the open job
  // must not search and count 100,000 jobs again.
  #resultsMemo: { key: readonly unknown[]; results: Omit<Results, 'facets'> } | undefined;
  #facetsMemo: { key: readonly unknown[]; facets: Facet[] } | undefined;
  // The matching jobs `limit` counts in; other matches (a new search) start at one page again.
  #limitFor: Job[] | undefined;
  // The index of the first card a "Show more" added, to take focus once it is rendered.
  #focusCardAt: number | undefined;
  // Whether this update comes from a keystroke (cards beyond CARDS_AT_ONCE wait a task), the
  // jobs of the cards rendered last, and the wait for the rest of them.
  #staging = false;
  #renderedCards: Job[] = [];
  #restOfCards: { promise: Promise<void>; done: () => void } | undefined;

  constructor() {
    super();
    this.noSearch = false;
    this.noFilters = false;
    this.noJsonLd = false;
    this.headingLevel = 2;
    this.query = '';
    this.selection = {};
    this.hash = '';
    this.hasHeader = false;
    this.limit = PAGE_SIZE;
    this.find = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onLocationChange);
    window.addEventListener('hashchange', this.#onLocationChange);
    listRegistry.add(this);
    this.readLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onLocationChange);
    window.removeEventListener('hashchange', this.#onLocationChange);
    listRegistry.delete(this);
  }

  /** @internal Whether this list has loaded, for the registry that decides who opens a job. */
  get loadStatus(): FeedStatus {
    if (this.jobs !== undefined) return this.#appJobs.error ? 'error' : 'complete';
    return this.#feed.status;
  }

  /** @internal Whether one of this list's jobs, open or closed, has `id`. */
  hasJob(id: string): boolean {
    return this.#sortedJobs.byId.has(id) || this.#openJobs.closedJob(id) !== undefined;
  }

  /** @internal Reads the open job and its opener from the URL; `byPerson` moves focus if the view changes. */
  readLocation(byPerson: boolean): void {
    const hash = window.location.hash;
    const id = jobIdFromHash(hash);
    const opener = id === undefined ? undefined : openerOf(window.history.state, id);
    if (hash === this.hash && opener === this.opener) return;
    if (id !== jobIdFromHash(this.hash) || opener !== this.opener) this.#focusOnViewChange = byPerson;
    this.hash = hash;
    this.opener = opener;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('jobs') || changed.has('timeout')) {
      // The loader bounds it: a timer cannot wait longer than about 24.8 days.
      this.#feed.timeout = this.timeout;
    }
    if (changed.has('src') || changed.has('jobs')) {
      this.#feed.load(this.jobs !== undefined ? undefined : this.src);
    }
    if (changed.has('jobs') && this.jobs !== undefined) {
      const { problems, error } = this.#appJobs;
      if (problems.length > 0) this.dispatchEvent(new JobFeedWarningEvent(problems));
      if (error) this.dispatchEvent(new JobFeedErrorEvent(error));
    }
    const unsorted = this.#sorted?.input !== this.#listedJobs;
    const { jobs, wasInOrder } = this.#sortedJobs;
    if (unsorted && jobs.length > (wasInOrder ? SPLIT_AT.ordered : SPLIT_AT.sorted)) {
      // Sorting and counting the filters of 100,000 jobs, then rendering, would be one long
      // task: the placeholders stay for one more task, and the counts and cards come in the next.
      this.#frame = { view: 'loading', results: undefined };
      setTimeout(() => this.requestUpdate());
      return;
    }
    // Only jobs that have arrived can tell which values no longer exist: a selection set before
    // the feed loads (or while an app has not given its jobs yet) is kept until then.
    if (this.loadStatus === 'complete' && jobs !== this.#prunedFor) {
      this.#prunedFor = jobs;
      // A value that no job has any more would hide everything, with no checkbox left to untick.
      this.selection = pruneSelection(this.selection, jobs);
    }
    const view = this.#currentView();
    const results = view === 'list' ? this.#results() : undefined;
    if (results && results.shown !== this.#limitFor) {
      this.#limitFor = results.shown;
      this.limit = PAGE_SIZE;
    }
    this.#frame = { view, results };
    this.#announcer.show(this.#countText(view, results), this.#typed);
    this.#staging = this.#typed;
    this.#typed = false;
  }

  protected override updated(): void {
    if (!this.#staging && this.#restOfCards) {
      this.#restOfCards.done();
      this.#restOfCards = undefined;
    }
    // Other lists decide what they show from what this one holds: tell them when that changes.
    const ownership = `${this.loadStatus}:${this.#sourceJobs.length}`;
    if (ownership !== this.#lastOwnership) {
      this.#lastOwnership = ownership;
      listRegistry.changed(this);
    }
    const { view } = this.#frame;
    const previous = this.#view;
    this.#view = view;
    if (view !== previous && this.#focusOnViewChange) void this.#moveFocus(view, previous);
    this.#focusOnViewChange = false;
    if (this.#focusCardAt !== undefined) {
      const id = this.#frame.results?.shown[this.#focusCardAt]?.id;
      this.#focusCardAt = undefined;
      const item = [...this.renderRoot.querySelectorAll<HTMLLIElement>('li[data-job-id]')].find((li) => li.dataset.jobId === id);
      const card = item?.querySelector<JobCard>('job-card');
      void card?.updateComplete.then(() => card.shadowRoot?.querySelector<HTMLElement>('[part~="link"]')?.focus());
    }
    if (this.#focusAfterRetry && view !== 'loading') {
      this.#focusAfterRetry = false;
      this.#focusFirstControl();
    }
  }

  readonly #onLocationChange = (): void => this.readLocation(true);

  // ---- data ----

  // The app's jobs, checked like a feed's: all of them failing is the same error as for a feed.
  get #appJobs(): ValidatedJobs & { error: FeedError | undefined } {
    const input = this.jobs ?? [];
    if (this.#checkedJobs?.input !== input) {
      const checked = validateJobs(Array.isArray(input) ? input : []);
      this.#checkedJobs = { input, ...checked, error: noValidJobsError(checked, '', 'The jobs property') };
    }
    return this.#checkedJobs;
  }

  get #sourceJobs(): Job[] {
    if (this.jobs !== undefined) return this.#appJobs.jobs;
    return this.#feed.status === 'complete' ? this.#feed.jobs : [];
  }

  // The jobs open now: the same array between renders until one of them closes.
  get #listedJobs(): Job[] {
    return this.#openJobs.open(this.#sourceJobs, this.#now());
  }

  #now(): number {
    return this.now?.getTime() ?? Date.now();
  }

  get #sortedJobs(): { jobs: Job[]; byId: Map<string, Job>; wasInOrder: boolean } {
    const input = this.#listedJobs;
    if (this.#sorted?.input !== input) {
      const { jobs, wasInOrder } = sortNewestFirst(input, this.#i18n.locale);
      const sorted = { input, jobs, byId: new Map(jobs.map((job) => [job.id, job])), wasInOrder };
      this.#sorted = sorted;
      if (!this.noSearch) prepareSearch(jobs, () => this.#sorted === sorted && this.isConnected);
    }
    return this.#sorted;
  }

  get #facetNames(): FacetName[] {
    return this.noFilters ? [] : parseFacetNames(this.filterNames);
  }

  get #openId(): string | undefined {
    return jobIdFromHash(this.hash);
  }

  #currentView(): View {
    const status = this.loadStatus;
    // The placeholders stay until the words of the list's language are there.
    if (!this.#i18n.ready) return 'loading';
    // Idle means neither `src` nor `jobs` yet: an app that fetches by itself sets `jobs` later.
    if (status === 'idle') return 'loading';
    if (status !== 'complete') return status;
    const id = this.#openId;
    if (id !== undefined) {
      const owner = listRegistry.ownerOf(id, this.opener);
      if (owner?.list === this) {
        if (!owner.found) return 'not-found';
        return this.#openJobs.closedJob(id) ? `closed:${id}` : `detail:${id}`;
      }
    }
    return this.#sortedJobs.jobs.length === 0 ? 'empty' : 'list';
  }

  #results(): Results {
    const all = this.#sortedJobs.jobs;
    const terms = queryTerms(this.query);
    const names = this.#facetNames;
    // The language does not change which jobs match: the facets' labels and counts, which it
    // does change, have a memo of their own.
    const key = [all, terms.join(' '), this.selection, names.join(' ')];
    const open = this.#filterPanels.openName as FacetName | undefined;
    let results = this.#resultsMemo?.key.every((value, index) => value === key[index]) ? this.#resultsMemo.results : undefined;
    if (!results) {
      const searched = terms.length > 0 ? all.filter((job) => matchesTerms(job, terms)) : all;
      const filtered = selectedCount(this.selection) > 0;
      results = {
        shown: filtered ? searched.filter((job) => matchesSelection(job, this.selection)) : searched,
        searched,
        active: terms.length > 0 || selectedCount(this.selection) > 0,
      };
      this.#resultsMemo = { key, results };
    }
    return { ...results, facets: this.#facets(names, all, results.searched, open) };
  }

  // Only the open pop-over's values and counts are computed: counting every filter's values over
  // 10,000 jobs on each keystroke would cost more than the search itself, for panels nobody sees.
  #facets(names: FacetName[], all: Job[], searched: Job[], open: FacetName | undefined): Facet[] {
    const { locale, strings } = this.#i18n;
    const key = [names.join(' '), all, searched, this.selection, locale, strings, open, this.find];
    if (this.#facetsMemo?.key.every((value, index) => value === key[index])) return this.#facetsMemo.facets;
    const built = open && names.includes(open) ? buildFacets([open], all, searched, this.selection, locale, strings, this.find)[0] : undefined;
    const facets = names.map((name) => (name === open && built ? built : { name, label: strings.filters[name], options: [] }));
    this.#facetsMemo = { key, facets };
    return facets;
  }

  #countText(view: View, results: Results | undefined): string {
    const { ready, strings, locale } = this.#i18n;
    // Until the words of the list's language are there, it says nothing rather than English.
    if (view === 'loading') return ready ? strings.loadingJobs : '';
    if (view === 'empty') return strings.noJobsCount;
    return results ? plural(strings.jobCount, results.shown.length, locale) : '';
  }

  #hrefFor(job: Job): { href: string; inPlace: boolean } {
    const external = this.hrefTemplate ? safeUrl(this.hrefTemplate.replaceAll('{id}', encodeURIComponent(job.id))) : undefined;
    if (external) return { href: external, inPlace: false };
    return { href: urlWithJob(window.location, job.id, this.hash), inPlace: true };
  }

  // ---- navigation ----

  #onCardClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const path = event.composedPath();
    const link = path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const item = path.find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.dataset.jobId !== undefined);
    const job = item?.dataset.jobId !== undefined ? this.#shownJob(item.dataset.jobId) : undefined;
    if (!link || !job) return;
    const { href, inPlace } = this.#hrefFor(job);
    const select = new JobSelectEvent(job, href);
    this.dispatchEvent(select);
    if (select.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (!inPlace) return;
    event.preventDefault();
    this.#scrollMemory = { id: job.id, x: window.scrollX, y: window.scrollY };
    window.history.pushState(openedState(job.id, listRegistry.keyOf(this)), '', urlWithJob(window.location, job.id));
    listRegistry.locationChanged();
  }

  // The job of a card on screen: from the list's jobs, or from the preview of a feed still loading
  // (a click on a card of the first page must open it and fire job-select all the same).
  #shownJob(id: string): Job | undefined {
    return this.#sortedJobs.byId.get(id) ?? this.#feed.preview?.jobs.find((job) => job.id === id);
  }

  // A pointer on a card or focus on its link: the person may open it, so what opening needs
  // starts loading now, and is usually there by the click.
  #onCardIntent(event: Event): void {
    if (this.hrefTemplate) return;
    void loadJobDetail();
    const item = event.composedPath().find((node): node is HTMLLIElement => node instanceof HTMLLIElement && node.dataset.jobId !== undefined);
    const url = item?.dataset.jobId !== undefined ? this.#shownJob(item.dataset.jobId)?.detailUrl : undefined;
    if (url) prefetchJobFile(url);
  }

  #onBack(): void {
    const id = this.#openId;
    if (id !== undefined && wasOpenedFromList(window.history.state, id)) {
      // The entry before is the list: going back keeps Forward working, like the browser's Back.
      window.history.back();
      return;
    }
    window.history.pushState(null, '', urlWithJob(window.location, undefined));
    listRegistry.locationChanged();
  }

  async #moveFocus(view: View, previous: View): Promise<void> {
    await this.updateComplete;
    if (view.startsWith('detail:')) {
      await loadJobDetail();
      // Not upgraded if the list left the page meanwhile: there is nothing to focus then.
      await this.renderRoot.querySelector<JobDetail>('job-detail')?.focusHeading?.();
    } else if (view === 'not-found' || view.startsWith('closed:')) {
      this.renderRoot.querySelector<HTMLElement>('[part~="not-found"], [part~="closed"]')?.focus();
    } else if (view === 'list' && previous.startsWith('detail:')) {
      // With a job still named in the URL, another list has opened it and takes focus.
      if (this.#openId === undefined) await this.#restoreCard(previous.slice('detail:'.length));
    } else if (view === 'list' && (previous === 'not-found' || previous.startsWith('closed:'))) {
      this.#focusFirstControl();
    }
  }

  // Back at the list: the page scrolls to where the person left it and the card they opened has
  // focus, so keyboard and screen reader users continue from the same place.
  async #restoreCard(id: string): Promise<void> {
    const memory = this.#scrollMemory;
    this.#scrollMemory = undefined;
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

  #focusFirstControl(): void {
    const target = this.renderRoot.querySelector<HTMLElement>(
      '[part~="search"], [part~="filter-summary"]:not(:disabled), [part~="retry"]',
    );
    if (target) {
      target.focus();
      return;
    }
    const card = this.renderRoot.querySelector<JobCard>('job-card');
    void card?.updateComplete.then(() => card.shadowRoot?.querySelector<HTMLElement>('[part~="link"]')?.focus());
  }

  // ---- controls ----

  #onHeaderSlotChange(event: Event): void {
    this.hasHeader = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  #onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#typed = true;
  }

  #onFindInput(event: InputEvent): void {
    this.find = (event.target as HTMLInputElement).value;
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
    void this.updateComplete.then(() => this.#focusFirstControl());
  }

  #showMore(): void {
    this.#focusCardAt = this.limit;
    this.limit += PAGE_SIZE;
  }

  #retry(): void {
    this.#focusAfterRetry = true;
    this.#feed.retry();
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const { view, results } = this.#frame;
    const open = view.startsWith('detail:') ? this.#sortedJobs.byId.get(view.slice('detail:'.length)) : undefined;
    const closed = view.startsWith('closed:') ? this.#openJobs.closedJob(view.slice('closed:'.length)) : undefined;
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
        const preview = this.#previewPage();
        return preview ? this.#renderResults(preview) : this.#renderSkeleton();
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
        return this.#renderResults(results.shown);
    }
  }

  #renderResults(shown: Job[]): TemplateResult {
    const visible = shown.length > this.limit ? shown.slice(0, this.limit) : shown;
    const rest = shown.length - visible.length;
    const { strings, locale } = this.#i18n;
    return html`${this.groupBy === 'department' ? this.#renderGroups(visible) : this.#renderCards(this.#cardsNow(visible), this.headingLevel)}
    ${rest > 0
      ? html`<button part="more" class="button more" type="button" @click=${this.#showMore}>
          ${plural(strings.showMore, Math.min(rest, PAGE_SIZE), locale)}
          <span class="more-count"
            >${fill(strings.shownOf, { shown: formatNumber(visible.length, locale), total: formatNumber(shown.length, locale) })}</span
          >
        </button>`
      : nothing}`;
  }

  /**
   * The first page of a large feed, shown while the rest of it is checked, when it is sure to be
   * the page the whole feed will show: the preview lists its jobs newest first (as the build
   * writes feeds), every later job in the feed is older than the page's last, and no search,
   * filter, grouping or open job changes what comes first. Still loading, the list stays
   * `aria-busy`, its count says so and "Show more" comes with the rest; the cards stay the same
   * elements, with the same jobs, when it does.
   */
  #previewPage(): Job[] | undefined {
    const preview = this.#feed.preview;
    if (!preview || preview.jobs.length === 0 || !this.#i18n.ready || this.jobs !== undefined || this.groupBy) return undefined;
    if (queryTerms(this.query).length > 0 || selectedCount(this.selection) > 0 || this.#openId !== undefined) return undefined;
    const now = this.#now();
    const { jobs, wasInOrder } = sortNewestFirst(preview.jobs.filter((job) => !hasClosed(job, now)), this.#i18n.locale);
    if (!wasInOrder || jobs.length === 0) return undefined;
    const page = jobs.slice(0, Math.min(this.limit, PAGE_SIZE));
    return postedTime(page.at(-1)!) > preview.restNewest ? page : undefined;
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
    const error = fromFeed ? this.#feed.error : this.#appJobs.error;
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
    // The number is shown, the words around it ("2 selected") only heard.
    const [before, after] = pluralForm(strings.selected, selected.length, locale).split('{n}');
    const open = !pending && this.#filterPanels.isOpen(facet.name);
    return html`<div
      part="filter-group"
      class="filter-group"
      @keydown=${this.#filterPanels.onKeydown}
      @focusout=${this.#filterPanels.onFocusOut}
    >
      <button
        part="filter-summary"
        class="filter-summary"
        id="filter-button-${facet.name}"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="filter-panel-${facet.name}"
        ?disabled=${pending}
        @click=${() => {
          // A panel opens with its most common values, not with what was typed last time.
          this.find = '';
          this.#filterPanels.toggle(facet.name);
        }}
      >
        ${facet.label}${selected.length > 0
          ? html` <span class="badge"
              ><span class="visually-hidden">${before}</span>${formatNumber(selected.length, locale)}<span class="visually-hidden"
                >${after}</span
              ></span
            >`
          : nothing}
        <svg part="filter-chevron" class="chevron" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
          <path d="M1.5 1.75 6 6.25l4.5-4.5" />
        </svg>
      </button>
      <fieldset part="filter-options" class="filter-options" id="filter-panel-${facet.name}" ?hidden=${!open}>
        <legend class="visually-hidden">${facet.label}</legend>
        ${(facet.total ?? 0) > facet.options.length
          ? html`<label class="filter-find"
              >${strings.findOption}
              <input
                part="filter-find"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="filter-found-${facet.name}"
                .value=${this.find}
                @input=${this.#onFindInput}
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
        })}
      </fieldset>
    </div>`;
  }

  /**
   * The jobs for the cards of this update. After a keystroke, the first CARDS_AT_ONCE cards get
   * their new jobs; the cards after them keep what they showed (below the fold, they are not
   * re-rendered) and no new ones are made, until the next task renders the whole page.
   * `updateComplete` waits for that.
   */
  #cardsNow(visible: Job[]): Job[] {
    const previous = this.#renderedCards;
    let cards = visible;
    if (this.#staging && visible.length > CARDS_AT_ONCE) {
      cards = visible
        .slice(0, Math.max(CARDS_AT_ONCE, previous.length))
        .map((job, index) => (index < CARDS_AT_ONCE ? job : (previous[index] ?? job)));
      if (!this.#restOfCards) {
        let done!: () => void;
        this.#restOfCards = { promise: new Promise<void>((resolve) => (done = resolve)), done };
      }
      setTimeout(() => this.requestUpdate());
    }
    this.#renderedCards = cards;
    return cards;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const rest = this.#restOfCards;
    return rest ? rest.promise.then(() => this.getUpdateComplete()) : result;
  }

  #renderGroups(jobs: Job[]): TemplateResult {
    this.#renderedCards = [];
    const groups = new Map<GroupKey, Job[]>();
    for (const job of jobs) {
      const key = job.department?.trim() || NO_DEPARTMENT;
      groups.set(key, [...(groups.get(key) ?? []), job]);
    }
    const collator = nameCollator(this.#i18n.locale);
    const named = [...groups.keys()].filter((key): key is string => key !== NO_DEPARTMENT).sort(collator.compare);
    const keys: GroupKey[] = groups.has(NO_DEPARTMENT) ? [...named, NO_DEPARTMENT] : named;
    const tag = headingTag(this.headingLevel, 2);
    return html`<div part="groups" class="groups">
      ${keys.map(
        (key, index) => html`<section part="group" class="group" aria-labelledby="group-${index}">
          ${staticHtml`<${tag} part="group-heading" class="group-heading" id="group-${index}">${
            key === NO_DEPARTMENT ? this.#i18n.strings.otherGroup : key
          }</${tag}>`}
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
      @click=${this.#onCardClick}
      @pointerover=${this.#onCardIntent}
      @focusin=${this.#onCardIntent}
    >
      ${jobs.map((job) => {
        // Every job the list holds came out of the feed checks (#sourceJobs): the card need
        // not check it again.
        markChecked(job);
        // Not keyed: a new search reuses the card elements in place, which is cheaper than
        // moving them, and nothing in a card keeps state of its own.
        return html`<li part="item" class="item" data-job-id=${job.id}>
          <job-card
            exportparts=${CARD_PARTS}
            heading-level=${headingLevel}
            .job=${job}
            href=${this.#hrefFor(job).href}
            .now=${this.now}
            .strings=${this.strings}
          ></job-card>
        </li>`;
      })}
    </ul>`;
  }

  #renderDetail(job: Job): TemplateResult {
    // Rendered at once and upgraded when its code arrives; usually it is there already, since
    // hovering or focusing a card starts the load.
    void loadJobDetail();
    markChecked(job);
    return html`<div part="detail-view" class="detail-view">
      ${this.#renderBack()}
      <job-detail
        exportparts=${DETAIL_PARTS}
        heading-level=${this.headingLevel}
        .job=${job}
        .strings=${this.strings}
        .organization=${this.#feed.organization}
        .orgName=${this.orgName}
        .orgUrl=${this.orgUrl}
        .orgLogo=${this.orgLogo}
        .now=${this.now}
        ?no-json-ld=${this.noJsonLd}
      ></job-detail>
    </div>`;
  }

  // A `#job=` that shows no job (none has the id, or it has closed): why, and the way back.
  #renderGone(part: 'not-found' | 'closed', message: TemplateResult): TemplateResult {
    return html`<div part=${part} class="message not-found" tabindex="-1">${message} ${this.#renderBack()}</div>`;
  }

  #renderBack(): TemplateResult {
    return html`<button part="back" class="button back" type="button" @click=${this.#onBack}>
      <span class="back-arrow" aria-hidden="true">←</span> ${this.#i18n.strings.back}
    </button>`;
  }
}
