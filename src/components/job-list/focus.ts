/**
 * Where focus goes when a `<job-list>` changes what it shows because of a person, so that keyboard
 * and screen reader users continue from the right place: to the first control after Retry or
 * Clear all, and to the first card a "Show more" added; and, through the in-place navigation's
 * router once loaded (`in-place.ts`), to the title of the job they opened, to a "not found" or
 * "closed" message, and back on the list to the card they had opened or the first control.
 *
 * Owns the moves the host asks for and the view shown last. Inputs: `view()`, this update's, and
 * the navigation's moves by a person (`takeMove()`) and router. Moves happen after the render
 * (`hostUpdated`); cards take focus through `JobCard.focusLink()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JobCard } from '../job-card/job-card.js';
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

  /** Focuses the search box, else the first filter, else Retry, else the first card. */
  firstControl(): void {
    const target = this.#host.renderRoot.querySelector<HTMLElement>('[part~="search"], [part~="filter-summary"]:not(:disabled), [part~="retry"]');
    if (target) target.focus();
    else void this.card()?.focusLink?.();
  }

  hostUpdated(): void {
    const view = this.#view();
    const previous = this.#shown;
    // A change of view that a person made (another job or back) moves focus; while the router
    // that decides it loads, the move waits for the view it leads to.
    if (!this.#navigation.waiting) {
      this.#shown = view;
      if (this.#navigation.takeMove() && view !== previous) void this.#navigation.router?.moveFocus(view, previous, this);
    }
    if (this.cardId !== undefined) {
      void this.card(this.cardId)?.focusLink?.();
      this.cardId = undefined;
    }
    if (this.toFirstControl && view !== 'loading') {
      this.toFirstControl = false;
      this.firstControl();
    }
  }

  /** The card of job `id` (without: the first card). */
  card(id?: string): JobCard | undefined {
    const cards = this.#host.renderRoot.querySelectorAll<JobCard>('job-card');
    return id === undefined ? cards[0] : [...cards].find((card) => card.job?.id === id);
  }
}
