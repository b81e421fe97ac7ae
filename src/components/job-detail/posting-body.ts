/**
 * A job's body as nodes, sanitized once per HTML string. Sanitized nodes can be in one place
 * only, so `<job-detail>` keeps them and moves them, never rebuilds them, when it re-renders (an
 * opened `<details>` stays open); its template holds them in the `<div part="body">`, the same
 * template a server renders, so that a prerendered body hydrates.
 *
 * Its headings are placed under the title: the build assumes an `<h2>` title and writes the
 * body's highest heading as `<h3>`, but the page chooses the title's level (`heading-level`),
 * and a feed written elsewhere may start at `<h1>`. The highest heading in the body becomes
 * one level below the title, and the others keep their distance from it.
 */
import { placedHeadingLevel } from '../shared/heading.js';

interface Heading {
  element: HTMLElement;
  /** The level the body itself gave it, kept because levels capped at 6 lose their distances. */
  level: number;
}

export class PostingBody {
  /** The sanitized body's top-level nodes, for the body's template (a heading placed anew replaces its entry). */
  readonly nodes: Node[];
  // The sanitized body before its headings are moved and without its parts, for search engines (JSON-LD).
  readonly #pristine: DocumentFragment;
  #html: string | undefined;
  readonly #headings: Heading[];
  readonly #highest: number;
  #topLevel: number | undefined;

  /** `sanitized`: the nodes `sanitizeHtml(html)` made, which this body now owns. */
  constructor(
    readonly html: string,
    sanitized: DocumentFragment,
  ) {
    this.#pristine = sanitized.cloneNode(true) as DocumentFragment;
    // The parts are the element's, for the page's CSS: search engines get the body as the feed has it.
    for (const element of this.#pristine.querySelectorAll('[part]')) element.removeAttribute('part');
    this.nodes = [...sanitized.childNodes];
    this.#headings = [...sanitized.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((element) => ({
      element,
      level: Number(element.localName.slice(1)),
    }));
    this.#highest = Math.min(6, ...this.#headings.map((heading) => heading.level));
  }

  /**
   * The sanitized body as HTML, with the headings it came with: the JSON-LD description. Made
   * from the same sanitizer pass as the shown body, in an inert template (no image is fetched).
   */
  get sanitizedHtml(): string {
    if (this.#html === undefined) {
      const template = document.createElement('template');
      template.content.append(this.#pristine.cloneNode(true));
      this.#html = template.innerHTML;
    }
    return this.#html;
  }

  /** Makes the body's highest heading `level` (at most 6), keeping the distances below it. */
  levelHeadings(level: number): void {
    if (level === this.#topLevel) return;
    this.#topLevel = level;
    for (const heading of this.#headings) {
      const tag = `h${placedHeadingLevel(heading.level, this.#highest, level)}`;
      if (heading.element.localName === tag) continue;
      const replacement = heading.element.ownerDocument.createElement(tag);
      for (const { name, value } of heading.element.attributes) replacement.setAttribute(name, value);
      replacement.append(...heading.element.childNodes);
      heading.element.replaceWith(replacement);
      const top = this.nodes.indexOf(heading.element);
      if (top >= 0) this.nodes[top] = replacement;
      heading.element = replacement;
    }
  }
}
