import { LitElement, html, type TemplateResult } from 'lit';
import { hasClosed } from '../../feed/open-jobs.js';
import type { Job } from '../../feed/types.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import type { StringsOverride } from '../../i18n/strings.js';
import { safeUrl } from '../../sanitize/url.js';
import { tokens } from '../../themes/tokens.js';
import { renderJobHeader } from '../shared/job-header.js';
import { metaStyles } from '../shared/job-meta.js';
import { JobSource } from '../shared/job-source.js';
import type { ListContext } from '../shared/list-context.js';
import { hydrationTurn, serverRenderRoot, willHydrate } from '../shared/prerender.js';
import { renderClosedJob, renderFeedState, renderJobSkeleton, statusStyles } from '../shared/status.js';
import { jobCardStyles } from './job-card.styles.js';

/**
 * Give it a `job` property, or `src` and `job-id` to load the job from a feed. With `href` the
 * title is a real link whose click area covers the whole card.
 *
 * The posting's own words (title, summary, locations, department, a salary in words, tags)
 * carry the job's `lang` and `dir` (`dir="auto"` when the feed gives none); the card's own
 * labels, dates and employment types stay in the page's language and direction.
 *
 * A job whose `validThrough` has passed when the card renders (a feed built before the job
 * closed) shows only its title and "This position has closed", and no link. A `<job-list>`
 * shows no closed job at all.
 *
 * Its words come from the table of its language: the closest `lang` (its own, or an
 * ancestor's, through shadow roots), else the page's; English and the languages the README
 * lists (Languages) are built in, and an app can change any string with `setStrings()` or the
 * `strings` property. Dates and numbers are formatted in that language too.
 *
 * The posting date reads "today", "yesterday", "3 days ago"… in calendar days of the visitor's
 * time zone: a date-only `datePosted` is that calendar day, so a job dated today reads "today"
 * in Tokyo in the morning and in Los Angeles in the evening.
 *
 * @tag job-card
 * @summary One job at a glance: title, where, what kind, pay, when, and a summary.
 *
 * @attr src - URL of a job feed to load the job from (with `job-id`).
 * @attr job-id - The `id` of the job to show from the feed at `src`.
 * @attr href - Where the card links to. Without it the card is not a link.
 * @attr heading-level - Level of the title heading, 1–6 (default 3).
 * @attr theme - `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset follows the page.
 *   With `theme` the element paints its own background, with the corners of `--job-radius`.
 *
 * @slot error - Replaces the message shown when the job could not be loaded (Retry stays).
 *
 * @csspart card - The `<article>` around everything.
 * @csspart featured - The same `<article>`, when the job is featured (`featured: true`), for a highlight: `job-list::part(featured) { border-color: gold }`.
 * @csspart heading - The title heading.
 * @csspart link - The title link (present only with `href`).
 * @csspart meta - The line of metadata.
 * @csspart location - The job's location(s).
 * @csspart department - The department.
 * @csspart type - The employment type(s).
 * @csspart remote - The "Remote" or "Hybrid" badge (none for a job on site).
 * @csspart salary - The salary.
 * @csspart date - The `<time>` of the posting date.
 * @csspart summary - The summary paragraph.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart status - The loading, error, not-found and closed messages.
 * @csspart retry - The Retry button after a failed load.
 *
 * @cssprop [--job-card-padding=var(--job-space-m, 1em)] - Space inside the card.
 * @cssprop [--job-card-gap=var(--job-space-xs, 0.5em)] - Space between the card's rows.
 * @cssprop [--job-card-background=var(--job-color-surface)] - The card's background.
 * @cssprop [--job-color-scheme=inherit] - `light`, `dark` or `light dark`: the colour scheme when no `theme` is set (default: the page's `color-scheme`).
 * @cssprop [--job-color-text=inherit] - Text colour.
 * @cssprop [--job-color-background=transparent] - Background behind the element.
 * @cssprop [--job-color-muted=currentColor at 74%] - Secondary text (metadata).
 * @cssprop [--job-color-surface=currentColor at 4%] - Background of cards and messages.
 * @cssprop [--job-color-border=currentColor at 24%] - Borders.
 * @cssprop [--job-color-accent=light-dark(#0b5cad, #79b8ff)] - Links and primary buttons.
 * @cssprop [--job-color-accent-text=light-dark(#ffffff, #0d1117)] - Text on the accent colour.
 * @cssprop [--job-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus rings.
 * @cssprop [--job-color-danger=light-dark(#b42318, #ff9b8f)] - Errors.
 * @cssprop [--job-font-family=inherit] - Font.
 * @cssprop [--job-font-size=inherit] - Base font size.
 * @cssprop [--job-font-size-small=0.875em] - Metadata and badges.
 * @cssprop [--job-font-size-large=1.25em] - The card title.
 * @cssprop [--job-line-height=1.5] - Line height.
 * @cssprop [--job-radius=0.5em] - Corner radius.
 * @cssprop [--job-space-2xs=0.25em] - Smallest gap; also `--job-space-xs` (0.5em), `-s` (0.75em), `-m` (1em), `-l` (1.5em), `-xl` (2em).
 * @cssprop [--job-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 1px 3px rgb(0 0 0 / 0.1)] - Card shadow; `--job-shadow-hover` on hover of a linked card.
 *
 * @fires job-feed-error - The feed at `src` could not be loaded (`JobFeedErrorEvent`; `error.kind` is `network`, `timeout`, `http`, `too-large`, `not-json`, `not-a-feed`, or `no-valid-jobs` (it lists jobs and none passed the checks)).
 * @fires job-feed-warning - The feed loaded but skipped jobs or dropped fields (`JobFeedWarningEvent`).
 */
export class JobCard extends LitElement {
  static override styles = [tokens, metaStyles, statusStyles, jobCardStyles];

  static override properties = {
    job: { attribute: false },
    src: {},
    jobId: { attribute: 'job-id' },
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    now: { attribute: false },
    strings: { attribute: false },
    listContext: { attribute: false },
  };

  readonly #source = new JobSource(this);
  readonly #i18n = new I18nController(
    this,
    () => this.strings ?? this.listContext?.strings,
    () => this.listContext?.lang,
  );

  /** The job to show. Takes precedence over `src` and `job-id`. */
  declare job: Job | undefined;
  /** URL of a job feed to load the job from, with `jobId`. */
  declare src: string | undefined;
  /** The `id` of the job to show from the feed at `src`. */
  declare jobId: string | undefined;
  /** Where the card links to; only `http:`, `https:`, `mailto:` and relative URLs are used. */
  declare href: string | undefined;
  /** Level of the title heading, 1–6. */
  declare headingLevel: number;
  /**
   * `light`, `dark` or `auto`; unset follows the page's `color-scheme` (or `--job-color-scheme`).
   * With a theme the element paints its own background.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** The clock relative dates and closing are measured against; defaults to the current time. */
  declare now: Date | undefined;
  /** Strings that replace some of the table of the card's language, for this card only. */
  declare strings: StringsOverride | undefined;
  /** @internal What the `<job-list>` around the card hands down: its strings and clock. */
  declare listContext: ListContext | undefined;

  // Whether the card hydrates a server's shadow root.
  #hydrating = false;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  /** Moves focus to the card's link (a card with `href`), once it is rendered; for lists. */
  async focusLink(options?: FocusOptions): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="link"]')?.focus(options);
  }

  // A card a server rendered in a list's shadow root hydrates with the list, from what the list
  // gives it; the list repeats the server's render for it (see `shared/prerender.ts`).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#hydrating = willHydrate(this);
    return serverRenderRoot(this, () => super.createRenderRoot(), this.#hydrating);
  }

  // A page of server's cards hydrates in slices, the main thread given back between them.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#hydrating && !this.hasUpdated ? hydrationTurn().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override render(): TemplateResult {
    const strings = this.#i18n.strings;
    // Until the words of its language are there, the card stays a placeholder, not English.
    if (!this.#i18n.ready) return renderJobSkeleton('card', strings);
    const job = this.#source.job;
    if (!job) return renderFeedState(this.#source.feed, strings, { rootPart: 'card', invalidJob: Boolean(this.job) });
    // The clock of this render, read once so that closing and dates agree.
    const now = this.now ?? this.listContext?.now ?? new Date();
    if (hasClosed(job, now.getTime())) return renderClosedJob(job, strings, { rootPart: 'card' });
    const href = this.href ? safeUrl(this.href) : undefined;
    // A featured job's card is also the part `featured`, for a page to highlight it with CSS alone.
    return html`<article part=${job.featured ? 'card featured' : 'card'} class="root card">
      ${renderJobHeader(job, { level: this.headingLevel, fallbackLevel: 3, href, locale: this.#i18n.locale, strings, now })}
    </article>`;
  }
}
