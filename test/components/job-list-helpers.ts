/**
 * Shared helpers for the `<job-list>` tests: the fixture feed, fetch stubs, focus and history.
 * What a person sees and does in a list is its harness (test/harness/job-list.ts).
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { JobListHarness } from '../harness/job-list.js';

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

/** Renders `template`, a `<job-list>`, and returns its harness. */
export async function listFixture(template: TemplateResult): Promise<JobListHarness> {
  return new JobListHarness(await fixture<JobList>(template));
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// One fetch stub for every test: answered by URL here (`respond`), or in order (`next`).
export { stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';

// A feed URL no earlier test has used, so the loader's shared cache does not answer it.
export { uniqueFeedUrl as freshUrl } from '../fixtures/fetch-stub.js';

/** Resets the URL between tests: no fragment, no state. */
export function resetLocation(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

/**
 * Marks the current history entry, so that a test can tell by going Back which entry came before.
 * `history.length` cannot tell: Chromium stops counting at 50 entries, and the test runner reuses
 * a page for the next test file, so a run of many files reaches that.
 */
export function markHistoryEntry(mark: string): void {
  window.history.replaceState({ ...(window.history.state as object | null), testMark: mark }, '');
}

/** The mark `markHistoryEntry` left on the current entry, if any. */
export function historyMark(): string | undefined {
  return (window.history.state as { testMark?: string } | null)?.testMark;
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
