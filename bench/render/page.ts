/**
 * The bench page's own code (runs in Chromium, transpiled by `render.bench.ts` as it serves it).
 * Each run happens on a fresh page: `prepare` fetches the feed's JSON text from the server first,
 * then `ours` or `baseline` stubs `window.fetch` so that the feed request resolves from that
 * string. The clock starts when the stub hands back the `Response` ("feed received") and stops
 * after the next frame has painted once the list and its cards have rendered: a
 * `requestAnimationFrame`, then a MessageChannel task, which runs after that frame's style,
 * layout and paint. Both sides are timed the same way.
 */
import type { Feed } from '../../src/feed/types.js';
import { renderBaseline } from './baseline.js';
import { nextPaint } from './next-paint.js';

type Reactive = HTMLElement & { updateComplete: Promise<unknown> };

export interface RunResult {
  /** Feed received → list and visible cards rendered (script only, before style and layout). */
  renderedMs: number;
  /** Feed received → the frame after that has painted. */
  paintedMs: number;
  /**
   * Feed received → the whole list painted: its count, filters and "Show more" (for a large feed
   * our list paints its first page before the rest is checked); `paintedMs` for the baselines.
   */
  completeMs: number;
  /** The longest main-thread task between feed received and painted (0 when none passed 50 ms). */
  longestTaskMs: number;
  /** Cards in the DOM at first paint. */
  cards: number;
  /** Titles of the first cards, to check that both sides show the same jobs in the same order. */
  titles: string[];
  /** Whether a "Show more" button was there. */
  more: boolean;
}

export interface Keystroke {
  key: string;
  /** The keydown's timestamp → the list's `updateComplete`. */
  updateMs: number;
  /** The keydown's timestamp → the next frame painted. */
  paintMs: number;
}

export interface TypingResult {
  keystrokes: Keystroke[];
  /** Long tasks (over 50 ms, as the browser reports them) while typing. */
  longTasks: { startMs: number; durationMs: number }[];
  /** The list's visible count once typing settled. */
  countText: string;
  /** Cards shown once typing settled. */
  cards: number;
}

/** What the Node side calls, through `page.evaluate`. */
export interface BenchPage {
  /** Fetches the feed of `size` jobs as text (not timed) and waits for the elements; `pageSize` is the list's first page. */
  prepare(size: number, pageSize: number): Promise<void>;
  /** A `<job-list src>` renders the feed. */
  ours(): Promise<RunResult>;
  /** The hand-written page: `all` jobs in one `innerHTML`, or the same first `page` as ours. */
  baseline(mode: 'all' | 'page'): Promise<RunResult>;
  /** Starts recording keystrokes and long tasks, after checking that a long task is seen. */
  startTyping(): Promise<void>;
  /** Waits for the list to settle and returns what was recorded. */
  stopTyping(): Promise<TypingResult>;
}

const FEED_URL = '/feed.json';
const RENDER_TIMEOUT = 30_000;
const NETWORK_MS = 20;

const host = document.querySelector<HTMLElement>('#host')!;
const realFetch = window.fetch.bind(window);
let feedText = '';
// Our list's first page (its PAGE_SIZE, given by the bench), and so the baseline's `page` mode.
let firstPage = 100;
// The clock the feed was written against (its `generated`): the list closes jobs at view time, and
// against today's clock the feed's jobs with a `validThrough` would have closed since.
let feedClock = new Date(0);
let list: Reactive | undefined;

// Long tasks of the whole page life; runs pick theirs by time.
const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((entries) => void longTasks.push(...entries.getEntries())).observe({ type: 'longtask' });

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));


/**
 * Serves the feed from the string, and returns a getter for the time the Response went out. The
 * answer comes after the page has painted what it shows while waiting (our list's placeholders)
 * and a short pause, as over a network: what a page does before its feed arrives is not timed.
 */
function stubFetch(): () => number {
  let received = Number.NaN;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== FEED_URL) return realFetch(input, init);
    await nextPaint();
    await sleep(NETWORK_MS);
    const response = new Response(feedText, { headers: { 'content-type': 'application/json' } });
    received = performance.now();
    return response;
  };
  return () => received;
}

function longestTask(from: number, to: number): number {
  const overlapping = longTasks.filter((t) => t.startTime + t.duration > from && t.startTime < to);
  return Math.max(0, ...overlapping.map((t) => t.duration));
}

function headingText(card: Element): string {
  return card.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
}

/**
 * Resolves when the list has rendered cards and the list and every card have finished updating.
 * A MutationObserver on the list's shadow root sees the cards arrive in the same task that
 * renders them, so no polling delay is added; placeholders while loading are not cards.
 */
function cardsRendered(element: Reactive): Promise<{ at: number; cards: Reactive[] }> {
  const root = element.shadowRoot;
  if (!root) return Promise.reject(new Error('<job-list> has no open shadow root'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`<job-list> showed no cards within ${RENDER_TIMEOUT / 1000} s: ${root.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200)}`));
    }, RENDER_TIMEOUT);
    const observer = new MutationObserver(async () => {
      if (!root.querySelector('job-card')) return;
      observer.disconnect();
      await element.updateComplete;
      const cards = [...root.querySelectorAll<Reactive>('job-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const at = performance.now();
      clearTimeout(timer);
      resolve({ at, cards });
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Resolves when the list is no longer busy (all jobs checked, counted) and has updated. */
async function loadComplete(element: Reactive): Promise<void> {
  const base = () => element.shadowRoot!.querySelector('[part~="base"]');
  const deadline = performance.now() + RENDER_TIMEOUT;
  while (base()?.getAttribute('aria-busy') !== 'false') {
    if (performance.now() > deadline) throw new Error('<job-list> stayed busy');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await element.updateComplete;
}

async function prepare(size: number, pageSize: number): Promise<void> {
  firstPage = pageSize;
  const response = await realFetch(`/feeds/${size}.json`);
  if (!response.ok) throw new Error(`no feed of ${size} jobs (${response.status})`);
  feedText = await response.text();
  feedClock = new Date((JSON.parse(feedText) as Feed).generated);
  await Promise.all(['job-list', 'job-card'].map((tag) => customElements.whenDefined(tag)));
  // Fetching and decoding the feed made garbage: collect it now rather than inside a run.
  (globalThis as { gc?: () => void }).gc?.();
  await nextPaint();
  // The previous page's teardown shares the two cores with this one: let it finish.
  await sleep(150);
}

async function ours(): Promise<RunResult> {
  const received = stubFetch();
  const problems: string[] = [];
  const element = document.createElement('job-list') as Reactive & { now?: Date };
  element.now = feedClock;
  element.addEventListener('job-feed-warning', (event) => problems.push(`job-feed-warning: ${JSON.stringify((event as Event & { problems?: unknown }).problems).slice(0, 300)}`));
  const failed = new Promise<never>((_, reject) =>
    element.addEventListener('job-feed-error', (event) => reject(new Error(`job-feed-error: ${(event as Event & { error?: Error }).error?.message}`))),
  );
  element.setAttribute('src', FEED_URL);
  host.replaceChildren(element);
  list = element;
  const { at, cards } = await Promise.race([cardsRendered(element), failed]);
  const painted = await nextPaint();
  const titles = cards.slice(0, firstPage).map(headingText);
  await Promise.race([loadComplete(element), failed]);
  const complete = await nextPaint();
  const t0 = received();
  if (Number.isNaN(t0)) throw new Error('<job-list> rendered cards without fetching the feed');
  if (problems.length > 0) throw new Error(`the bench feed is not valid for the list: ${problems.join('; ')}`);
  await sleep(0); // the long task that just ended is reported in a task of its own
  return {
    renderedMs: at - t0,
    paintedMs: painted - t0,
    completeMs: complete - t0,
    longestTaskMs: longestTask(t0, complete),
    cards: cards.length,
    titles,
    more: element.shadowRoot!.querySelector('[part~="more"]') !== null,
  };
}

async function baseline(mode: 'all' | 'page'): Promise<RunResult> {
  const received = stubFetch();
  const response = await fetch(FEED_URL);
  const text = await response.text();
  const feed = JSON.parse(text) as Feed;
  renderBaseline(host, feed.jobs, mode === 'page' ? firstPage : Infinity);
  const at = performance.now();
  const painted = await nextPaint();
  const t0 = received();
  await sleep(0);
  const cards = [...host.querySelectorAll('li.job')];
  return {
    renderedMs: at - t0,
    paintedMs: painted - t0,
    completeMs: painted - t0,
    longestTaskMs: longestTask(t0, painted),
    cards: cards.length,
    titles: cards.slice(0, firstPage).map((card) => card.querySelector('.heading')?.textContent?.trim() ?? ''),
    more: host.querySelector('.more') !== null,
  };
}

let typing: { since: number; keystrokes: Promise<Keystroke>[]; stop: () => void } | undefined;

async function startTyping(): Promise<void> {
  const element = list;
  if (!element) throw new Error('startTyping before ours()');
  // The long-task figure must be able to fail: a 70 ms task has to show up before we trust it.
  const before = performance.now();
  await new Promise<void>((resolve) =>
    setTimeout(() => {
      const end = performance.now() + 70;
      while (performance.now() < end) {
        // busy on purpose
      }
      resolve();
    }),
  );
  await sleep(100);
  if (longestTask(before, performance.now()) < 60) throw new Error('the longtask PerformanceObserver missed a 70 ms task');
  await sleep(200);

  const keystrokes: Promise<Keystroke>[] = [];
  let keydown = { key: '', at: 0 };
  const onKeydown = (event: KeyboardEvent) => void (keydown = { key: event.key, at: event.timeStamp });
  const onInput = () => {
    const { key, at } = keydown;
    keystrokes.push(
      element.updateComplete.then(async () => {
        const updated = performance.now();
        const painted = await nextPaint();
        return { key, updateMs: updated - at, paintMs: painted - at };
      }),
    );
  };
  element.addEventListener('keydown', onKeydown);
  element.addEventListener('input', onInput);
  typing = {
    since: performance.now(),
    keystrokes,
    stop: () => {
      element.removeEventListener('keydown', onKeydown);
      element.removeEventListener('input', onInput);
    },
  };
}

async function stopTyping(): Promise<TypingResult> {
  if (!typing || !list) throw new Error('stopTyping before startTyping()');
  // Past the count announcer's pause (about 400 ms), so its update is inside the window too.
  await sleep(800);
  typing.stop();
  const keystrokes = await Promise.all(typing.keystrokes);
  const root = list.shadowRoot!;
  const since = typing.since;
  typing = undefined;
  return {
    keystrokes,
    longTasks: longTasks.filter((t) => t.startTime >= since).map((t) => ({ startMs: t.startTime - since, durationMs: t.duration })),
    countText: root.querySelector('[part~="count"]')?.textContent?.trim() ?? '',
    cards: root.querySelectorAll('job-card').length,
  };
}

const api: BenchPage = { prepare, ours, baseline, startTyping, stopTyping };
(window as unknown as { bench: BenchPage }).bench = api;
