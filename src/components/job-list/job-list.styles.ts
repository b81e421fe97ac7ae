import { css } from 'lit';

export const jobListStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .list-view,
  .detail-view {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .list-view[hidden] {
    display: none;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-s);
  }

  .search {
    display: flex;
    flex: 1 1 16em;
    flex-direction: column;
    gap: var(--_space-2xs);
  }

  input[type='search'] {
    width: 100%;
    min-height: 2.5em;
    padding: var(--_space-xs) var(--_space-s);
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

  .filter-group {
    position: relative;
  }

  .filter-summary {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    min-height: 2.5em;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    list-style: none;
  }

  .filter-summary::-webkit-details-marker {
    display: none;
  }

  .filter-summary::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: var(--_space-2xs);
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg) translateY(-0.15em);
  }

  .filter-group[open] > .filter-summary::after {
    transform: rotate(-135deg) translateY(-0.15em);
  }

  .filter-options {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2xs);
    min-width: 12em;
    max-height: 20em;
    margin: var(--_space-2xs) 0 0;
    padding: var(--_space-xs) var(--_space-s);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .filter-option {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    cursor: pointer;
  }

  .filter-option input {
    margin: 0;
    accent-color: var(--_accent);
  }

  .filter-count {
    color: var(--_muted);
    font-size: var(--_font-size-small);
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
  }

  .item > job-card {
    height: 100%;
  }

  .skeleton-card {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--job-list-skeleton-height, 8em);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--_space-l);
  }

  .group-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }

  .message p {
    margin: 0 0 var(--_space-xs);
  }

  .message p:last-child {
    margin-block-end: 0;
  }

  .error .button {
    margin-block-start: var(--_space-xs);
  }

  .error-detail {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }

  .back {
    align-self: flex-start;
  }

  .not-found:focus {
    outline: none;
  }

  .not-found:focus-visible {
    outline: 2px solid var(--_focus);
  }
`;
