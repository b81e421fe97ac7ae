/**
 * Chromium for the tests of what the build made (Debian's, or CHROME_PATH), and pages in it
 * that record every uncaught exception and console error, for a test to expect none.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
}

/** `url` in a new page of `browser`, with the errors it reports from the start. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** The titles of a list's cards, in order. */
export const cardTitles = async (page: Page): Promise<string[]> =>
  (await page.locator('job-list job-card [part="heading"]').allTextContents()).map((title) => title.trim());
