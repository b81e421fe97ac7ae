/**
 * A job's body: its container, which Lit renders (on a server and in the browser alike, so that
 * hydration finds the template the server used), and its sanitized nodes, which are put into
 * that container imperatively. A sanitized body is made once per HTML string and its nodes can be
 * in one place only, so `<job-detail>` keeps one and moves it, never rebuilds it, when it
 * re-renders (an opened `<details>` stays open).
 *
 * Its headings are placed under the title: the build assumes an `<h2>` title and writes the
 * body's highest heading as `<h3>`, but the page chooses the title's level (`heading-level`),
 * and a feed written elsewhere may start at `<h1>`. The highest heading in the body becomes
 * one level below the title, and the others keep their distance from it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

interface Heading {
  element: HTMLElement;
  /** The level the body itself gave it, kept because levels capped at 6 lose their distances. */
  level: number;
}

/** What the body's container says about the posting's words. */
interface BodyText {
  lang?: string | undefined;
  dir?: string | undefined;
}

/**
 * The body's container around `content`: the sanitized body (`bodyContent`), a server's body, or
 * a placeholder (without `text`, `aria-busy`).
 */
export const bodyContainer = (content: unknown, text?: BodyText): TemplateResult =>
  html`<div part="body" class="body" aria-busy=${text ? nothing : 'true'} lang=${text?.lang ?? nothing} dir=${text ? (text.dir ?? 'auto') : nothing}>${content}</div>`;

/** The body while it is not there yet: a split feed's job file loading, or a server render. */
export const bodyPlaceholder = (): TemplateResult => bodyContainer(html`<span class="skeleton skeleton-body"></span>`);

export class PostingBody {
  // The sanitized body before its headings are moved, for search engines (JSON-LD).
  readonly #pristine: DocumentFragment;
  #html: string | undefined;
  // The body's top-level nodes, wherever they are now.
  readonly #nodes: Node[];
  readonly #headings: Heading[];
  readonly #highest: number;
  #topLevel: number | undefined;

  /** `sanitized`: the nodes `sanitizeHtml(html)` made, which this body now owns. */
  constructor(
    readonly html: string,
    sanitized: DocumentFragment,
  ) {
    this.#pristine = sanitized.cloneNode(true) as DocumentFragment;
    this.#nodes = [...sanitized.childNodes];
    this.#headings = [...sanitized.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].map((element) => ({
      element,
      level: Number(element.localName.slice(1)),
    }));
    this.#highest = Math.min(6, ...this.#headings.map((heading) => heading.level));
  }

  /** The body's top-level nodes, in order. */
  get nodes(): readonly Node[] {
    return this.#nodes;
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
      const tag = `h${Math.min(6, level + heading.level - this.#highest)}`;
      if (heading.element.localName === tag) continue;
      const replacement = heading.element.ownerDocument.createElement(tag);
      for (const { name, value } of heading.element.attributes) replacement.setAttribute(name, value);
      replacement.append(...heading.element.childNodes);
      heading.element.replaceWith(replacement);
      const top = this.#nodes.indexOf(heading.element);
      if (top !== -1) this.#nodes[top] = replacement;
      heading.element = replacement;
    }
  }
}

/**
 * Puts a body's nodes into its container, in place of what is there: nothing after a render in
 * the browser, the server's body or placeholder after hydration. Lit sees `nothing` in this part,
 * so it clears the nodes with the part when the container shows something else.
 *
 * The nodes go in after Lit has committed the render: a part Lit is emptying (the placeholder
 * it replaces) or hydrating (whose end it has not reached yet) is not ready before. The
 * container's `lang`, `dir` and `aria-busy` are set again too, because hydration keeps the
 * attributes a server rendered, which were the placeholder's.
 */
class BodyContent extends Directive {
  #shown: PostingBody | undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('bodyContent() goes inside the body container');
  }

  render(_body: PostingBody, _text: BodyText): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [body, text]: [PostingBody, BodyText]): typeof nothing {
    if (body !== this.#shown) {
      this.#shown = body;
      queueMicrotask(() => {
        if (this.#shown === body) fill(part, body, text);
      });
    }
    return nothing;
  }
}

function fill(part: ChildPart, body: PostingBody, text: BodyText): void {
  const container = part.parentNode as HTMLElement;
  const end = part.endNode;
  for (let node = part.startNode?.nextSibling ?? null; node && node !== end; ) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
  for (const node of body.nodes) container.insertBefore(node, end);
  if (text.lang) container.lang = text.lang;
  else container.removeAttribute('lang');
  container.dir = text.dir ?? 'auto';
  container.removeAttribute('aria-busy');
}

/** The sanitized `body` in its container (`bodyContainer(bodyContent(body, text), text)`). */
export const bodyContent = directive(BodyContent);
