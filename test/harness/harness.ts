/**
 * Test harnesses for the elements, in the style of Material Web's `testing/harness.ts`: what a
 * test or a story's play function reads from an element, and does to it, by its parts (its
 * documented `part` names), so that no test reaches into a shadow root by hand.
 *
 * A harness needs the DOM and nothing else: no test framework, and the elements' classes as
 * types only. The element tests (web-test-runner), the stories' play functions (Vitest) and the
 * tests of the built bundle (elements defined by dist/cdn/job-widgets.js) use the same ones.
 */
import { waitUntil } from '../support/wait.js';

/** An element that renders into a shadow root, and may say when it has. */
export type ShadowElement = HTMLElement & { readonly updateComplete?: Promise<boolean> };

/** Text as a reader takes it in: white space collapsed, trimmed. */
export function textOf(node: Node | null | undefined): string | undefined {
  return node?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Whether an element is laid out: false for one that is absent or under a `hidden` ancestor. */
export function isShown(element: Element | null | undefined): boolean {
  return !!element && element.getClientRects().length > 0;
}

export class Harness<E extends ShadowElement = ShadowElement> {
  constructor(readonly element: E) {}

  /** The shadow root itself, for what watches it (a MutationObserver). */
  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has no shadow root`);
    return root;
  }

  /** The element with part `name` in the shadow root; throws when there is none. */
  part<T extends Element = HTMLElement>(name: string): T {
    const found = this.find<T>(name);
    if (!found) throw new Error(`<${this.element.localName}> shows no part "${name}"`);
    return found;
  }

  /** The element with part `name`, or null when there is none (for what may be missing). */
  find<T extends Element = HTMLElement>(name: string): T | null {
    return this.query<T>(`[part~="${name}"]`);
  }

  /** Every element with part `name`, in document order. */
  parts<T extends Element = HTMLElement>(name: string): T[] {
    return this.queryAll<T>(`[part~="${name}"]`);
  }

  /** Whether the shadow root holds part `name` (shown or not). */
  has(name: string): boolean {
    return this.find(name) !== null;
  }

  /** Whether part `name` is there and laid out. */
  shows(name: string): boolean {
    return isShown(this.find(name));
  }

  /** The elements a page put in slot `name`, which replace what the slot holds by default. */
  slotted(name: string): Element[] {
    return this.query<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements() ?? [];
  }

  /** The text of part `name`, white space collapsed, or undefined when there is no such part. */
  text(name: string): string | undefined {
    return textOf(this.find(name));
  }

  /** All the text in the shadow root as it is (hidden text too): for what must not be anywhere. */
  allText(): string {
    return this.element.shadowRoot?.textContent ?? '';
  }

  /** The first element matching `selector` in the shadow root, for what is not a part. */
  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /** Every element matching `selector` in the shadow root. */
  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return [...(this.element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
  }

  /** The element in the shadow root that has focus. */
  focused(): Element | null {
    return this.element.shadowRoot?.activeElement ?? null;
  }

  /**
   * Waits until an element a server rendered has hydrated and rendered live: its root part
   * (`rootPart`) is no longer marked `prerendered`. A wait, not a speed check.
   */
  protected async live(rootPart: string, timeout = 5_000): Promise<void> {
    await waitUntil(() => this.find(rootPart) && !this.find(rootPart)!.classList.contains('prerendered'), `<${this.element.localName}> did not hydrate`, { timeout });
    await this.updated();
  }

  /** Resolves once the element has rendered what it was last given. */
  async updated(): Promise<void> {
    await this.element.updateComplete;
  }
}
