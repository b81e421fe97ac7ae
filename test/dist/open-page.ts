/**
 * For the tests of what the build made: pages that record every uncaught exception and console
 * error, for a test to expect none, and what a list shows.
 */
import type { Browser, Page } from 'playwright-core';
import { recordErrors } from './page-errors.js';

/** `url` in a new page of `browser`, with the errors it reports from the start. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** The titles of a list's cards, in order. */
export const cardTitles = async (page: Page): Promise<string[]> =>
  (await page.locator('job-list job-card [part="heading"]').allTextContents()).map((title) => title.trim());
