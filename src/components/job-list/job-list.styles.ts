import { css } from 'lit';

// Logical properties throughout, so that the list lays itself out on right-to-left pages too.
export const jobListStyles = css`
  :host {
    /* The search box, the filter buttons and Clear all share one height, whatever they hold. */
    --_control-height: 2.75em;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .list-view {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-s);
  }

  /*
   * layout="sidebar": search and filters in a column beside the cards, where the list is wide
   * enough (its own width, not the page's); stacked as usual where it is not. No rows of gap
   * (empty rows would add theirs): the items of the second column keep apart by their margins.
   */
  :host([layout='sidebar']) .base {
    container-type: inline-size;
  }

  @container (min-width: 48em) {
    :host([layout='sidebar']) .list-view {
      display: grid;
      grid-template-columns: var(--job-list-sidebar-width, 16em) minmax(0, 1fr);
      gap: 0 var(--_space-l);
      align-items: start;
    }

    :host([layout='sidebar']) .list-view > * {
      grid-column: 2;
      margin-block-end: var(--_space-m);
    }

    :host([layout='sidebar']) .controls {
      grid-column: 1;
      grid-row: 1 / span 3;
      flex-direction: column;
      align-items: stretch;
    }

    :host([layout='sidebar']) .controls > * {
      flex: none;
    }
  }

  .search {
    display: flex;
    flex: 1 1 16em;
    flex-direction: column;
    gap: var(--_space-2xs);
  }

  input[type='search'] {
    inline-size: 100%;
    block-size: var(--_control-height);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background, transparent);
    color: inherit;
    font: inherit;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  /* The anchor of its pop-over, which leaves the row's layout alone. */
  .filter-group {
    position: relative;
  }

  .filter-summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    block-size: var(--_control-height);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: 1.25;
    white-space: nowrap;
    cursor: pointer;
  }

  .filter-summary[aria-expanded='true'] {
    border-color: var(--_accent);
  }

  .filter-summary:disabled {
    color: var(--_muted);
    cursor: default;
  }

  /* Drawn pointing down and only ever flipped vertically: right in either direction. */
  .chevron {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.5em;
    margin-inline-start: var(--_space-2xs);
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .filter-summary[aria-expanded='true'] .chevron {
    transform: scaleY(-1);
  }

  .clear {
    block-size: var(--_control-height);
    padding-block: 0;
  }

  .clear:disabled {
    cursor: default;
  }

  .count {
    margin: 0;
    color: var(--_muted);
  }

  .list {
    display: grid;
    grid-template-columns: repeat(var(--job-list-columns, 1), minmax(0, 1fr));
    gap: var(--job-list-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: block;
    /* Cards off screen skip style, layout and paint until they come near the viewport: a page of
       100 lays out the few in view, on the first paint and on every keystroke of a search.
       Find-in-page, keyboard focus and screen readers still reach them; the remembered size
       keeps the scrollbar from jumping. Its paint containment would clip what a card paints
       outside its box, the focus ring and the hover shadow: the margin lets them show. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 9.7em;
    overflow-clip-margin: 1em;
  }

  .item > job-card {
    block-size: 100%;
  }

  /* A card's box (same padding, border and row gap) at a card's height. */
  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: var(--job-card-gap, var(--_space-xs));
    block-size: var(--job-list-skeleton-height, 9.7em);
    padding: var(--job-card-padding, var(--_space-m));
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .skeleton-card > .skeleton {
    flex: none;
    margin: 0;
  }

  .skeleton-card > .skeleton-heading {
    inline-size: 55%;
    block-size: 1.3em;
    font-size: var(--_font-size-large);
  }

  /* The other rows are 1em tall, as every placeholder row (tokens.ts). */
  .skeleton-card > .skeleton-meta {
    inline-size: 35%;
  }

  .skeleton-card > .skeleton-summary {
    inline-size: 80%;
  }

  .skeleton-card > .skeleton-tags {
    inline-size: 25%;
  }

  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
  }

  .group-heading {
    margin-block: 0 var(--_space-s);
    margin-inline: 0;
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .message p {
    margin-block: 0 var(--_space-xs);
    margin-inline: 0;
  }

  .message p:last-child {
    margin-block-end: 0;
  }

  .error .button {
    margin-block-start: var(--_space-xs);
  }

  @media print {
    .controls,
    .more {
      display: none;
    }
  }

  .more {
    justify-self: center;
    align-self: center;
    margin-block-start: var(--job-list-gap, var(--_space-m));
  }

  /* The button's own colour: muted, its accent fell to 3.8:1 on white, under WCAG's 4.5:1. */
  .more-count {
    font-size: var(--_font-size-small);
  }

  .all-link {
    display: block;
    margin-block-start: var(--job-list-gap, var(--_space-m));
    color: var(--_accent);
  }
`;
