/**
 * `job-search` for analytics: one event per search a visitor typed, once typing has paused,
 * with how many jobs it found, rather than one per keystroke. A search set by script or emptied
 * by Clear all is no visitor's search and sends none.
 *
 * A chunk of its own (loaded by the list's first keystroke), with the event's class.
 *
 * Owns the pause's timer and the text waiting for it. Inputs: `typed()` from the search box's
 * handler, and `count()`, the matches of the host's last update (none while loading). Dispatches
 * on the host; the pause ends after the host's update for the last keystroke, so the count is
 * that text's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JobSearchEvent } from '../../events/job-search.js';

export class SearchReporter implements ReactiveController {
  /** Milliseconds of typing pause before a search is reported. */
  static pause = 1000;

  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #count: () => number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  // A search typed while the jobs load waits for them, to be reported with its count.
  #waiting: string | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, count: () => number | undefined) {
    this.#host = host;
    this.#count = count;
    host.addController(this);
  }

  /** The search box now holds `query`: reported once typing pauses. */
  typed(query: string): void {
    this.cancel();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#waiting = query;
      this.hostUpdated();
    }, SearchReporter.pause);
  }

  /** Drops a search not reported yet. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#waiting = undefined;
  }

  hostUpdated(): void {
    const count = this.#count();
    if (this.#waiting === undefined || count === undefined) return;
    const query = this.#waiting;
    this.#waiting = undefined;
    this.#host.dispatchEvent(new JobSearchEvent(query, count));
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
