import { LitElement, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { JobFilterChangeEvent } from '../../events/job-filter-change.js';
import type { Job } from '../../feed/types.js';
import { markChecked } from '../../feed/validate.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringsOverride } from '../../i18n/strings.js';
import { safeUrl } from '../../sanitize/url.js';
import { tokens } from '../../themes/tokens.js';
import { loadJobDetail } from '../job-detail/lazy.js';
import { listContext } from '../shared/list-context.js';
import { ServerReplay, type ListPrerenderState } from '../shared/prerender.js';
import { SCOPE_PROPERTIES, scopedFacets, scopeKey } from '../shared/scope.js';
import { CountAnnouncer } from './count-announcer.js';
import { FilterPopover } from './filter-popover.js';
import { NO_SELECTION, parseFacetNames, parseGroupBy, pruneSelection, selectedCount, toggleValue, type FacetName, type FilterSelection, type GroupName } from './filters.js';
import { FocusMoves } from './focus.js';
import { jobListStyles } from './job-list.styles.js';
import { renderList, type ListFrame, type ListHandlers, type ListSettings } from './job-list.templates.js';
import { ListSource } from './list-source.js';
import { countText, decideView, matchJobs, memoize, openFacets, type View } from './list-view.js';
import { InPlaceNavigation } from './navigation.js';
import { Paging, teaserSize } from './paging.js';
import { queryTerms } from './search.js';
import type { SearchReporter } from './search-reporter.js';
import { StagedCards } from './staged-cards.js';
import { ViewUrlLoader } from './view-url-loader.js';

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
 * Its view is in the URL, so a person can share it and reload, Back and Forward bring it back:
 * the search text and the selected filters are pairs of the fragment beside `job`
 * (`#q=designer&department=Design&remote=remote`). Each list of a page has its own: a list with
 * an `id` unique on the page names its keys with it (`#careers.q=designer`), else the first list
 * uses the bare keys and the others their position among the page's lists (`#1.q=designer`).
 * Typing replaces the current history entry once it pauses; choosing a filter or Clear all adds
 * an entry. `no-url-state` leaves the URL alone. A prerendered list shows the server's render,
 * then the URL's view once it has hydrated.
 *
 * A site scopes a list in markup, without script, with an attribute per filter: `department`,
 * `location`, `type` (an employment type such as `FULL_TIME`, or `full-time` as front matter
 * writes it) and `remote` (`remote`, `hybrid` or `onsite`), each one value as the feed writes it,
 * compared without regard to case (`location="Berlin"` is not `Berlin, Germany`). A scoped list
 * holds only those jobs: it counts, searches, filters and opens only them; it offers no filter
 * for a scoped facet and no Clear all for the scope, and the scope is not in the URL. A server
 * renders it scoped too. A scope that matches no job of the feed says so in the console, with the
 * values the feed has.
 *
 * A teaser: `limit="3"` shows the first 3 jobs (of the scope) in the list's order, featured jobs
 * first and then the newest, with no search, filters, count or "Show more", and with `all-href`, a
 * link under them to the site's page of all jobs, "See all 12 open roles" (the number is every
 * job of the scope). A teaser's view is not in the URL.
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
 * @attr group-by - `department` or `location` groups the cards under a heading per department
 *   or location, in alphabetical order, with the jobs that have none last under "Other". A job
 *   with several locations is under each of them.
 * @attr href-template - Where cards link to, with `{id}` replaced by the URL-encoded job id, for
 *   example `/careers/{id}`. Only `http:`, `https:` and relative URLs are used.
 * @attr heading-level - Level of the card headings, 1–6 (default 2). With `group-by` the group
 *   headings take this level and the cards the next one. The in-place detail uses this level too.
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset follows the page.
 * @attr layout - `sidebar` puts search and filters in a column beside the cards where the list
 *   is at least 48em wide (a container query on the list's own width), stacked above them where
 *   it is narrower; unset, they are always above.
 * @attr org-name - The hiring organization's name for the in-place detail's JSON-LD (see
 *   `<job-detail>`); replaces the feed's `organization`. A list alone adds no JSON-LD.
 * @attr org-url - The organization's web site (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr org-logo - The organization's logo (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr no-json-ld - The in-place detail adds no JSON-LD.
 * @attr apply-params - Query parameters the in-place detail adds to a web Apply link, for the
 *   site's attribution (`utm_source=careers`); see `<job-detail>`.
 * @attr no-url-state - Keeps the search and filters out of the URL (they are not shared, restored
 *   on reload or by Back/Forward).
 * @attr department - Scopes the list to the jobs of this department (not offered as a filter).
 * @attr location - Scopes the list to the jobs in this location (one of a job's `locations`).
 * @attr type - Scopes the list to the jobs of this employment type (`FULL_TIME`, `PART_TIME`…;
 *   `full-time` too).
 * @attr remote - Scopes the list to remote jobs (`remote`), hybrid ones (`hybrid`) or on-site
 *   ones (`onsite`).
 * @attr limit - Shows only this many jobs, the first in the list's order (featured, then newest),
 *   without search, filters, count or "Show more": a teaser.
 * @attr all-href - With `limit`, where the "See all N open roles" link under the jobs goes (an
 *   `http:`, `https:`, `mailto:` or relative URL; another is left out).
 *
 * @slot list-header - Content above the controls, for example a heading and an introduction.
 * @slot no-jobs - Replaces the message shown when the feed has no jobs.
 * @slot error - Replaces the message shown when the jobs could not be loaded (Retry stays).
 *
 * @csspart base - The wrapper around everything; carries `aria-busy` while loading.
 * @csspart header - The wrapper of the `list-header` slot.
 * @csspart layout - The wrapper of the controls, the count and the cards (a grid of two columns
 *   with `layout="sidebar"` on a wide list); hidden while a job is open in place.
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
 * @csspart all-link - With `limit` and `all-href`, the "See all N open roles" link under the cards.
 * @csspart no-results - The message when search and filters match no job.
 * @csspart empty - The message when the feed has no jobs.
 * @csspart error - The message when the feed could not be loaded: a few words for visitors and
 *   Retry; what failed goes to `job-feed-error` and the console.
 * @csspart retry - The Retry button.
 * @csspart skeleton - Each placeholder card while loading.
 * @csspart detail-view - The wrapper of the in-place detail and its Back button.
 * @csspart back - The Back to all jobs button (its arrow is mirrored on right-to-left pages).
 * @csspart not-found - The message when the `#job=` id names no job.
 * @csspart closed - The message when the `#job=` id names a job that has closed: its title and
 *   "This position has closed", with the Back button.
 * @csspart card - Each card (exported from `<job-card>`); also `featured` (the card of a
 *   featured job, listed first in its group), `heading`, `link`, `meta`, `location`,
 *   `department`, `type`, `remote`, `salary`, `date`, `summary`, `tags`, `tag`.
 * @csspart detail - The in-place `<job-detail>`'s article; every other part of the detail is
 *   exported with a `detail-` prefix: `detail-header`, `detail-heading`, `detail-summary`,
 *   `detail-meta`, `detail-location`, `detail-department`, `detail-type`, `detail-remote`,
 *   `detail-salary`, `detail-date`, `detail-tags`, `detail-tag`, `detail-actions`,
 *   `detail-apply`, `detail-apply-end`, `detail-actions-end`, `detail-apply-address`,
 *   `detail-copy-link`, `detail-share`, `detail-share-url`, `detail-announcement`,
 *   `detail-body`, `detail-body-heading`, `detail-body-paragraph`, `detail-body-link`,
 *   `detail-body-list`, `detail-body-list-item`, `detail-body-quote`, `detail-body-code`,
 *   `detail-body-code-block`, `detail-body-table`, `detail-body-table-cell`,
 *   `detail-body-image`, `detail-body-rule`, `detail-status`, `detail-jobs-link`, `detail-retry`.
 *
 * @cssprop [--job-list-gap=var(--job-space-m, 1em)] - Space between cards.
 * @cssprop [--job-list-columns=1] - Number of card columns.
 * @cssprop [--job-list-sidebar-width=16em] - Width of the column of search and filters with `layout="sidebar"`.
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
 * @fires job-search - A visitor paused typing a search (`JobSearchEvent`: `query`, `resultCount`).
 * @fires job-filter-change - A visitor changed a filter (`JobFilterChangeEvent`: `facet`, `values`).
 * @fires job-apply - A visitor followed Apply in the in-place detail (`JobApplyEvent`).
 * @fires job-link-copy - A visitor used Copy link in the in-place detail (`JobLinkCopyEvent`).
 * @fires job-share - A visitor shared the in-place job (`JobShareEvent`).
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
    layout: { reflect: true },
    orgName: { attribute: 'org-name' },
    orgUrl: { attribute: 'org-url' },
    orgLogo: { attribute: 'org-logo' },
    noJsonLd: { attribute: 'no-json-ld', type: Boolean },
    applyParams: { attribute: 'apply-params' },
    noUrlState: { attribute: 'no-url-state', type: Boolean },
    limit: { type: Number },
    allHref: { attribute: 'all-href' },
    ...SCOPE_PROPERTIES,
    now: { attribute: false },
    strings: { attribute: false },
    prerendered: { attribute: false },
    query: { state: true },
    selection: { state: true },
    hasHeader: { state: true },
  };

  // One concern each; see each file's header for what it owns and reads.
  readonly #source = new ListSource(this, () => this.#i18n.locale, () => scopeKey(this));
  readonly #filterPanels = new FilterPopover(this);
  readonly #announcer = new CountAnnouncer(this);
  readonly #i18n: I18nController = new I18nController(this, () => this.strings, () => this.#server.replay?.lang);
  readonly #server: ServerReplay<ListPrerenderState> = new ServerReplay(
    this,
    'jobs',
    () => this.#i18n.loaded,
    () => this.#i18n.locale,
  );
  readonly #paging = new Paging(this);
  readonly #staged = new StagedCards(this);
  readonly #navigation = new InPlaceNavigation(this, this.#source);
  // After the navigation: the list's place in the registry names its keys in the URL.
  readonly #viewUrl = new ViewUrlLoader(this, this.#navigation, () => this.#offered());
  readonly #focus = new FocusMoves(this, () => this.#frame.view, this.#navigation);
  // What search, filters and the open filter found last, kept while their inputs are the same.
  readonly #match = memoize(matchJobs);
  readonly #facets = memoize(openFacets);
  // What the cards and the detail get: the same object while nothing in it changes.
  readonly #context = memoize(listContext);

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
  /** `department` or `location` groups the cards by department or by location. */
  declare groupBy: GroupName | undefined;
  /** Card link target with `{id}`; without it jobs open in place under `#job=<id>`. */
  declare hrefTemplate: string | undefined;
  /** Level of the card headings (group headings with `group-by`), 1–6. */
  declare headingLevel: number;
  /** `light`, `dark` or `auto`; unset follows the page's `color-scheme`. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** `sidebar`: search and filters beside the cards on a wide list; unset, above them. */
  declare layout: 'sidebar' | undefined;
  /** The hiring organization's name for the in-place detail's JSON-LD; replaces the feed's. */
  declare orgName: string | undefined;
  /** The organization's web site for the in-place detail's JSON-LD. */
  declare orgUrl: string | undefined;
  /** The organization's logo URL for the in-place detail's JSON-LD. */
  declare orgLogo: string | undefined;
  /** The in-place detail adds no JSON-LD. */
  declare noJsonLd: boolean;
  /** Query parameters the in-place detail adds to a web Apply link (`utm_source=careers`). */
  declare applyParams: string | undefined;
  /** Keeps the search and filters out of the URL. */
  declare noUrlState: boolean;
  /** Shows only this many jobs (featured, then newest), without search, filters or "Show more" (a teaser). */
  declare limit: number | undefined;
  /** With `limit`, where the "See all N open roles" link goes. */
  declare allHref: string | undefined;
  /** Scopes the list to one department's jobs. */
  declare department: string | undefined;
  /** Scopes the list to the jobs in one location. */
  declare location: string | undefined;
  /** Scopes the list to one employment type (`FULL_TIME`…). */
  declare type: string | undefined;
  /** Scopes the list to remote (`remote`), hybrid (`hybrid`) or on-site (`onsite`) jobs. */
  declare remote: string | undefined;
  /** The clock that closes jobs and that the cards' relative dates are measured against; defaults to the current time. */
  declare now: Date | undefined;
  /** Strings that replace some of the table of the list's language, for this list, its cards and its detail. */
  declare strings: StringsOverride | undefined;
  /** @internal What a server rendered the list with (`job-widgets/ssr`; in the browser, its state script): its jobs, shown instead of loading `src` until `src` changes, and the clock and language its first render repeats. */
  declare prerendered: ListPrerenderState | undefined;
  /** The search text; set it to start with a search (it is kept while the feed loads). */
  declare query: string;
  /**
   * The selected filter values per facet, for example `{ department: ['Design'] }`. Once the jobs
   * are in, values that none of them has are left out: they would hide every job, with no
   * checkbox left to untick.
   * @default {}
   */
  declare selection: FilterSelection;
  // An empty header wrapper would still add a gap above the list.
  declare private hasHeader: boolean;

  // What reports a visitor's searches (job-search), loaded with the first keystroke: a page
  // where nobody searches does without it.
  #searches: SearchReporter | undefined;
  // The jobs the selection was last pruned for.
  #prunedFor: Job[] | undefined;
  // What this update shows, decided in willUpdate before anything reads it.
  #frame!: ListFrame;

  constructor() {
    super();
    this.noSearch = false;
    this.noFilters = false;
    this.noJsonLd = false;
    this.noUrlState = false;
    this.headingLevel = 2;
    this.query = '';
    this.selection = {};
    this.hasHeader = false;
  }

  // A server's shadow root is hydrated (see `ServerReplay`).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.#server.renderRoot(() => super.createRenderRoot());
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#server.scheduleUpdate(() => super.scheduleUpdate());
  }

  // Slotted content that was there when the element connected sends no `slotchange`.
  protected override firstUpdated(): void {
    if (!isServer) this.hasHeader = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="list-header"]')!.assignedNodes().length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.#source;
    const replay = this.#server.replay;
    // One clock for the whole update (the cards and the detail get the list's `now`, if any; the
    // server's in its replay). Too many new jobs to sort and show in one task: the placeholders stay.
    if (!source.update(changed, replay ? Date.parse(replay.now) : (this.now?.getTime() ?? Date.now()))) {
      this.#frame = this.#decide('loading');
      return;
    }
    // Only jobs that have arrived can tell which values no longer exist: a selection set before they
    // are in is kept until then. Pruned once per new set of jobs, as part of this update.
    const { jobs } = source.sorted;
    if (source.loadStatus === 'complete' && jobs !== this.#prunedFor) {
      this.#prunedFor = jobs;
      this.selection = pruneSelection(this.selection, jobs);
    }
    const typing = this.#staged.take();
    // A job or a view named in the URL waits for what decides which list shows it, or applies
    // the view. A server knows no fragment: the replay shows the list, and the URL's job or view after.
    const view = decideView(
      this.#i18n.ready && (replay !== undefined || !(this.#navigation.waiting || this.#viewUrl.waiting)),
      source.loadStatus,
      () => (replay ? undefined : this.#navigation.opened),
      (id) => source.closedJob(id) !== undefined,
      jobs.length,
    );
    this.#frame = this.#decide(view);
    // While someone types, the live region waits for a pause.
    this.#announcer.show(this.#frame.count, typing);
  }

  protected override updated(): void {
    // The detail is rendered at once and upgraded when its code arrives.
    if (this.#frame.open) void loadJobDetail();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    // A keystroke's cards in stages, or a part of the list loading for what a person asked.
    const rest = this.#staged.pending ?? this.#filterPanels.pending ?? this.#navigation.pending ?? this.#viewUrl.pending;
    return rest ? rest.then(() => this.getUpdateComplete()) : result;
  }

  // What to show for `view`: the matches and the open filter's values, the page of cards, the
  // open job; a large feed's first page while it loads, when nothing changes which jobs come first.
  #decide(view: View): ListFrame {
    const source = this.#source;
    const replay = this.#server.replay;
    const { ready, strings, locale } = this.#i18n;
    const limit = teaserSize(this.limit);
    const names = limit ? [] : this.#offered();
    // A server renders no search and no selection (they are the page's, in the browser); a teaser has neither.
    const settings: ListSettings =
      replay || limit
        ? { headingLevel: this.headingLevel, noSearch: limit > 0 || this.noSearch, noJsonLd: this.noJsonLd, groupBy: this.groupBy, query: '', selection: NO_SELECTION }
        : this;
    const terms = queryTerms(settings.query).join(' ');
    const selection = settings.selection;
    const { jobs } = source.sorted;
    const results = view === 'list' ? this.#match(jobs, terms, selection) : undefined;
    const active = terms !== '' || selectedCount(selection) > 0;
    // The filters are there while loading too (disabled, without values), so nothing moves.
    const popover = this.#filterPanels;
    const filter = results && (popover.openName as FacetName | undefined);
    const facets =
      results || (view === 'loading' && ready)
        ? this.#facets(names.join(' '), strings, filter && names.includes(filter) ? popover.panel!.facet(filter, jobs, results!.searched, selection, locale, strings) : undefined)
        : undefined;
    let page: Job[] | undefined;
    if (results) {
      if (results.shown.length > 0) page = limit ? results.shown.slice(0, limit) : this.#paging.page(results.shown);
    } else if (view === 'loading' && ready && this.jobs === undefined && !this.groupBy && !active && !limit && this.#navigation.openId === undefined) {
      page = source.previewPage();
    }
    const cards = page ? (parseGroupBy(this.groupBy) ? (this.#staged.cards(), page) : this.#staged.cards(page)) : [];
    const open = view.startsWith('detail:') ? source.sorted.byId.get(view.slice('detail:'.length)) : undefined;
    // Every job the list hands on came out of the feed checks: its cards and detail need not check it again.
    for (const job of open ? [open] : cards) markChecked(job);
    return {
      view,
      results,
      facets,
      active,
      count: countText(view, results?.shown.length, ready, strings, locale),
      page,
      teaser: limit ? { total: results?.shown.length ?? 0, href: this.allHref ? safeUrl(this.allHref) : undefined } : undefined,
      cards,
      open,
      closed: view.startsWith('closed:') ? source.closedJob(view.slice('closed:'.length)) : undefined,
      strings,
      locale,
      settings,
      prerendered: replay !== undefined,
      hasHeader: replay ? replay.header === true : this.hasHeader,
      fromFeed: source.fromFeed,
      bodiesFrom: source.bodiesFrom,
      context: this.#context(this.strings, this.now, replay, source.organization, this.orgName, this.orgUrl, this.orgLogo, this.applyParams),
      announcer: this.#announcer,
      popover,
      navigation: this.#navigation,
      on: this.#on,
    };
  }

  // The filters the list offers: those of `filters`, but none for a facet the site scoped.
  #offered(): FacetName[] {
    const scoped = scopedFacets(scopeKey(this));
    return this.noFilters ? [] : parseFacetNames(this.filterNames).filter((name) => !scoped.includes(name));
  }

  // ---- event handlers, for the templates ----

  readonly #on: ListHandlers = {
    headerSlotChange: (event) => {
      this.hasHeader = (event.target as HTMLSlotElement).assignedNodes().length > 0;
    },
    searchInput: (event) => {
      this.query = (event.target as HTMLInputElement).value;
      this.#staged.keystroke();
      const query = this.query;
      void import('./search-reporter.js').then(({ SearchReporter }) => {
        // Only the last keystroke's text, unless Clear all emptied the box meanwhile.
        if (query === this.query) (this.#searches ??= new SearchReporter(this, () => this.#frame.results?.shown.length)).typed(query);
      });
      this.#viewUrl.typed();
    },
    filterChange: (facet, value, event) => {
      this.selection = toggleValue(this.selection, facet, value, (event.target as HTMLInputElement).checked);
      this.#announcer.cancel();
      this.dispatchEvent(new JobFilterChangeEvent(facet, this.selection[facet] ?? []));
      this.#viewUrl.chose();
    },
    clearAll: () => {
      for (const [facet, values] of Object.entries(this.selection)) if (values?.length) this.dispatchEvent(new JobFilterChangeEvent(facet as FacetName, []));
      this.#searches?.cancel();
      this.query = '';
      this.selection = {};
      this.#announcer.cancel();
      this.#viewUrl.chose();
      // The button disappears with nothing left to clear; focus goes where the next search starts.
      this.#focus.toFirstControl = true;
    },
    showMore: () => {
      this.#focus.cardId = this.#frame.results?.shown[this.#paging.more()]?.id;
    },
    retry: () => {
      this.#focus.toFirstControl = true;
      this.#source.feed.retry();
    },
  };

  override render(): TemplateResult {
    return renderList(this.#frame);
  }
}
