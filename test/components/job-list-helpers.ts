/** Shared helpers for the `<job-list>` tests: fixtures, fetch stubs and what a person sees. */
import { waitUntil } from '@open-wc/testing';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';

/** The fixture feed, by URL (served by the test runner, no network). */
export const FEED_URL = new URL('../fixtures/job-list-feed.json', import.meta.url).href;

/** The order the fixture's jobs are shown in: newest first, then by title, undated last. */
export const NEWEST_FIRST = [
  'Développeur Frontend',
  'Product Designer',
  'Backend Engineer',
  'Data Intern',
  'Support Specialist',
  'Office Manager',
];

/** The clock the fixture's dates are read against. */
export const NOW = new Date('2026-03-01T12:00:00Z');

// Read once with the real fetch, before any test stubs it.
const fixtureFeed: Promise<{ jobs: Job[] }> = fetch(FEED_URL).then((response) => response.json());

/** The fixture feed document (a fresh copy). */
export async function fixtureFeedData(): Promise<{ jobs: Job[] }> {
  return structuredClone(await fixtureFeed);
}

/** The fixture's jobs (fresh objects each time). */
export async function fixtureJobs(): Promise<Job[]> {
  return (await fixtureFeedData()).jobs;
}

export function part<T extends Element = HTMLElement>(list: JobList, name: string): T | null {
  return list.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(list: JobList, name: string): T[] {
  return [...list.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Cards that a person can see (not inside the hidden list while a job is open). */
export function visibleCards(list: JobList): JobCard[] {
  return parts<JobCard>(list, 'item')
    .filter((item) => item.getClientRects().length > 0)
    .map((item) => item.querySelector('job-card')!);
}

export function cardTitle(card: JobCard): string {
  return card.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
}

export function cardLink(card: JobCard): HTMLAnchorElement {
  return card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
}

export async function shownTitles(list: JobList): Promise<string[]> {
  await list.updateComplete;
  const cards = visibleCards(list);
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards.map(cardTitle);
}

export function countText(list: JobList): string {
  return part(list, 'count')!.textContent!.trim();
}

/** Waits until the list shows cards, a message, or an error (anything but the skeleton). */
export async function loaded(list: JobList): Promise<void> {
  // A wait, not a speed check: a language table or a feed can take seconds on a busy machine.
  await waitUntil(() => part(list, 'base')?.getAttribute('aria-busy') === 'false', 'the list did not finish loading', { timeout: 8000 });
  await list.updateComplete;
  await Promise.all(parts<JobCard>(list, 'item').map((item) => (item.querySelector('job-card') as JobCard).updateComplete));
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function typeInto(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Opens a filter's pop-over, as a click on its button would, and returns its group. */
export async function openFilter(list: JobList, facetLabel: string): Promise<HTMLElement> {
  const button = parts<HTMLButtonElement>(list, 'filter-summary').find((b) => b.textContent!.trim().startsWith(facetLabel));
  if (!button) throw new Error(`no filter "${facetLabel}"`);
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await list.updateComplete;
  }
  return button.closest<HTMLElement>('[part~="filter-group"]')!;
}

/** Ticks a filter option by its visible label, as a click would, opening its pop-over first. */
export async function toggleFilter(list: JobList, facetLabel: string, optionLabel: string): Promise<void> {
  const button = parts<HTMLButtonElement>(list, 'filter-summary').find((b) => b.textContent!.trim().startsWith(facetLabel));
  if (!button) throw new Error(`no filter "${facetLabel}"`);
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    // A pop-over's values are counted when it opens.
    await list.updateComplete;
  }
  const group = button.closest('[part~="filter-group"]')!;
  const option = [...group.querySelectorAll('label')].find((l) => l.querySelector('span')!.textContent!.trim() === optionLabel);
  if (!option) throw new Error(`no option "${optionLabel}" in "${facetLabel}"`);
  option.querySelector('input')!.click();
}

// One fetch stub for every test: answered by URL here (`respond`), or in order (`next`).
export { stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';

// A feed URL no earlier test has used, so the loader's shared cache does not answer it.
export { uniqueFeedUrl as freshUrl } from '../fixtures/fetch-stub.js';

/** Resets the URL between tests: no fragment, no state. */
export function resetLocation(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

/** Goes back one history entry and waits until the browser reports it. */
export async function goBack(): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await popped;
}

export async function goForward(): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.forward();
  await popped;
}
