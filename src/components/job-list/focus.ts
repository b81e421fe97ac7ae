/**
 * Where focus goes when a `<job-list>` changes what it shows because of a person, so that keyboard
 * and screen reader users continue from the right place: to the title of the job they opened; to
 * a "not found" or "closed" message; back on the list, to the card they had opened (with the
 * page scrolled back) or, from a message, to the first control; to the first control after Retry
 * or Clear all; and to the first card a "Show more" added.
 *
 * Owns the moves the host asks for and the view shown last. Inputs: `view()`, this update's, and
 * the navigation's open job, a person's moves (`takeMove()`) and scroll memory. Moves happen
 * after the render (`hostUpdated`); cards take focus through `JobCard.focusLink()`, the detail
 * through `JobDetail.focusHeading()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JobCard } from '../job-card/job-card.js';
import type { JobDetail } from '../job-detail/job-detail.js';
import { loadJobDetail } from '../job-detail/lazy.js';
import type { View } from './list-view.js';
import type { InPlaceNavigation } from './navigation.js';

type FocusHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FocusMoves implements ReactiveController {
  readonly #host: FocusHost;
  readonly #view: () => View;
  readonly #navigation: InPlaceNavigation;
  #shown: View = 'loading';
  /** Set by Retry and Clear all: the first control takes focus once the list is not loading. */
  toFirstControl = false;
  /** The job whose card takes focus once rendered: the first a "Show more" added. */
  cardId: string | undefined;

  constructor(host: FocusHost, view: () => View, navigation: InPlaceNavigation) {
    this.#host = host;
    this.#view = view;
    this.#navigation = navigation;
    host.addController(this);
  }

  // The search box, else the first filter, else Retry, else the first card.
  #firstControl(): void {
    const target = this.#host.renderRoot.querySelector<HTMLElement>('[part~="search"], [part~="filter-summary"]:not(:disabled), [part~="retry"]');
    if (target) target.focus();
    else void this.#card()?.focusLink?.();
  }

  hostUpdated(): void {
    const view = this.#view();
    const previous = this.#shown;
    this.#shown = view;
    // A change of view that a person made (another job or back) moves focus.
    if (this.#navigation.takeMove() && view !== previous) void this.#move(view, previous);
    if (this.cardId !== undefined) {
      void this.#card(this.cardId)?.focusLink?.();
      this.cardId = undefined;
    }
    if (this.toFirstControl && view !== 'loading') {
      this.toFirstControl = false;
      this.#firstControl();
    }
  }

  // The card of job `id` (without: the first card).
  #card(id?: string): JobCard | undefined {
    const cards = this.#host.renderRoot.querySelectorAll<JobCard>('job-card');
    return id === undefined ? cards[0] : [...cards].find((card) => card.job?.id === id);
  }

  async #move(view: View, previous: View): Promise<void> {
    await this.#host.updateComplete;
    if (view.startsWith('detail:')) {
      await loadJobDetail();
      // Not upgraded if the list left the page meanwhile: there is nothing to focus then.
      await this.#host.renderRoot.querySelector<JobDetail>('job-detail')?.focusHeading?.();
    } else if (view === 'not-found' || view.startsWith('closed:')) {
      // The message of either (`renderGone`).
      this.#host.renderRoot.querySelector<HTMLElement>('.not-found')?.focus();
    } else if (view === 'list' && previous.startsWith('detail:')) {
      // With a job still named in the URL, another list has opened it and takes focus.
      if (this.#navigation.openId === undefined) await this.#backToCard(previous.slice('detail:'.length));
    } else if (view === 'list' && (previous === 'not-found' || previous.startsWith('closed:'))) {
      this.#firstControl();
    }
  }

  // Back at the list: the page scrolls to where the person left it and the card they opened has
  // focus, so keyboard and screen reader users continue from the same place.
  async #backToCard(id: string): Promise<void> {
    const scroll = this.#navigation.takeScroll(id);
    const card = this.#card(id);
    if (card) await card.updateComplete;
    if (scroll) window.scrollTo(scroll.x, scroll.y);
    await card?.focusLink?.(scroll ? { preventScroll: true } : undefined);
  }
}
