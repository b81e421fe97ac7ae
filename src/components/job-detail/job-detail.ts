import { LitElement, html, isServer, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { JobApplyEvent } from '../../events/job-apply.js';
import { JobLinkCopyEvent } from '../../events/job-link-copy.js';
import { JobShareEvent } from '../../events/job-share.js';
import { hasClosed } from '../../feed/open-jobs.js';
import type { Job, Organization } from '../../feed/types.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringsOverride } from '../../i18n/strings.js';
import { applyHref, mailtoUrl } from '../../sanitize/apply-url.js';
import { canSanitize, sanitizeHtml, sanitizerReady } from '../../sanitize/sanitize-html.js';
import { renderServerBody } from '../../sanitize/server-html.js';
import { safeUrl } from '../../sanitize/url.js';
import { tokens } from '../../themes/tokens.js';
import { headingLevel } from '../shared/heading.js';
import { renderJobHeader } from '../shared/job-header.js';
import { metaStyles } from '../shared/job-meta.js';
import type { ListContext } from '../shared/list-context.js';
import { organizationOf } from '../shared/organization.js';
import { ServerReplay, type DetailPrerenderState } from '../shared/prerender.js';
import { renderClosedJob, renderFeedState, renderJobSkeleton, renderLoadError, statusStyles } from '../shared/status.js';
import { bodyStyles, jobDetailStyles } from './job-detail.styles.js';
import { JobWithBody } from './job-with-body.js';
import { PostingBody } from './posting-body.js';
import { StructuredDataController, type StructuredDataInput } from './structured-data.js';

// The body while it is not there yet: a split feed's job file loading, or a server render.
// A posting longer than this (characters of HTML, about a screen of text) has Apply at its end too.
const LONG_BODY = 1500;

const bodyPlaceholder = (): TemplateResult => html`<div part="body" class="body" aria-busy="true"><span class="skeleton skeleton-body"></span></div>`;

/**
 * Give it a `job` property, or `src` and `job-id` to load the job from a feed. The body is
 * sanitized in the browser under the library's one HTML policy, whoever wrote the feed: by the
 * browser's HTML Sanitizer API where it has one, else by DOMPurify, loaded before the element
 * first renders. Its headings are placed one level below the title's `heading-level`.
 *
 * The posting's own words (title, summary, locations, department, a salary in words, tags and
 * the body) carry the job's `lang` and `dir` (`dir="auto"` when the feed gives none); the
 * element's own labels and buttons stay in the page's language and direction.
 *
 * Its words come from the table of its language: the closest `lang` (its own, or an
 * ancestor's, through shadow roots), else the page's; English and the languages the README
 * lists (Languages) are built in, and an app can change any string with `setStrings()` or the
 * `strings` property. Dates and numbers are formatted in that language too.
 *
 * For search engines, the job is also added to the `<head>` of the page as a schema.org
 * `JobPosting` (`<script type="application/ld+json" data-job-widgets>`), and removed when the
 * job changes or the element is removed. It needs the hiring organization's name (the feed's
 * `organization`, or `org-name`), a posting date, and a location that reads as an address
 * (`Berlin, Germany`) or, for a remote job, a country (`Remote (Germany)`); an expired job has
 * none. Under Trusted Types, allow the `job-widgets` policy.
 *
 * Rendered on a server (`@lit-labs/ssr`), where there is no DOM to sanitize into, the body is
 * what `setServerBody()` renders (for example the build's filter of raw HTML, through Lit's
 * `unsafeHTML`), else a placeholder; the browser renders the sanitized body when the element
 * upgrades. The server and the browser close jobs at the same `now` when both are given it.
 *
 * A job whose `validThrough` has passed when it is shown (a feed built before the job closed,
 * a page left open overnight) is not offered: the detail shows its title and "This position has
 * closed", with a link to the open jobs when `jobs-href` is set, and no Apply link, body or
 * JSON-LD. A `<job-list>` that opens a closed job from a `#job=` link says so itself.
 *
 * Printed, it shows the posting, its metadata and where to apply written out, without its
 * buttons. A failed load shows a short message for visitors (or the `error` slot) and Retry;
 * what failed goes to `job-feed-error` and the console.
 *
 * @tag job-detail
 * @summary A whole job posting: header, metadata, the sanitized body, Apply and Copy link.
 *
 * @attr src - URL of a job feed to load the job from (with `job-id`).
 * @attr job-id - The `id` of the job to show from the feed at `src`.
 * @attr heading-level - Level of the title heading, 1–6 (default 2); the body's headings start one below.
 * @attr share-url - The URL the Copy link and Share buttons give (default: the page's address).
 * @attr apply-params - Query parameters added to a web Apply link, for the site's attribution,
 *   for example `utm_source=careers&utm_medium=site` (they replace parameters of the same name).
 *   Never added to an email address. Inside a `<job-list>`, the list's `apply-params` applies.
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset follows the page.
 *   With `theme` the element paints its own background, with `--job-host-padding` inside it.
 * @attr org-name - The hiring organization's name for the JSON-LD; replaces the feed's `organization`.
 * @attr org-url - The organization's web site (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr org-logo - The organization's logo (absolute `http:`/`https:` URL) for the JSON-LD.
 * @attr no-json-ld - Adds no JSON-LD, for pages that describe the job to search engines already.
 * @attr jobs-href - Where the open jobs are listed (for example `/careers/`): the link shown
 *   instead of a job that has closed. Only `http:`, `https:`, `mailto:` and relative URLs are used.
 *
 * @slot apply - Replaces the Apply link, for example with an application form button.
 * @slot apply-end - Replaces the Apply link at the end of a long posting.
 * @slot error - Replaces the message shown when the job could not be loaded (Retry stays).
 *
 * @csspart detail - The `<article>` around everything.
 * @csspart header - The header with title, summary and metadata.
 * @csspart heading - The title heading (focusable by script, `tabindex="-1"`).
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line of metadata.
 * @csspart location - The job's location(s).
 * @csspart department - The department.
 * @csspart type - The employment type(s).
 * @csspart remote - The "Remote" or "Hybrid" badge (none for a job on site).
 * @csspart salary - The salary.
 * @csspart date - The `<time>` of the posting date.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart actions - The row of actions.
 * @csspart apply - The default Apply link, at the top and at the end of a long posting.
 * @csspart apply-end - The Apply link at the end of a posting longer than about a screen.
 * @csspart actions-end - The row around it.
 * @csspart apply-address - Where the Apply link goes, written out (the web address or the email
 *   address): shown only when the page is printed, where links cannot be followed.
 * @csspart copy-link - The Copy link button.
 * @csspart share - The Share button, beside Copy link where the browser can share
 *   (`navigator.share`); not shown where it cannot.
 * @csspart share-url - The text field showing the link when the clipboard is not available.
 * @csspart announcement - The live region that confirms a copied link; the message clears after a few seconds.
 * @csspart body - The posting's body.
 * @csspart body-heading - Each heading in the body (`job-detail::part(body-heading)`; `::part(body) h3` cannot work).
 * @csspart body-paragraph - Each paragraph in the body.
 * @csspart body-link - Each link in the body.
 * @csspart body-list - Each list in the body (`<ul>`, `<ol>`, `<dl>`).
 * @csspart body-list-item - Each list item in the body.
 * @csspart body-quote - Each quotation in the body.
 * @csspart body-code - Code and keys in the text of the body (`<code>`, `<kbd>`).
 * @csspart body-code-block - Each block of code in the body (`<pre>`).
 * @csspart body-table - Each table in the body.
 * @csspart body-table-cell - Each table cell in the body (`<th>`, `<td>`).
 * @csspart body-image - Each image in the body.
 * @csspart body-rule - Each horizontal rule in the body.
 * @csspart status - The loading, error, not-found and closed messages.
 * @csspart jobs-link - The link to the open jobs under the closed message (with `jobs-href`).
 * @csspart retry - The Retry button after a failed load.
 *
 * @cssprop [--job-detail-gap=var(--job-space-l, 1.5em)] - Space between header, actions and body.
 * @cssprop [--job-detail-measure=70ch] - Maximum line length of the body.
 * @cssprop [--job-body-font-family=inherit] - The body's font.
 * @cssprop [--job-body-font-size=inherit] - The body's font size.
 * @cssprop [--job-body-line-height=var(--job-line-height, 1.5)] - The body's line height.
 * @cssprop [--job-body-heading-font-family=inherit] - Font of the body's headings, for example a brand font.
 * @cssprop [--job-body-heading-font-weight=650] - Weight of the body's headings.
 * @cssprop [--job-body-heading-color=inherit] - Colour of the body's headings.
 * @cssprop [--job-body-link-color=var(--job-color-accent)] - Colour of the body's links.
 * @cssprop [--job-host-padding=var(--job-space-m, 1em)] - Space inside the element when `theme` makes it paint its own background.
 * @cssprop [--job-color-scheme=inherit] - `light`, `dark` or `light dark`: the colour scheme when no `theme` is set (default: the page's `color-scheme`).
 * @cssprop [--job-color-text=inherit] - Text colour.
 * @cssprop [--job-color-background=transparent] - Background behind the element.
 * @cssprop [--job-color-muted=currentColor at 74%] - Secondary text (metadata, quotes).
 * @cssprop [--job-color-surface=currentColor at 4%] - Background of code, table headers and messages.
 * @cssprop [--job-color-border=currentColor at 24%] - Borders and rules.
 * @cssprop [--job-color-accent=light-dark(#0b5cad, #79b8ff)] - Links and the Apply button.
 * @cssprop [--job-color-accent-text=light-dark(#ffffff, #0d1117)] - Text on the Apply button.
 * @cssprop [--job-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus rings.
 * @cssprop [--job-color-danger=light-dark(#b42318, #ff9b8f)] - Errors.
 * @cssprop [--job-font-family=inherit] - Font.
 * @cssprop [--job-font-family-mono=ui-monospace, …, monospace] - Code in the body.
 * @cssprop [--job-font-size=inherit] - Base font size.
 * @cssprop [--job-font-size-small=0.875em] - Metadata and badges.
 * @cssprop [--job-font-size-xlarge=1.625em] - The title.
 * @cssprop [--job-line-height=1.5] - Line height.
 * @cssprop [--job-radius=0.5em] - Corner radius.
 * @cssprop [--job-space-m=1em] - The spacing scale: `--job-space-2xs` (0.25em) to `--job-space-l` (1.5em).
 *
 * @fires job-apply - A visitor followed an Apply link (`JobApplyEvent`: `job`, `method` `url` or `email`, `href`).
 * @fires job-link-copy - A visitor used Copy link (`JobLinkCopyEvent`: `job`, `url`, `copied`).
 * @fires job-share - A visitor shared the job through the browser's share sheet (`JobShareEvent`: `job`, `url`).
 * @fires job-feed-error - The feed at `src` could not be loaded (`JobFeedErrorEvent`; `error.kind` is `network`, `timeout`, `http`, `too-large`, `not-json`, `not-a-feed`, or `no-valid-jobs` (it lists jobs and none passed the checks)).
 * @fires job-feed-warning - The feed loaded but skipped jobs or dropped fields (`JobFeedWarningEvent`).
 */
export class JobDetail extends LitElement {
  static override styles = [tokens, metaStyles, statusStyles, jobDetailStyles, bodyStyles];

  /** How long, in milliseconds, "Link copied" and similar messages stay visible. */
  static announcementDuration = 5000;

  static override properties = {
    job: { attribute: false },
    src: {},
    jobId: { attribute: 'job-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    shareUrl: { attribute: 'share-url' },
    applyParams: { attribute: 'apply-params' },
    theme: { reflect: true },
    orgName: { attribute: 'org-name' },
    orgUrl: { attribute: 'org-url' },
    orgLogo: { attribute: 'org-logo' },
    organization: { attribute: false },
    noJsonLd: { attribute: 'no-json-ld', type: Boolean },
    jobsHref: { attribute: 'jobs-href' },
    now: { attribute: false },
    strings: { attribute: false },
    listContext: { attribute: false },
    prerendered: { attribute: false },
    announcement: { state: true },
    fallbackUrl: { state: true },
    canShare: { state: true },
  };

  // A split feed's index has no bodies: the shown job's own file too, when it needs one.
  readonly #source = new JobWithBody(this, (job) => !this.#hasClosed(job));
  readonly #i18n: I18nController = new I18nController(this, () => this.strings ?? this.listContext?.strings, () => this.#server.replay?.lang ?? this.listContext?.lang);
  readonly #server: ServerReplay<DetailPrerenderState> = new ServerReplay(this, 'job', () => this.#i18n.loaded);

  /** The job to show. Takes precedence over `src` and `job-id`. */
  declare job: Job | undefined;
  /** URL of a job feed to load the job from, with `jobId`. */
  declare src: string | undefined;
  /** The `id` of the job to show from the feed at `src`. */
  declare jobId: string | undefined;
  /** Level of the title heading, 1–6; the body's highest heading is one level below. */
  declare headingLevel: number;
  /** The URL the Copy link button copies; defaults to the page's address. */
  declare shareUrl: string | undefined;
  /** Query parameters added to a web Apply link (`utm_source=careers`); a list's apply when unset. */
  declare applyParams: string | undefined;
  /**
   * `light`, `dark` or `auto`; unset follows the page's `color-scheme` (or `--job-color-scheme`).
   * With a theme the element paints its own background.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The hiring organization's name for the JSON-LD; replaces `organization` and the feed's. */
  declare orgName: string | undefined;
  /** The organization's web site for the JSON-LD; overrides that of `organization` or the feed's. */
  declare orgUrl: string | undefined;
  /** The organization's logo URL for the JSON-LD; overrides that of `organization` or the feed's. */
  declare orgLogo: string | undefined;
  /** Who is hiring, for the JSON-LD, in place of the feed's `organization` (a list sets it from its feed). */
  declare organization: Organization | undefined;
  /** Adds no JSON-LD to the page. */
  declare noJsonLd: boolean;
  /** Where the open jobs are listed: the link shown instead of a job that has closed. */
  declare jobsHref: string | undefined;
  /** The clock a job's closing is measured against; defaults to the current time. */
  declare now: Date | undefined;
  /** Strings that replace some of the table of the element's language, for this element only. */
  declare strings: StringsOverride | undefined;
  /** @internal What the `<job-list>` around the detail hands down: its strings, clock and organization. */
  declare listContext: ListContext | undefined;
  /** @internal What a server rendered the detail with (`job-widgets/ssr`; in the browser, its state script): its job, shown instead of loading `src` until `src` or `job-id` changes, and the clock and language its first render repeats. */
  declare prerendered: DetailPrerenderState | undefined;

  declare private announcement: string;
  // Set when the clipboard refused: the link is shown selected for the person to copy.
  declare private fallbackUrl: string | undefined;
  // Whether the browser has a share sheet: known only in the browser, so a render that repeats a
  // server's leaves the button out, as the server did.
  declare private canShare: boolean;

  // The clock of this update, read once so that closing, the file and the JSON-LD agree.
  #now = new Date();
  #body: PostingBody | undefined;
  // The body a server rendered (its HTML and headings' level), kept in place while the detail
  // shows that body: the server sanitized it, and its nodes stay (`shown` for this render).
  #servedBody: { kept: string | undefined; shown: string | undefined } = { kept: undefined, shown: undefined };
  #announcementTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // The job's JSON-LD in the page's <head>, for search engines.
    new StructuredDataController(this, () => this.#structuredData);
    this.headingLevel = 2;
    this.noJsonLd = false;
    this.announcement = '';
    this.canShare = false;
  }

  /** Moves focus to the job's title, once it is rendered; for lists that open this detail. */
  async focusHeading(options?: FocusOptions): Promise<void> {
    await this.#i18n.loaded;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.canShare = !isServer && typeof navigator.share === 'function';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearAnnouncement();
  }

  // A server's shadow root is hydrated (see `ServerReplay`).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.#server.renderRoot(() => super.createRenderRoot());
  }

  // Where the browser has no HTML Sanitizer API, the first render waits for DOMPurify's chunk, so
  // that a body is never shown without it.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = () => this.#server.scheduleUpdate(() => super.scheduleUpdate());
    if (isServer || canSanitize()) return update();
    return sanitizerReady()
      .catch(() => undefined)
      .then(update);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const replay = this.#server.replay;
    this.#now = replay ? new Date(replay.now) : (this.now ?? this.listContext?.now ?? new Date());
    // The server's job stands for the one at `src` and `job-id` until the page names another.
    if (this.hasUpdated && (changed.has('jobId') || changed.has('src'))) this.prerendered = undefined;
    if (changed.has('job') || changed.has('jobId') || changed.has('src')) {
      this.fallbackUrl = undefined;
      this.#clearAnnouncement();
    }
  }

  #hasClosed(job: Job): boolean {
    return hasClosed(job, this.#now.getTime());
  }

  get #structuredData(): StructuredDataInput | undefined {
    const job = this.#source.fullJob;
    if (this.noJsonLd || !job) return undefined;
    const context = this.listContext;
    const feedOrganization = this.prerendered ? this.prerendered.organization : this.#source.feed.organization;
    const organization = organizationOf(context ?? this, this.organization ?? context?.organization ?? feedOrganization);
    const descriptionHtml = job.html.trim() ? this.#postingBody(job.html)?.sanitizedHtml : undefined;
    return { job, organization, url: this.shareUrl || window.location.href, descriptionHtml };
  }

  async #copyLink(): Promise<void> {
    const url = this.shareUrl || window.location.href;
    const job = this.#source.job!;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('The Clipboard API is not available.');
      await navigator.clipboard.writeText(url);
      this.fallbackUrl = undefined;
      this.dispatchEvent(new JobLinkCopyEvent(job, url, true));
      await this.#announce(this.#i18n.strings.linkCopied);
    } catch {
      this.dispatchEvent(new JobLinkCopyEvent(job, url, false));
      // Insecure pages, iframes without permission and old browsers: show the link instead.
      this.fallbackUrl = url;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.share-url');
      field?.focus();
      field?.select();
      await this.#announce(this.#i18n.strings.copySelectedLink);
    }
  }

  async #share(): Promise<void> {
    const url = this.shareUrl || window.location.href;
    const job = this.#source.job!;
    try {
      await navigator.share({ title: job.title, url });
      this.dispatchEvent(new JobShareEvent(job, url));
    } catch {
      // Dismissed by the visitor, or refused: nothing was shared, and the button stays.
    }
  }

  // A click, or a middle click (a new tab, which fires no click); not the context menu's button.
  #onApply(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const href = (event.currentTarget as HTMLAnchorElement).href;
    this.dispatchEvent(new JobApplyEvent(this.#source.job!, href.startsWith('mailto:') ? 'email' : 'url', href));
  }

  // Clearing first makes a repeated message ("Link copied" twice) be announced again. The
  // message then goes after a while: it has been announced, and left on screen it would still
  // say "copied" long after, whatever happened since.
  async #announce(message: string): Promise<void> {
    this.#clearAnnouncement();
    await this.updateComplete;
    this.announcement = message;
    this.#announcementTimer = setTimeout(() => this.#clearAnnouncement(), (this.constructor as typeof JobDetail).announcementDuration);
  }

  #clearAnnouncement(): void {
    clearTimeout(this.#announcementTimer);
    this.#announcementTimer = undefined;
    this.announcement = '';
  }

  // One sanitized body per HTML string, for the page and for the JSON-LD description alike;
  // `undefined` only when DOMPurify could not be loaded.
  #postingBody(html: string): PostingBody | undefined {
    if (this.#body?.html !== html) {
      const sanitized = sanitizeHtml(html);
      this.#body = sanitized && new PostingBody(html, sanitized);
    }
    return this.#body;
  }

  // The body's highest heading is one level below the title's.
  get #bodyTopLevel(): number {
    return Math.min(6, headingLevel(this.headingLevel, 2) + 1);
  }

  #bodyNodes(job: Job): Node[] | undefined {
    const body = this.#postingBody(job.html);
    body?.levelHeadings(this.#bodyTopLevel);
    return body?.nodes;
  }

  override render(): TemplateResult {
    this.#servedBody = { kept: undefined, shown: this.#servedBody.kept };
    const strings = this.#i18n.strings;
    // Until the words of its language are there, the detail stays a placeholder, not English.
    if (!this.#i18n.ready) return renderJobSkeleton('detail', strings, 'skeleton skeleton-body');
    const job = this.#source.job;
    if (job && this.#hasClosed(job)) return this.#renderClosed(job);
    if (job) return this.#source.fileUrl ? this.#renderFromFile(job) : this.#renderJob(job);
    return renderFeedState(this.#source.feed, strings, { rootPart: 'detail', lastRow: 'skeleton skeleton-body', invalidJob: Boolean(this.job) });
  }

  #renderClosed(job: Job): TemplateResult {
    const href = this.jobsHref ? safeUrl(this.jobsHref) : undefined;
    const action = href ? html`<a part="jobs-link" class="button" href=${href}>${this.#i18n.strings.back}</a>` : undefined;
    return renderClosedJob(job, this.#i18n.strings, { rootPart: 'detail', action });
  }

  // The index's summary shows at once; the body and the ways to apply follow with the file.
  #renderFromFile(summary: Job): TemplateResult {
    const file = this.#source.file;
    const loaded = file.status === 'complete' ? file.jobs[0] : undefined;
    if (loaded?.id === summary.id) return this.#renderJob(loaded);
    const strings = this.#i18n.strings;
    const state = file.status === 'error' ? renderLoadError(file, strings, 'body') : bodyPlaceholder();
    return this.#renderJob(summary, state);
  }

  #renderJob(job: Job, bodyState?: TemplateResult): TemplateResult {
    const header = renderJobHeader(job, { level: this.headingLevel, fallbackLevel: 2, tabindex: '-1', locale: this.#i18n.locale, strings: this.#i18n.strings });
    return html`<article part="detail" class="root detail ${this.#server.replay ? 'prerendered' : ''}">
      <header part="header" class="header">
        ${header}
      </header>
      ${this.#renderActions(job)}
      ${bodyState ?? this.#renderBody(job)}
      ${!bodyState && job.html.length > LONG_BODY ? this.#renderApplyAtEnd(job) : nothing}
    </article>`;
  }

  // The posting's body: sanitized nodes in the browser. A server has no DOM to sanitize into: it
  // renders what `setServerBody` gives, else the body's placeholder until the browser's render.
  // Hydrating, the server's body stays (`noChange`), and so it does while the detail shows it.
  #renderBody(job: Job): unknown {
    if (!job.html.trim()) return nothing;
    const served = `${this.#bodyTopLevel} ${job.html}`;
    let content: unknown;
    if (isServer) {
      content = renderServerBody(job.html, this.#bodyTopLevel);
      if (content === undefined) return bodyPlaceholder();
    } else if (this.#server.replay || this.#servedBody.shown === served) {
      this.#servedBody.kept = served;
      content = noChange;
    } else {
      content = this.#bodyNodes(job);
      if (content === undefined) return bodyPlaceholder();
    }
    return html`<div part="body" class="body" lang=${job.lang ?? nothing} dir=${job.dir ?? 'auto'}>${content}</div>`;
  }

  // Where Apply goes: the job's web address with the site's attribution, or its email address.
  #applyHref(job: Job): string | undefined {
    return applyHref(job.applyUrl, this.applyParams ?? this.listContext?.applyParams) ?? mailtoUrl(job.contact);
  }

  #renderApplyLink(href: string | undefined, part: string): TemplateResult | typeof nothing {
    if (!href) return nothing;
    const strings = this.#i18n.strings;
    return html`<a part=${part} class="button primary" href=${href} @click=${this.#onApply} @auxclick=${this.#onApply}>${href.startsWith('mailto:') ? strings.applyByEmail : strings.apply}</a>`;
  }

  #renderApplyAtEnd(job: Job): TemplateResult {
    return html`<div part="actions-end" class="actions actions-end">
      <slot name="apply-end">${this.#renderApplyLink(this.#applyHref(job), 'apply apply-end')}</slot>
    </div>`;
  }

  #renderActions(job: Job): TemplateResult {
    const apply = this.#applyHref(job);
    const strings = this.#i18n.strings;
    // A printed page cannot follow a link: the address is written out (an email without `mailto:`).
    const address = apply?.startsWith('mailto:') ? apply.slice('mailto:'.length).split('?')[0] : apply;
    return html`<div part="actions" class="actions">
      <slot name="apply">${this.#renderApplyLink(apply, 'apply')}</slot>
      ${address ? html`<span part="apply-address" class="apply-address">${address}</span>` : nothing}
      <button part="copy-link" class="button needs-script" type="button" @click=${this.#copyLink}>${strings.copyLink}</button>
      ${this.canShare && !this.#server.replay ? html`<button part="share" class="button" type="button" @click=${this.#share}>${strings.share}</button>` : nothing}
      ${this.fallbackUrl !== undefined
        ? html`<input
            part="share-url"
            class="share-url"
            type="url"
            readonly
            aria-label=${strings.shareUrl}
            .value=${this.fallbackUrl}
          />`
        : nothing}
      <span part="announcement" role="status">${this.announcement}</span>
    </div>`;
  }
}
