/**
 * The loading-failed, not-found and closed messages of `<job-card>` and `<job-detail>`: one box
 * with the same parts, roles and spacing in both.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from '../../feed/feed-controller.js';
import type { Job } from '../../feed/types.js';
import type { Strings } from '../../i18n/strings.js';

export interface StatusOptions {
  /** The element's root part, added to `status` so a designer can style both at once. */
  rootPart: string;
  /** A button under the message, such as Retry. */
  action?: TemplateResult;
  /** Errors are alerts and get the danger colour; other messages are polite statuses. */
  isError?: boolean;
  /** The name of a slot that replaces the message. */
  slot?: string;
}

export function renderStatus(message: string, { rootPart, action, isError = false, slot }: StatusOptions): TemplateResult {
  const text = html`<p class="status-text">${message}</p>`;
  return html`<div part="${rootPart} status" class="root message status ${isError ? 'error' : ''}" role=${isError ? 'alert' : 'status'}>
    ${slot ? html`<slot name=${slot}>${text}</slot>` : text}
    ${action ?? nothing}
  </div>`;
}

/**
 * A job whose `validThrough` has passed: its title, in the posting's language, and "This
 * position has closed", never its metadata or a way to apply. `action` leads back to the open
 * jobs where the element knows them.
 */
export function renderClosedJob(job: Job, strings: Strings, { rootPart, action }: Omit<StatusOptions, 'isError'>): TemplateResult {
  return html`<div part="${rootPart} status" class="root message status closed" role="status">
    <p class="status-text">
      <strong class="closed-title" lang=${job.lang ?? nothing} dir=${job.dir ?? 'auto'}>${job.title}</strong>
      <span>${strings.jobClosed}</span>
    </p>
    ${action ?? nothing}
  </div>`;
}

/**
 * The placeholder of a single-job element while its job loads, in the element's shape: the
 * root part (`card`, `detail`), and the classes of its last row (`skeleton skeleton-body` for a
 * detail).
 */
export function renderJobSkeleton(rootPart: string, strings: Strings, lastRow = 'skeleton'): TemplateResult {
  return html`<article part=${rootPart} class="root ${rootPart}" aria-busy="true" aria-label=${strings.loadingJob}>
    <span class="skeleton skeleton-heading"></span>
    <span class="skeleton skeleton-meta"></span>
    <span class=${lastRow}></span>
  </article>`;
}

/**
 * What a single-job element shows while it has no job to render: its loading placeholder
 * (`renderJobSkeleton`), the feed's error with Retry, or "no longer listed".
 */
export function renderFeedState(
  feed: FeedController,
  strings: Strings,
  { rootPart, lastRow, invalidJob }: { rootPart: string; lastRow?: string; invalidJob: boolean },
): TemplateResult {
  if (invalidJob) return renderStatus(strings.jobInvalid, { rootPart });
  switch (feed.status) {
    case 'loading':
      return renderJobSkeleton(rootPart, strings, lastRow);
    case 'error':
      return renderLoadError(feed, strings, rootPart);
    case 'complete':
      return renderStatus(strings.jobGone, { rootPart });
    default:
      return html``;
  }
}

/**
 * A failed load: a few words for visitors in the element's language (or the site's, in the `error`
 * slot) and Retry. What failed goes to `job-feed-error` and the console.
 */
export function renderLoadError(feed: FeedController, strings: Strings, rootPart: string): TemplateResult {
  return renderStatus(strings.jobLoadFailed, {
    rootPart,
    slot: 'error',
    action: html`<button part="retry" class="button" type="button" @click=${() => feed.retry()}>${strings.retry}</button>`,
    isError: true,
  });
}

export const statusStyles = css`
  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
  }

  .status-text {
    margin: 0;
  }

  .closed-title {
    display: block;
  }
`;
