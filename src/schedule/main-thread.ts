/**
 * Giving the main thread back: the feed checks and the search index run in slices between
 * which the page can paint and answer input. One place for the browser's scheduling APIs and
 * their fallbacks (Firefox ESR has neither `scheduler.yield` nor `postTask` everywhere).
 */

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => unknown;
}

const scheduler = (): Scheduler | undefined => (globalThis as { scheduler?: Scheduler }).scheduler;

/** Resolves in a new task, ahead of other waiting tasks where the browser allows it. */
export function yieldToMain(): Promise<void> {
  const yieldNow = scheduler()?.yield;
  if (yieldNow) return yieldNow.call(scheduler());
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has painted and other waiting tasks (a click, a keystroke) have
 * run, or after 100 ms in a page that does not paint (a background tab runs no animation frames).
 */
export function afterNextPaint(): Promise<void> {
  // A hidden page paints nothing, and its timers are slowed down to once a second.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  const postTask = scheduler()?.postTask;
  const later = (task: () => void) => (postTask ? void postTask.call(scheduler(), task, { priority: 'background' }) : setTimeout(task));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      later(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** Runs `work` when the page is idle (after 50 ms where there is no `requestIdleCallback`). */
export function whenIdle(work: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work);
  else setTimeout(work, 50);
}
