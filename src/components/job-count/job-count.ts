import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { FeedController } from '../../feed/feed-controller.js';
import { hasClosed } from '../../feed/open-jobs.js';
import { localeOf } from '../../format/locale.js';
import { formatNumber } from '../../i18n/format.js';
import { SCOPE_PROPERTIES, checkScope, inScope, scopeKey } from '../shared/scope.js';

/**
 * The number of open jobs in a feed, for a site's navigation ("Careers 12"): only the number,
 * written as the element's language writes numbers (the closest `lang` when it connects, else the
 * page's). Nothing is shown while the feed loads or when it cannot be loaded. Only open jobs are
 * counted: a job whose `validThrough` has passed is not, by the rule `<job-list>` uses. The scope
 * attributes count one team's jobs, as they scope a `<job-list>`.
 *
 * A `<job-list>` on the same page with the same `src` shares the one request.
 *
 * @tag job-count
 * @summary The number of open jobs of a feed, or of one department, place or kind of job.
 *
 * @attr src - URL of the job feed.
 * @attr department - Counts only the jobs of this department.
 * @attr location - Counts only the jobs in this location.
 * @attr type - Counts only the jobs of this employment type (`FULL_TIME`, `PART_TIME`…; `full-time`
 *   too).
 * @attr remote - Counts only remote jobs (`remote`), hybrid ones (`hybrid`) or on-site ones (`onsite`).
 *
 * @csspart count - The number.
 *
 * @cssprop [--job-color-text=inherit] - The number's colour (the text around it by default).
 * @cssprop [--job-font-family=inherit] - The number's font.
 *
 * @fires job-feed-error - The feed could not be loaded (`JobFeedErrorEvent`); nothing is shown.
 * @fires job-feed-warning - Some jobs were skipped (`JobFeedWarningEvent`); the rest are counted.
 */
export class JobCount extends LitElement {
  // The text around it by default: a count sits in a link or a heading of the site's own.
  static override styles = css`
    :host {
      color: var(--job-color-text, inherit);
      font-family: var(--job-font-family, inherit);
    }

    :host([hidden]) {
      display: none;
    }
  `;

  static override properties = {
    src: {},
    now: { attribute: false },
    ...SCOPE_PROPERTIES,
  };

  readonly #feed = new FeedController(this);

  /** URL of the job feed. */
  declare src: string | undefined;
  /** The clock that closes jobs; defaults to the current time. */
  declare now: Date | undefined;
  /** Counts only one department's jobs. */
  declare department: string | undefined;
  /** Counts only the jobs in one location. */
  declare location: string | undefined;
  /** Counts only one employment type (`FULL_TIME`…). */
  declare type: string | undefined;
  /** Counts only remote (`remote`), hybrid (`hybrid`) or on-site (`onsite`) jobs. */
  declare remote: string | undefined;

  // Read when the element connects: a server has no DOM to read it from.
  #locale = 'en';
  // The number of open jobs in the scope; -1 while the feed is not in.
  #shown = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#locale = localeOf(this);
  }

  // The number is decided here, before the render shows it and `updated` reads it.
  protected override willUpdate(): void {
    this.#feed.load(this.src);
    const now = this.now?.getTime() ?? Date.now();
    this.#shown = this.#feed.status === 'complete' ? inScope(this.#feed.jobs, scopeKey(this)).filter((job) => !hasClosed(job, now)).length : -1;
  }

  // No open job in the scope: perhaps none matches at all, which the console is told (`checkScope`).
  protected override updated(): void {
    if (this.#shown === 0) checkScope(this, scopeKey(this), this.#feed.jobs);
  }

  override render(): TemplateResult | typeof nothing {
    if (this.#shown < 0) return nothing;
    return html`<span part="count">${formatNumber(this.#shown, this.#locale)}</span>`;
  }
}
