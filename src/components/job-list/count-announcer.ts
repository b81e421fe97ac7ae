/**
 * What the list's polite live region says. A count announced on every keystroke would cut off
 * the previous announcement and the letters the screen reader echoes, so while someone types the
 * region waits for a pause; any other change (a filter, the feed arriving) is announced at once.
 * The visible count does not wait.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CountAnnouncer implements ReactiveController {
  /** Milliseconds of typing pause before the count is announced. */
  static pause = 400;

  readonly #host: ReactiveControllerHost;
  #announced = '';
  #latest = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The text for the live region. */
  get text(): string {
    return this.#announced;
  }

  /** Takes the count now shown; with `typing`, announces it once typing pauses. */
  show(text: string, typing: boolean): void {
    this.#latest = text;
    if (text === this.#announced) {
      this.cancel();
    } else if (typing) {
      this.cancel();
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#announced = this.#latest;
        this.#host.requestUpdate();
      }, CountAnnouncer.pause);
    } else if (this.#timer === undefined) {
      this.#announced = text;
    }
    // Otherwise a pause is awaited, and the count at the end of it is announced.
  }

  /** Drops a pending announcement, so that the next change is announced at once. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
