/**
 * What an open filter pop-over needs, loaded when a person first points at, focuses or clicks a
 * filter (`FilterPopover.load`): the open filter's values and counts (`buildFacets`), the panel's
 * content (its find box and checkboxes), its behaviour (Escape, a press or focus outside it,
 * kept inside the viewport) and its styles, which it adds to the list's shadow root.
 */
import { adoptStyles, css, html, nothing, type CSSResult, type LitElement, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import { fill, formatNumber } from '../../i18n/format.js';
import type { Strings } from '../../i18n/strings.js';
import { buildFacets } from './facet-options.js';
import type { FilterPopover } from './filter-popover.js';
import type { Facet, FacetName, FilterSelection } from './filters.js';
import type { ListFrame } from './job-list.templates.js';
import { memoize } from './list-view.js';

// Space kept between a panel and the edges of the viewport, in CSS pixels.
const VIEWPORT_MARGIN = 8;

/** The panels' styles, added to the list's own when they are loaded. */
export const panelStyles: CSSResult = css`
  .filter-options {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + var(--_space-2xs));
    /*
     * At the button's start edge (its right one on a right-to-left page), moved along the line
     * by script, in the same logical terms, so that the panel stays inside the viewport.
     */
    inset-inline-start: var(--_panel-shift, 0px);
    display: flex;
    flex-direction: column;
    gap: var(--_space-2xs);
    inline-size: max-content;
    min-inline-size: 12em;
    max-inline-size: min(24em, var(--_panel-max, calc(100vw - 1em)));
    max-block-size: 20em;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* It covers the cards below: an opaque page colour unless the theme gives one. */
    background-color: var(--_background, Canvas);
    color: var(--_text, CanvasText);
    box-shadow: var(--_shadow-hover);
  }

  .filter-option {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    cursor: pointer;
  }

  .filter-option.disabled {
    color: var(--_muted);
    cursor: default;
  }

  .filter-option input {
    flex: none;
    margin: 0;
    accent-color: var(--_accent);
  }

  .filter-count {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .filter-find {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2xs);
  }

  .filter-found {
    margin: 0;
  }

`;

export class FilterPanel {
  readonly #popover: FilterPopover;
  #listening = false;
  // The open filter's values, kept while their inputs are the same (an update that changes
  // nothing they read, such as "Show more", does not count 10,000 jobs again).
  readonly #facet = memoize((name: FacetName, jobs: Job[], searched: Job[], selection: FilterSelection, locale: string, strings: Strings, find: string) =>
    buildFacets([name], jobs, searched, selection, locale, strings, find)[0],
  );

  constructor(popover: FilterPopover) {
    this.#popover = popover;
    const host = popover.host;
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, panelStyles]);
  }

  /** The open filter `name` with its values, for `jobs` of which `searched` pass the search. */
  facet(name: FacetName, jobs: Job[], searched: Job[], selection: FilterSelection, locale: string, strings: Strings): Facet | undefined {
    return this.#facet(name, jobs, searched, selection, locale, strings, this.#popover.find);
  }

  /** The open panel's content: its find box (a filter of many values) and its options. */
  content(facet: Facet, { settings, strings, locale, on }: ListFrame): TemplateResult {
    const selected = settings.selection[facet.name] ?? [];
    const popover = this.#popover;
    return html`${(facet.total ?? 0) > facet.options.length
      ? html`<label class="filter-find"
          >${strings.findOption}
          <input
            part="filter-find"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="filter-found-${facet.name}"
            .value=${popover.find}
            @input=${this.#onFindInput}
          /></label>
          <p part="filter-found" class="filter-count filter-found" id="filter-found-${facet.name}">
            ${fill(strings.optionsShown, { shown: formatNumber(facet.options.length, locale), total: formatNumber(facet.found ?? 0, locale) })}
          </p>`
      : nothing}
    ${facet.options.map((option) => {
      const checked = selected.includes(option.value);
      // An option that would show no job is kept in view, disabled, unless it is ticked.
      const disabled = option.count === 0 && !checked;
      return html`<label part="filter-option" class="filter-option ${disabled ? 'disabled' : ''}">
        <input
          part="filter-checkbox"
          type="checkbox"
          .checked=${checked}
          ?disabled=${disabled}
          @change=${(event: Event) => on.filterChange(facet.name, option.value, event)}
        />
        <span>${option.label}</span>
        <span part="filter-count" class="filter-count">(${formatNumber(option.count, locale)})</span>
      </label>`;
    })}`;
  }

  readonly #onFindInput = (event: InputEvent): void => {
    this.#popover.find = (event.target as HTMLInputElement).value;
    this.#popover.host.requestUpdate();
  };

  // Closes the open panel; with `returnFocus`, focus goes back to its button.
  #close(returnFocus = false): void {
    const name = this.#popover.openName;
    if (name === undefined) return;
    this.#popover.set(undefined);
    if (returnFocus) this.#element('button', name)?.focus();
  }

  /** Escape closes the open panel. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.#popover.openName === undefined) return;
    // Handled here: a dialog around the list should not close as well.
    event.stopPropagation();
    this.#close(true);
  };

  /** Focus that leaves the group (Tab past the last option) closes its panel. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const group = event.currentTarget as HTMLElement;
    const next = event.relatedTarget;
    if (next instanceof Node && !group.contains(next)) this.#close();
  };

  // The popover's own markup (`renderFilter`).
  #element(kind: 'button' | 'panel', name: string): HTMLElement | null {
    return this.#popover.host.renderRoot.querySelector<HTMLElement>(`#filter-${kind}-${name}`);
  }

  /** Listens for what closes an open panel or moves it: a press outside it, a resize. */
  listen(on: boolean): void {
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
    const name = this.#popover.openName;
    const group = name === undefined ? null : this.#element('panel', name)?.parentElement;
    if (group && !event.composedPath().includes(group)) this.#close();
  };

  readonly #onResize = (): void => {
    const name = this.#popover.openName;
    if (name !== undefined) this.place(name);
  };

  /**
   * Moves the panel of `name` along the line (never resizes the row) so that it stays inside the
   * viewport. The shift is logical, like the panel's inset-inline-start: positive is towards the
   * end of the line, leftwards on a right-to-left page. When the panel cannot fit both ways, its
   * start edge, where reading begins, is the one kept in view.
   */
  place(name: string): void {
    const panel = this.#element('panel', name);
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
