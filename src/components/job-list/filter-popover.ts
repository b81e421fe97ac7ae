/**
 * The filters' pop-over panels: at most one is open, anchored under its button, over the
 * content below instead of pushing it down. It closes on Escape (focus goes back to its
 * button), on a press or focus outside it, and when another opens; while open it is kept
 * inside the viewport, so a filter at the end of the row works on a narrow screen too. A panel
 * opens with its most common values: the text typed in its find box (`find`) starts empty.
 *
 * Owns which panel is open, the find box's text, and each filter's group, button and panel:
 * the host renders them with `renderFilter()`, giving the button's label and the panel's
 * content, so the elements the panels look up are this controller's own markup, not a contract
 * with the host's template. (Lit's `ref()` would hand them over too, but its AsyncDirective
 * costs 0.8 kB gzip, more than the script-tag bundle's budget leaves.)
 *
 * What an open panel needs (its values counted, its content, its behaviour and styles:
 * `filter-panel.ts`) is loaded when a person first points at or focuses a filter, or clicks
 * one: the first paint does without it. A click before it is there opens the panel once it is.
 * Asks the host for an update when a panel opens or closes and when the find box changes.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FilterPanel } from './filter-panel.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class FilterPopover implements ReactiveController {
  readonly host: Host;
  #open: string | undefined;
  #panel: FilterPanel | undefined;
  #loading: Promise<unknown> | undefined;
  /** The text typed in the open filter's find box (a filter of more values than it shows). */
  find = '';

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  /**
   * Filter `name`'s group: its button (`label`, then `badge`) and its panel (`content`, under a
   * legend of `label`, rendered while it is open); `disabled` while the list has no jobs (the
   * panel stays closed).
   */
  renderFilter(name: string, label: string, badge: unknown, content: (panel: FilterPanel) => unknown, disabled: boolean): TemplateResult {
    const panel = disabled || this.#open !== name ? undefined : this.#panel;
    return html`<div part="filter-group" class="filter-group" @keydown=${panel?.onKeydown} @focusout=${panel?.onFocusOut}>
      <button
        part="filter-summary"
        class="filter-summary"
        id="filter-button-${name}"
        type="button"
        aria-expanded=${panel !== undefined}
        aria-controls="filter-panel-${name}"
        ?disabled=${disabled}
        @click=${() => this.toggle(name)}
      >
        ${label}${badge}
        <svg part="filter-chevron" class="chevron" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
          <path d="M1.5 1.75 6 6.25l4.5-4.5" />
        </svg>
      </button>
      <fieldset part="filter-options" class="filter-options" id="filter-panel-${name}" ?hidden=${!panel}>
        <legend class="visually-hidden">${label}</legend>
        ${panel ? content(panel) : nothing}
      </fieldset>
    </div>`;
  }

  /** The filter whose panel is open, if any (once what it needs is loaded). */
  get openName(): string | undefined {
    return this.#panel && this.#open;
  }

  /** What an open panel needs, once loaded. */
  get panel(): FilterPanel | undefined {
    return this.#panel;
  }

  /** Starts loading what an open panel needs; resolves once it is there. */
  readonly load = (): Promise<unknown> => {
    this.#loading ??= import('./filter-panel.js').then(
      ({ FilterPanel }) => {
        this.#panel = new FilterPanel(this);
        if (this.#open !== undefined) this.set(this.#open);
      },
      (error: unknown) => {
        // Tried again at the next click.
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  };

  /** The load under way, if any: the host's next update follows it. */
  get pending(): Promise<unknown> | undefined {
    return this.#panel ? undefined : this.#loading?.catch(() => undefined);
  }

  /** Opens the panel of `name`, closing any other, or closes it if it is open. */
  toggle(name: string): void {
    this.find = '';
    this.set(this.#open === name ? undefined : name);
    void this.load();
  }

  /** Opens the panel of `name`, or with `undefined` closes the open one. */
  set(name: string | undefined): void {
    this.#open = name;
    this.#panel?.listen(name !== undefined);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.openName !== undefined) this.#panel!.place(this.#open!);
  }

  hostConnected(): void {
    if (this.openName !== undefined) this.#panel!.listen(true);
  }

  hostDisconnected(): void {
    this.#panel?.listen(false);
  }
}
