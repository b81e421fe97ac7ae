/**
 * The page code of `compare.bench.ts` (runs in Chromium, transpiled as it is served). The page
 * has loaded one build of the script-tag bundle the way a site does, with a `<script>` in its
 * `<head>`; each function here times one thing a person does, from the browser's own timestamp
 * of their action (or the page's start) to the next frame painted after the result is there.
 */

import { nextPaint } from '../render/next-paint.js';

type Reactive = HTMLElement & { updateComplete: Promise<unknown> };

export interface FirstPaint {
  /** Page start → the first page of cards painted. */
  paintedMs: number;
  /** The bundle's script files the page had requested by then. */
  scripts: number;
  cards: number;
}

export interface Opened {
  /** The person's click (or Enter) → the detail's body painted. */
  openedMs: number;
  /** The bundle's script files requested from the first hover or focus on until then. */
  scripts: number;
}

export interface Typed {
  /** Each keystroke: keydown → the list updated. */
  keystrokes: number[];
  matches: string;
}

/** What the Node side calls, through `page.evaluate`. */
export interface ComparePage {
  /** Adds `<job-list src>` for the feed at `feed`, and resolves once its first cards have painted. */
  showList(feed: string, now: string): Promise<FirstPaint>;
  /** Starts timing from the next click or Enter; `opened()` resolves with the time. */
  armOpen(): void;
  opened(): Promise<Opened>;
  /** Starts timing from the next click on a filter's button; `filterOpened()` resolves with the time. */
  armFilter(): void;
  filterOpened(): Promise<number>;
  /** Starts recording keystrokes in the search box; `typed()` waits for the list to settle. */
  armTyping(): void;
  typed(): Promise<Typed>;
  /** The list back to its first state (no open job, no search, no open filter). */
  reset(): Promise<void>;
}

const TIMEOUT = 30_000;
let list: Reactive;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `ready()` holds, checked at every change in the list's shadow tree. */
function whenTrue(ready: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ready()) return resolve();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what}: not within ${TIMEOUT / 1000} s`));
    }, TIMEOUT);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true, attributes: true });
  });
}

const scriptsSince = (start: number): number =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js') && !entry.name.includes('/bench/') && entry.startTime >= start).length;

async function showList(feed: string, now: string): Promise<FirstPaint> {
  list = document.createElement('job-list') as Reactive;
  Object.assign(list, { now: new Date(now) });
  list.setAttribute('src', feed);
  document.querySelector('#host')!.append(list);
  await customElements.whenDefined('job-list');
  await whenTrue(() => list.shadowRoot?.querySelector('job-card') !== null, 'the first cards');
  await list.updateComplete;
  const painted = await nextPaint();
  return { paintedMs: painted, scripts: scriptsSince(0), cards: list.shadowRoot!.querySelectorAll('job-card').length };
}

let action: { at: number; intent: number } | undefined;
let intent = Number.NaN;
// The first hover or focus: what starts loading what opening needs.
for (const type of ['pointerover', 'focusin']) {
  document.addEventListener(type, () => void (Number.isNaN(intent) && (intent = performance.now())), { capture: true });
}

function arm(type: 'click' | 'keydown'): void {
  const listener = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    action = { at: event.timeStamp, intent: Number.isNaN(intent) ? event.timeStamp : intent };
    document.removeEventListener('click', listener, { capture: true });
    document.removeEventListener('keydown', listener, { capture: true });
  };
  for (const kind of new Set(['click', type])) document.addEventListener(kind, listener, { capture: true });
}

async function opened(): Promise<Opened> {
  // The list renders the <job-detail> at once; it renders its body once its code is in.
  await whenTrue(() => list.shadowRoot!.querySelector('job-detail') !== null, 'the opened job');
  await customElements.whenDefined('job-detail');
  const detail = list.shadowRoot!.querySelector('job-detail') as Reactive;
  const body = () => detail.shadowRoot?.querySelector('[part~="body"] p') ?? null;
  for (let updates = 0; body() === null; updates++) {
    if (updates > 100) throw new Error('the opened job showed no body');
    await detail.updateComplete;
    if (body() === null) await sleep(0);
  }
  const painted = await nextPaint();
  if (!action) throw new Error('no click or Enter was seen');
  const result = { openedMs: painted - action.at, scripts: scriptsSince(action.intent) };
  action = undefined;
  return result;
}

async function filterOpened(): Promise<number> {
  const panel = () => list.shadowRoot!.querySelector('[part~="filter-options"] [part~="filter-checkbox"]');
  await whenTrue(() => panel() !== null && (panel() as HTMLElement).getClientRects().length > 0, 'the filter panel');
  const painted = await nextPaint();
  if (!action) throw new Error('no click was seen');
  const result = painted - action.at;
  action = undefined;
  return result;
}

let typing: { keystrokes: Promise<number>[]; stop: () => void } | undefined;

function armTyping(): void {
  const keystrokes: Promise<number>[] = [];
  let keydown = 0;
  const onKeydown = (event: KeyboardEvent) => void (keydown = event.timeStamp);
  const onInput = () => {
    const at = keydown;
    keystrokes.push(list.updateComplete.then(() => performance.now() - at));
  };
  list.addEventListener('keydown', onKeydown);
  list.addEventListener('input', onInput);
  typing = {
    keystrokes,
    stop: () => {
      list.removeEventListener('keydown', onKeydown);
      list.removeEventListener('input', onInput);
    },
  };
}

async function typed(): Promise<Typed> {
  if (!typing) throw new Error('typed() before armTyping()');
  await sleep(800);
  typing.stop();
  const keystrokes = await Promise.all(typing.keystrokes);
  typing = undefined;
  return { keystrokes, matches: list.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim() ?? '' };
}

async function reset(): Promise<void> {
  if (location.hash) history.back();
  await sleep(50);
  await list.updateComplete;
  intent = Number.NaN;
  await nextPaint();
}

const api: ComparePage = {
  showList,
  armOpen: () => arm('keydown'),
  opened,
  armFilter: () => arm('click'),
  filterOpened,
  armTyping,
  typed,
  reset,
};
(window as unknown as { compare: ComparePage }).compare = api;
