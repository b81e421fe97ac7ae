/**
 * The filters' pop-over panels: at most one is open, anchored under its button, over the
 * content below instead of pushing it down. It closes on Escape (focus goes back to its
 * button), on a press or focus outside it, and when another opens; while open it is kept
 * inside the viewport, so a filter at the end of the row works on a narrow screen too. A panel
 * opens with its most common values: the text typed in its find box (`find`) starts empty.
 *
 * Owns which panel is open, the find box's text, and each filter's group, button and panel:
 * the host renders them with `renderFilter()`, giving the button's label and the panel's
 * content, so the elements this controller looks up are its own markup, not a contract with the
 * host's template. (Lit's `ref()` would hand them over too, but its AsyncDirective costs 0.8 kB
 * gzip, more than the script-tag bundle's budget leaves.) Asks the host for an update when a
 * panel opens or closes and when the find box changes; places the open panel after each update
 * and on resize.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

// Space kept between a panel and the edges of the viewport, in CSS pixels.
const VIEWPORT_MARGIN = 8;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FilterPopover implements ReactiveController {
  readonly #host: Host;
  #open: string | undefined;
  #listening = false;
  /** The text typed in the open filter's find box (a filter of more values than it shows). */
  find = '';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Filter `name`'s group: its button (`label`, then `badge`) and its panel (`content`, under a
   * legend of `label`); `disabled` while the list has no jobs (the panel stays closed).
   */
  renderFilter(name: string, label: string, badge: unknown, content: unknown, disabled: boolean): TemplateResult {
    const open = !disabled && this.#open === name;
    return html`<div part="filter-group" class="filter-group" @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
      <button
        part="filter-summary"
        class="filter-summary"
        id="filter-button-${name}"
        type="button"
        aria-expanded=${open}
        aria-controls="filter-panel-${name}"
        ?disabled=${disabled}
        @click=${() => this.#toggle(name)}
      >
        ${label}${badge}
        <svg part="filter-chevron" class="chevron" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
          <path d="M1.5 1.75 6 6.25l4.5-4.5" />
        </svg>
      </button>
      <fieldset part="filter-options" class="filter-options" id="filter-panel-${name}" ?hidden=${!open}>
        <legend class="visually-hidden">${label}</legend>
        ${content}
      </fieldset>
    </div>`;
  }

  /** The filter whose panel is open, if any. */
  get openName(): string | undefined {
    return this.#open;
  }

  // Opens the panel of `name`, closing any other, or closes it if it is open.
  #toggle(name: string): void {
    this.find = '';
    this.#set(this.#open === name ? undefined : name);
  }

  /** For the find box's `input`. */
  readonly onFindInput = (event: InputEvent): void => {
    this.find = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
  };

  // Closes the open panel; with `returnFocus`, focus goes back to its button.
  #close(returnFocus = false): void {
    const name = this.#open;
    if (name === undefined) return;
    this.#set(undefined);
    if (returnFocus) this.#element('button', name)?.focus();
  }

  // Escape closes the open panel.
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#open === undefined) return;
    // Handled here: a dialog around the list should not close as well.
    event.stopPropagation();
    this.#close(true);
  };

  // Focus that leaves the group (Tab past the last option) closes its panel.
  readonly #onFocusOut = (event: FocusEvent): void => {
    const group = event.currentTarget as HTMLElement;
    const next = event.relatedTarget;
    if (next instanceof Node && !group.contains(next)) this.#close();
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

  // Its own markup (`renderFilter`).
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
    if (group && !event.composedPath().includes(group)) this.#close();
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
