import { css } from 'lit';

export const jobCardStyles = css`
  /* The card's own box already has padding: a themed host only paints behind it. */
  :host {
    --_host-padding: 0px;
  }

  /* Sizes of the loading placeholders live here, not in style attributes, which a strict CSP blocks. */
  .skeleton-heading {
    inline-size: 60%;
    block-size: 1.3em;
  }

  .skeleton-meta {
    inline-size: 40%;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--job-card-gap, var(--_space-xs));
    padding: var(--job-card-padding, var(--_space-m));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--job-card-background, var(--_surface));
    box-shadow: var(--_shadow);
    transition: box-shadow 0.15s ease;
  }

  :host([href]) .card:hover {
    box-shadow: var(--_shadow-hover);
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
    line-height: 1.3;
  }

  .link {
    color: var(--_accent);
    text-decoration: none;
  }

  .link:hover {
    text-decoration: underline;
  }

  /* The stretched link: the title's link covers the whole card, so all of it is clickable. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }

  .link:focus-visible {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .summary {
    margin: 0;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
`;
