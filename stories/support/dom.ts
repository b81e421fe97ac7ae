/**
 * What play functions need to read the elements as a person sees them: the elements render
 * into shadow roots, which Testing Library queries do not enter.
 */
import type { LitElement } from 'lit';
import { waitFor } from 'storybook/test';

/** The first element matching `selector` in the story, once it has rendered. */
export async function rendered<T extends LitElement>(canvas: HTMLElement, selector: string): Promise<T> {
  const element = await waitFor(() => {
    const found = canvas.querySelector<T>(selector);
    if (!found) throw new Error(`No ${selector} in the story.`);
    return found;
  });
  await element.updateComplete;
  return element;
}

/** Every element with `part` in the element's shadow root. */
export function parts(host: Element, part: string): HTMLElement[] {
  return [...(host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? [])];
}

/** The element with `part` in the element's shadow root; throws if there is none. */
export function part(host: Element, name: string): HTMLElement {
  const found = parts(host, name)[0];
  if (!found) throw new Error(`<${host.localName}> shows no part "${name}".`);
  return found;
}

/** Waits until `part` is rendered in `host` and returns its text, spaces collapsed. */
export async function partText(host: Element, name: string): Promise<string> {
  return waitFor(() => text(part(host, name)));
}

/** Text content with whitespace collapsed, as a reader would take it in. */
export function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The cards a `<job-list>` shows, in order. */
export function cards(list: Element): Element[] {
  return [...(list.shadowRoot?.querySelectorAll('job-card') ?? [])];
}

/** The titles of the cards a `<job-list>` shows, in order. */
export async function cardTitles(list: Element): Promise<string[]> {
  const shown = cards(list);
  await Promise.all(shown.map((card) => (card as LitElement).updateComplete));
  return shown.map((card) => text(part(card, 'heading')));
}
