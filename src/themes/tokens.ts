/**
 * The global `--job-*` design tokens and the host reset, shared by every element.
 *
 * Tokens are read, never set (but for `--job-color-scheme` under `theme`, see below), on the
 * page side: each one falls back to a default that follows the host page. Text colour and font are inherited (an unset token makes the declaration
 * invalid at computed-value time, which for an inherited property means "inherit"); surfaces
 * and borders are tints of `currentColor`, so they suit light and dark pages alike; accent,
 * focus and danger colours come in a light and a dark variant picked by `light-dark()`.
 *
 * Light and dark:
 * - By default an element follows the page's `color-scheme`: a page that declares
 *   `color-scheme: light dark` gets the dark variants when `prefers-color-scheme: dark`.
 * - `--job-color-scheme` (`light`, `dark` or `light dark`), when set, replaces the page's; the
 *   looks in this folder set it, because each is made for one scheme.
 * - `theme="auto"` follows `prefers-color-scheme` whatever the page says, with its own text and
 *   background; `theme="light"` and `theme="dark"` force one. The attribute beats both of the
 *   above, and a look's colours, written with `light-dark()`, follow it. With `theme` the element
 *   paints its own background, so it also gets padding (`--job-host-padding`) and round corners.
 * - For a whole region, set `color-scheme: dark` (and your own `color` and `background`) on an
 *   ancestor, or set any `--job-*` token there: custom properties and `color-scheme` inherit
 *   into shadow roots, so every widget inside follows. A card inside a `<job-list theme="dark">`
 *   inherits the list's theme the same way.
 * - Looks set their tokens on the root with no specificity (`:where(:root)`), never on the
 *   elements, so that tokens on an ancestor and the `theme` attribute still win over them.
 *
 * A posting body's typography (`--job-body-font-family`, `--job-body-heading-font-family`,
 * `--job-body-heading-color`, `--job-body-link-color`…) is read by `<job-detail>` alone, in its
 * body styles (`job-detail.styles.ts`): a page of cards does not carry them.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /*
     * Private resolved values: every rule in the shadow root reads these, never the --job-*
     * tokens directly, so each default lives in one place. An unset text or background token
     * leaves the declaration invalid, which makes color inherit and background transparent.
     */
    --_text: var(--job-color-text, var(--_theme-text));
    --_background: var(--job-color-background, var(--_theme-background));
    --_muted: var(--job-color-muted, color-mix(in srgb, currentColor 74%, transparent));
    --_surface: var(--job-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--job-color-border, color-mix(in srgb, currentColor 24%, transparent));
    --_accent: var(--job-color-accent, light-dark(#0b5cad, #79b8ff));
    --_focus: var(--job-color-focus, light-dark(#0b5cad, #79b8ff));
    --_danger: var(--job-color-danger, light-dark(#b42318, #ff9b8f));
    --_font-size-small: var(--job-font-size-small, 0.875em);
    --_font-size-large: var(--job-font-size-large, 1.25em);
    --_line-height: var(--job-line-height, 1.5);
    --_radius: var(--job-radius, 0.5em);
    --_space-2xs: var(--job-space-2xs, 0.25em);
    --_space-xs: var(--job-space-xs, 0.5em);
    --_space-s: var(--job-space-s, 0.75em);
    --_space-m: var(--job-space-m, 1em);
    --_space-l: var(--job-space-l, 1.5em);
    --_shadow: var(--job-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 1px 3px rgb(0 0 0 / 0.1));
    --_shadow-hover: var(--job-shadow-hover, 0 2px 4px rgb(0 0 0 / 0.08), 0 4px 12px rgb(0 0 0 / 0.12));
    --_host-padding: var(--job-host-padding, var(--_space-m));

    /* Unset, the declaration is invalid and color-scheme, an inherited property, inherits. */
    color-scheme: var(--job-color-scheme);

    /*
     * The host is the one box the page's own CSS reaches. Important declarations in a shadow
     * root beat the page's, so a global reset (* { all: unset }) cannot make it inline or hide
     * it; the hidden attribute still hides it.
     */
    display: block !important;
    box-sizing: border-box !important;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--job-font-family);
    font-size: var(--job-font-size);
  }

  :host([hidden]) {
    display: none !important;
  }

  /*
   * The token is set too, so that the elements inside (the cards of a list) follow the theme
   * rather than a look's --job-color-scheme inherited from the page.
   */
  :host([theme='light']) {
    --job-color-scheme: light;
    color-scheme: light;
    --_theme-text: #1f2328;
    --_theme-background: #ffffff;
  }

  :host([theme='dark']) {
    --job-color-scheme: dark;
    color-scheme: dark;
    --_theme-text: #e6edf3;
    --_theme-background: #0d1117;
  }

  :host([theme='auto']) {
    --job-color-scheme: light dark;
    color-scheme: light dark;
    --_theme-text: light-dark(#1f2328, #e6edf3);
    --_theme-background: light-dark(#ffffff, #0d1117);
  }

  /* A painted background needs room between its edge and the text, and the corners of the rest. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    padding: var(--_host-padding);
    border-radius: var(--_radius);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
    }
  }

  /*
   * Inherited properties still flow in from the page (a reset may have set text-transform,
   * letter-spacing or white-space on body). The root wrapper sets them back; the page can only
   * reach it deliberately, through ::part.
   */
  .root {
    box-sizing: border-box;
    font: inherit;
    font-style: normal;
    font-weight: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    cursor: auto;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }

  /*
   * A server's render (job-widgets/ssr) until the browser's takes over: what needs script
   * (search, filters, Show more, Copy link) keeps its room, so that nothing moves when it
   * appears, but is not shown; without script it takes no room at all.
   */
  .prerendered .needs-script {
    visibility: hidden;
  }

  @media (scripting: none) {
    .prerendered .needs-script {
      display: none;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .badge {
    display: inline-block;
    padding: 0.125em var(--_space-xs);
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: var(--_font-size-small);
    line-height: 1.4;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    text-decoration: underline;
  }

  .message {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .message.error {
    border-color: var(--_danger);
  }

  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: var(--_space-xs);
    border-radius: var(--_radius);
    background: var(--_border);
    animation: job-pulse 1.5s ease-in-out infinite;
  }

  @keyframes job-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
