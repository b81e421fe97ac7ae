/**
 * A keystroke in the search box updates the first CARDS_AT_ONCE cards (more than a screenful) in
 * its own update; the cards after them keep what they showed (below the fold, they are not
 * re-rendered) and no new ones are made, until a follow-up update in the next task renders the
 * whole page. Updating 100 cards in one task came close to 50 ms on a slow machine.
 *
 * Owns whether this update is staged, the jobs of the cards rendered last, and the wait for the
 * rest (`pending`, which the host's `updateComplete` waits for). Inputs: `keystroke()` from the
 * search box, and each update's jobs (`cards()`). Asks the host for the follow-up update,
 * scheduled in `hostUpdated`, never during a render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Job } from '../../feed/types.js';

const CARDS_AT_ONCE = 30;

export class StagedCards implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #typed = false;
  #staging = false;
  #followUp = false;
  #rendered: Job[] = [];
  #rest: Promise<void> | undefined;
  #restDone: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The wait for the rest of the cards, while a staged update has left some behind. */
  get pending(): Promise<void> | undefined {
    return this.#rest;
  }

  /** A keystroke in the search box: the next update is staged. */
  keystroke(): void {
    this.#typed = true;
  }

  /** Starts an update; whether it comes from a keystroke (the count's announcement waits too). */
  take(): boolean {
    this.#staging = this.#typed;
    this.#typed = false;
    return this.#staging;
  }

  /**
   * The jobs for the cards of this update: `visible`, or while staged, its first CARDS_AT_ONCE
   * with the jobs the cards after them showed. Without `visible` (cards in groups, which are not
   * staged), forgets what was rendered.
   */
  cards(visible: Job[] = []): Job[] {
    const previous = this.#rendered;
    let cards = visible;
    if (this.#staging && visible.length > CARDS_AT_ONCE) {
      cards = visible.slice(0, Math.max(CARDS_AT_ONCE, previous.length)).map((job, index) => (index < CARDS_AT_ONCE ? job : (previous[index] ?? job)));
      this.#rest ??= new Promise<void>((resolve) => (this.#restDone = resolve));
      this.#followUp = true;
    }
    this.#rendered = cards;
    return cards;
  }

  hostUpdated(): void {
    if (this.#followUp) {
      this.#followUp = false;
      setTimeout(() => this.#host.requestUpdate());
    }
    if (!this.#staging && this.#rest) {
      this.#restDone!();
      this.#rest = undefined;
    }
  }
}
