/**
 * `<job-list>` as a person sees and uses it: its cards and count, the search box, the filters'
 * pop-overs, "Show more", and a job opened in place. Interactions are the DOM's own (a click, an
 * input event), so a test decides when to wait for the list's update; those that must wait for
 * it (opening a pop-over, which counts its values) say so.
 */
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { waitUntil } from '../support/wait.js';
import { Harness, isShown } from './harness.js';
import { JobCardHarness } from './job-card.js';
import { JobDetailHarness } from './job-detail.js';

export class JobListHarness extends Harness<JobList> {
  /** A harness for each `<job-list>` in `root`, in document order. */
  static all(root: ParentNode): JobListHarness[] {
    return [...root.querySelectorAll<JobList>('job-list')].map((list) => new JobListHarness(list));
  }

  /**
   * Waits until the list shows cards, a message or an error (anything but its placeholders) and
   * its cards have rendered. A wait, not a speed check: a language table or a feed can take
   * seconds on a busy machine.
   */
  async loaded({ timeout = 8_000 }: { timeout?: number } = {}): Promise<void> {
    await waitUntil(() => this.find('base')?.getAttribute('aria-busy') === 'false', 'the list did not finish loading', { timeout });
    await this.updated();
    await Promise.all(this.items().map((item) => item.querySelector<JobCard>('job-card')!.updateComplete));
  }

  /** Whether the list says it is still loading (`aria-busy`). */
  busy(): boolean {
    return this.part('base').getAttribute('aria-busy') === 'true';
  }

  /** The list items of the cards, shown or not. */
  items(): HTMLLIElement[] {
    return this.parts<HTMLLIElement>('item');
  }

  /** The cards a person can see: not those of the list hidden while a job is open. */
  cards(): JobCardHarness[] {
    return this.items()
      .filter((item) => isShown(item))
      .map((item) => new JobCardHarness(item.querySelector<JobCard>('job-card')!));
  }

  /** Every card element, shown or not, in order (to hold a server's card and compare it after hydration). */
  cardElements(): JobCard[] {
    return this.queryAll<JobCard>('job-card');
  }

  /** A harness for every card, shown or not. */
  allCards(): JobCardHarness[] {
    return this.cardElements().map((card) => new JobCardHarness(card));
  }

  /** For a prerendered list: waits until it has hydrated and rendered live (its controls work). */
  async hydrated(): Promise<void> {
    await this.live('base');
  }

  /** The card titled `title` among those shown; throws when there is none. */
  card(title: string): JobCardHarness {
    const found = this.cards().find((card) => card.title() === title);
    if (!found) throw new Error(`no card "${title}"`);
    return found;
  }

  /** The titles of the cards shown, in order, once the list and its cards have rendered. */
  async titles(): Promise<string[]> {
    await this.updated();
    const cards = this.cards();
    await Promise.all(cards.map((card) => card.updated()));
    return cards.map((card) => card.title());
  }

  /** The count line ("6 jobs", "No jobs match"), as shown. */
  count(): string {
    return this.part('count').textContent!.trim();
  }

  /** The live region that announces the count to screen readers. */
  announcer(): HTMLElement {
    const found = this.query('[role="status"]');
    if (!found) throw new Error('<job-list> has no live region');
    return found;
  }

  searchBox(): HTMLInputElement {
    return this.part<HTMLInputElement>('search');
  }

  /** Replaces the search text as one keystroke would (an `input` event); the list updates after. */
  search(text: string): void {
    typeInto(this.searchBox(), text);
  }

  filterButtons(): HTMLButtonElement[] {
    return this.parts<HTMLButtonElement>('filter-summary');
  }

  /** The button of the filter labelled `facet` ("Department"). */
  filterButton(facet: string): HTMLButtonElement {
    const button = this.filterButtons().find((b) => b.textContent!.trim().startsWith(facet));
    if (!button) throw new Error(`no filter "${facet}"`);
    return button;
  }

  /** The pop-over a filter button controls. */
  panel(button: HTMLElement): HTMLElement {
    const id = button.getAttribute('aria-controls');
    const panel = id ? (this.element.shadowRoot?.getElementById(id) ?? null) : null;
    if (!panel) throw new Error(`filter button "${button.textContent!.trim()}" controls no panel`);
    return panel;
  }

  /** Clicks a filter's button, opening or closing its pop-over, and returns the pop-over. */
  async clickFilter(button: HTMLElement): Promise<HTMLElement> {
    button.click();
    await this.updated();
    return this.panel(button);
  }

  /** Opens the filter labelled `facet` as a click on its button would, and returns its group. */
  async openFilter(facet: string): Promise<HTMLElement> {
    const button = this.filterButton(facet);
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      // A pop-over's values are counted when it opens.
      await this.updated();
    }
    return button.closest<HTMLElement>('[part~="filter-group"]')!;
  }

  /** The checkbox of the value labelled `value` in the open filter `facet`. */
  option(facet: string, value: string): HTMLInputElement {
    const group = this.filterButton(facet).closest('[part~="filter-group"]')!;
    const label = [...group.querySelectorAll('label')].find((l) => l.querySelector('span')!.textContent!.trim() === value);
    if (!label) throw new Error(`no option "${value}" in "${facet}"`);
    return label.querySelector('input')!;
  }

  /** Ticks or unticks a filter's value by its visible label, as a click would, opening its pop-over first. */
  async toggle(facet: string, value: string): Promise<void> {
    await this.openFilter(facet);
    this.option(facet, value).click();
  }

  /** Presses Clear all. */
  clear(): void {
    this.part('clear').click();
  }

  /** Presses "Show more" and waits for the cards it adds. */
  async showMore(): Promise<void> {
    this.part('more').click();
    await this.updated();
  }

  /** The job opened in place, or undefined while the list shows its cards. */
  detail(): JobDetailHarness | undefined {
    const detail = this.query<JobDetail>('job-detail');
    return detail ? new JobDetailHarness(detail) : undefined;
  }

  /** The title of the job opened in place, or undefined while there is none. */
  openTitle(): string | undefined {
    return this.detail()?.title();
  }

  /** Opens the job of the card titled `title` with a plain click, and waits until it shows. */
  async open(title: string): Promise<void> {
    this.card(title).click();
    await this.updated();
    await waitUntil(() => this.openTitle() === title, `"${title}" did not open`);
  }

  /** Presses "Back to all jobs". */
  back(): void {
    this.part('back').click();
  }
}

/** Replaces the text of a box as one keystroke would: the value, then an `input` event. */
export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}
