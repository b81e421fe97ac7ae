/**
 * A company's page around the built bundle, for its tests: markup put in the page as a site
 * writes it, the site's stylesheet, its analytics listening on `document`, and what a test
 * changed undone after it (`cleanUpPage`, in each file's `afterEach`).
 */
import { JobListHarness } from '../harness/job-list.js';

let cleanups: (() => void)[] = [];

/** Undoes, after the test, what `undo` undoes (a stub, a listener). */
export function afterTest(undo: () => void): void {
  cleanups.push(undo);
}

/** Undoes what the test did to the page, last first, then empties the page and its URL. */
export function cleanUpPage(): void {
  for (const undo of cleanups.reverse()) undo();
  cleanups = [];
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
}

/** Puts `markup` in the page, in a `<div>` of its own, which it returns. */
export function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** Puts `markup` in the page and waits until its first `<job-list>` has loaded. */
export async function listIn(markup: string): Promise<JobListHarness> {
  const list = new JobListHarness(mount(markup).querySelector('job-list')!);
  await list.loaded();
  return list;
}

/** Records the events named `type` that reach the document, as a site's analytics would hear them. */
export function record<E extends Event>(type: keyof GlobalEventHandlersEventMap): E[] {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  afterTest(() => document.removeEventListener(type, listener));
  return events;
}

/** A `<style>` in the page, as a site's stylesheet, until the test ends. */
export function pageStyle(css: string): void {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  afterTest(() => sheet.remove());
}

/** Keeps the test page where it is when a link (Apply) is followed. */
export function stayOnPage(): void {
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('click', stay);
  afterTest(() => document.removeEventListener('click', stay));
}

/** `feed` served from memory (a `blob:` URL), as a build would write it; the file's `after` revokes it. */
export function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}
