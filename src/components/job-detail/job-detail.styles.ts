import { css } from 'lit';

export const jobDetailStyles = css`
  /* The detail's own tokens (see tokens.ts), which the list and the cards do not read. */
  :host {
    --_accent-text: var(--job-color-accent-text, light-dark(#ffffff, #0d1117));
    --_font-mono: var(--job-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_font-size-xlarge: var(--job-font-size-xlarge, 1.625em);
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--job-detail-gap, var(--_space-l));
  }

  /* Sizes of the loading placeholders live here, not in style attributes, which a strict CSP blocks. */
  .skeleton-heading {
    inline-size: 60%;
    block-size: 1.6em;
  }

  .skeleton-meta {
    inline-size: 40%;
  }

  .skeleton-body {
    block-size: 8em;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    padding-block-end: var(--_space-m);
    border-block-end: 1px solid var(--_border);
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-xlarge);
    font-weight: 700;
    line-height: 1.2;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }

  .summary {
    margin: 0;
    font-size: 1.0625em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
  }

  .actions-end {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }

  /* Written out for paper only: on screen the Apply link goes there. */
  .apply-address {
    display: none;
    overflow-wrap: anywhere;
  }

  /* On paper: the posting, its metadata and where to apply, without what only a screen can do. */
  @media print {
    .apply-address {
      display: inline;
    }

    .actions button,
    .share-url,
    .actions-end {
      display: none;
    }
  }

  .share-url {
    flex: 1 1 16em;
    min-inline-size: 0;
    padding: var(--_space-2xs) var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/**
 * The body's typography. The body is sanitized HTML from markdown, so only the elements the
 * policy allows are styled; all of it follows the tokens, and the body's own (`--job-body-*`),
 * which only the detail reads, so they are here rather than in the tokens every element carries.
 * A page reaches further through the body's parts (`body-heading`…, set by the policy).
 */
export const bodyStyles = css`
  .body {
    max-inline-size: var(--job-detail-measure, 70ch);
    font-family: var(--job-body-font-family, inherit);
    font-size: var(--job-body-font-size, inherit);
    line-height: var(--job-body-line-height, inherit);
  }

  .body > :first-child {
    margin-block-start: 0;
  }

  .body > :last-child {
    margin-block-end: 0;
  }

  .body :is(p, ul, ol, dl, table, pre, blockquote, details, figure) {
    margin-block: 0 var(--_space-m);
  }

  .body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: var(--_space-l) var(--_space-xs);
    color: var(--job-body-heading-color, inherit);
    font-family: var(--job-body-heading-font-family, inherit);
    font-weight: var(--job-body-heading-font-weight, 650);
    line-height: 1.25;
  }

  .body h1 {
    font-size: 1.5em;
  }

  .body h2 {
    font-size: 1.3em;
  }

  .body h3 {
    font-size: 1.15em;
  }

  .body :is(h4, h5, h6) {
    font-size: 1em;
  }

  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }

  .body li + li {
    margin-block-start: var(--_space-2xs);
  }

  .body li > :is(ul, ol) {
    margin-block: var(--_space-2xs) 0;
  }

  .body li:has(> input[type='checkbox']) {
    list-style: none;
  }

  .body a {
    color: var(--job-body-link-color, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .body :is(code, kbd, pre) {
    font-family: var(--_font-mono);
    font-size: 0.9em;
  }

  .body :not(pre) > code,
  .body kbd {
    padding: 0.1em 0.3em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }

  /*
   * overflow-x rather than overflow-inline, which Safari and older Chrome lack: in horizontal
   * text they are the same, and a right-to-left block still scrolls from its right edge.
   */
  .body pre {
    padding: var(--_space-s);
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    white-space: pre;
    overflow-wrap: normal;
  }

  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_muted);
  }

  .body table {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }

  .body :is(th, td) {
    padding: var(--_space-2xs) var(--_space-xs);
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  .body th {
    background: var(--_surface);
    font-weight: 600;
  }

  .body details {
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .body summary {
    cursor: pointer;
    font-weight: 600;
  }

  .body details[open] > summary {
    margin-block-end: var(--_space-xs);
  }

  .body hr {
    margin-block: var(--_space-l);
    border: 0;
    border-block-start: 1px solid var(--_border);
  }

  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }

  .body mark {
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
    color: inherit;
  }
`;
