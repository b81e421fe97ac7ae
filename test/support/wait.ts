/**
 * Waiting in tests for something to happen: a feed that arrives, a language table that loads,
 * focus that moves. Never a check that it is fast: the tests run on a loaded two-core machine,
 * where @open-wc's one second default failed now and then, so the default here is five (within
 * the ten seconds a browser test may take). Depends on timers alone: element tests, stories,
 * harnesses and Node tests use it alike.
 */

/** How long `waitUntil` waits unless told otherwise. */
export const WAIT_TIMEOUT = 5_000;

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Resolves with what `condition` returns once that is truthy, trying it every `interval` ms.
 * Rejects with `message` after `timeout` ms, or at once with the error `condition` throws.
 */
export function waitUntil<T>(
  condition: () => T | Promise<T>,
  message?: string,
  { timeout = WAIT_TIMEOUT, interval = 50 }: { timeout?: number; interval?: number } = {},
): Promise<Truthy<Awaited<T>>> {
  // The stack of the call, not of the timer: it names the test that waited.
  const { stack } = new Error();
  return new Promise((resolve, reject) => {
    let next: ReturnType<typeof setTimeout> | undefined;
    let over = false;
    const deadline = setTimeout(() => {
      over = true;
      clearTimeout(next);
      const error = new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout} ms`);
      error.stack = `${error.name}: ${error.message}\n${stack?.replace(/^Error\n/, '') ?? ''}`;
      reject(error);
    }, timeout);
    const attempt = async () => {
      try {
        const value = await condition();
        if (over) return;
        if (value) {
          clearTimeout(deadline);
          over = true;
          resolve(value as Truthy<Awaited<T>>);
        } else {
          next = setTimeout(attempt, interval);
        }
      } catch (error) {
        clearTimeout(deadline);
        over = true;
        reject(error);
      }
    };
    void attempt();
  });
}
