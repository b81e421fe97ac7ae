/**
 * The filters' pop-over panels: at most one is open, anchored under its button, over the
 * content below instead of pushing it down. It closes on Escape (focus goes back to its
 * button), on a press or focus outside it, and when another opens; while open it is kept
 * inside the viewport, so a filter at the end of the row works on a narrow screen too.
 *
 * The host renders, for each filter `name`, a button `#filter-button-<name>` and a panel
 * `#filter-panel-<name>` inside one group element, and asks `isOpen(name)`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Space kept between a panel and the edges of the viewport, in CSS pixels.
const VIEWPORT_MARGIN = 8;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FilterPopover implements ReactiveController {
  readonly #host: Host;
  #open: string | undefined;
  #listening = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the panel of filter `name` is open. */
  isOpen(name: string): boolean {
    return this.#open === name;
  }

  /** The filter whose panel is open, if any. */
  get openName(): string | undefined {
    return this.#open;
  }

  /** Opens the panel of `name`, closing any other, or closes it if it is open. */
  toggle(name: string): void {
    this.#set(this.#open === name ? undefined : name);
  }

  /** Closes the open panel; with `returnFocus`, focus goes back to its button. */
  close(returnFocus = false): void {
    const name = this.#open;
    if (name === undefined) return;
    this.#set(undefined);
    if (returnFocus) this.#element('button', name)?.focus();
  }

  /** For the group's `keydown`: Escape closes its panel. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#open === undefined) return;
    // Handled here: a dialog around the list should not close as well.
    event.stopPropagation();
    this.close(true);
  };

  /** For the group's `focusout`: focus that leaves the group (Tab past the last option) closes it. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const group = event.currentTarget as HTMLElement;
    const next = event.relatedTarget;
    if (next instanceof Node && !group.contains(next)) this.close();
  };

  hostUpdated(): void {
    if (this.#open !== undefined) this.#place();
  }

  hostConnected(): void {
    if (this.#open !== undefined) this.#listen(true);
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  #set(name: string | undefined): void {
    this.#open = name;
    this.#listen(name !== undefined);
    this.#host.requestUpdate();
  }

  #element(kind: 'button' | 'panel', name: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#filter-${kind}-${name}`);
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) {
      window.addEventListener('pointerdown', this.#onPointerDown, true);
      window.addEventListener('resize', this.#onResize);
    } else {
      window.removeEventListener('pointerdown', this.#onPointerDown, true);
      window.removeEventListener('resize', this.#onResize);
    }
  }

  readonly #onPointerDown = (event: PointerEvent): void => {
    const group = this.#open === undefined ? null : this.#element('panel', this.#open)?.parentElement;
    if (group && !event.composedPath().includes(group)) this.close();
  };

  readonly #onResize = (): void => this.#place();

  // Moves the panel along the line (never resizes the row) so that it stays inside the viewport.
  // The shift is logical, like the panel's inset-inline-start: positive is towards the end of
  // the line, leftwards on a right-to-left page. When the panel cannot fit both ways, its start
  // edge, where reading begins, is the one kept in view.
  #place(): void {
    const panel = this.#open === undefined ? null : this.#element('panel', this.#open);
    if (!panel || panel.hidden) return;
    const width = document.documentElement.clientWidth;
    panel.style.setProperty('--_panel-max', `${Math.max(width - 2 * VIEWPORT_MARGIN, 0)}px`);
    panel.style.setProperty('--_panel-shift', '0px');
    const { left, right } = panel.getBoundingClientRect();
    const rtl = getComputedStyle(panel).direction === 'rtl';
    const roomBeforeStart = rtl ? width - VIEWPORT_MARGIN - right : left - VIEWPORT_MARGIN;
    const overflowAfterEnd = rtl ? VIEWPORT_MARGIN - left : right - (width - VIEWPORT_MARGIN);
    let shift = 0;
    if (overflowAfterEnd > 0) shift = -overflowAfterEnd;
    if (roomBeforeStart + shift < 0) shift = -roomBeforeStart;
    panel.style.setProperty('--_panel-shift', `${shift}px`);
  }
}
