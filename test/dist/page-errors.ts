/** What a page reports as going wrong, for the tests that open the built bundle in a browser. */
import type { Page } from 'playwright-core';

/** The page's uncaught exceptions and console errors from now on, as they come. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
