/** Headings whose level the page chooses, so each element fits the page's outline. */
import { html, nothing, type TemplateResult } from 'lit';

/** A heading's attributes: its part (also its class), and those it may have. */
export interface HeadingAttributes {
  part: string;
  id?: string | undefined;
  /** `-1`: script can focus it. */
  tabindex?: '-1' | undefined;
  lang?: string | undefined;
  dir?: string | undefined;
}

type Heading = (a: HeadingAttributes, content: unknown) => TemplateResult;

// One template per level, since a tag name cannot be a binding: six nearly equal templates
// compress to less than lit/static-html, which would build the tag into the template instead.
const HEADINGS: readonly Heading[] = [
  (a, content) => html`<h1 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h1>`,
  (a, content) => html`<h2 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h2>`,
  (a, content) => html`<h3 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h3>`,
  (a, content) => html`<h4 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h4>`,
  (a, content) => html`<h5 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h5>`,
  (a, content) => html`<h6 part=${a.part} class=${a.part} id=${a.id ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${content}</h6>`,
];

/** The level a `heading-level` value stands for; anything outside 1–6 gives `fallback`. */
export function headingLevel(level: number | undefined, fallback: number): number {
  return Number.isInteger(level) && level! >= 1 && level! <= 6 ? level! : fallback;
}

/** A heading of the level `level` stands for (else `fallback`), with `attributes`, around `content`. */
export function renderHeading(level: number | undefined, fallback: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  return HEADINGS[headingLevel(level, fallback) - 1]!(attributes, content);
}

/**
 * The level a heading of a job's body takes when the body's highest heading (`highest`) is placed
 * at `top`: the distances below it are kept, and nothing goes below 6. The browser's body
 * (`PostingBody`) and a server's (`job-widgets/ssr`) place them by this one rule.
 */
export function placedHeadingLevel(level: number, highest: number, top: number): number {
  return Math.min(6, top + level - highest);
}
