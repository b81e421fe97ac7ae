// How every test, bench and script that drives a browser starts one: the flags, the time zone and
// the launchers, in one place. The paths come from scripts/check-browsers.js (CHROME_PATH,
// FIREFOX_PATH, or Debian's packages). Plain JavaScript, as web-test-runner.config.js (which Node
// loads as it is) imports it too; the types are in browsers.d.ts.
//
// Used by web-test-runner.config.js (the element tests), vitest.config.ts (the stories), the
// built bundle's tests in test/dist, the XML check of test/build, bench/render.bench.ts and
// scripts/screenshot.ts.
import { browserPath } from '../../scripts/check-browsers.js';

/** Headless Chromium in a container or on CI: no sandbox, GPU or /dev/shm, nothing fetched on the side. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** The time zone the browser tests run in: cards show relative dates. */
export const TIME_ZONE = 'UTC';

/**
 * Chromium's launch options (playwright-core and puppeteer take the same two), with `extraArgs`
 * after the usual flags.
 * @param {string[]} [extraArgs]
 */
export function chromiumOptions(extraArgs = []) {
  return { executablePath: browserPath('chromium'), args: [...CHROMIUM_ARGS, ...extraArgs] };
}

/** Firefox's launch options for puppeteer (WebDriver BiDi), in TIME_ZONE: Firefox takes it from its environment. */
export function firefoxOptions() {
  return {
    browser: /** @type {const} */ ('firefox'),
    executablePath: browserPath('firefox'),
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
  };
}

/**
 * Chromium through playwright-core, for what drives pages from Node.
 * @param {string[]} [extraArgs]
 */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumOptions(extraArgs));
}

/** Firefox through puppeteer-core. */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch(firefoxOptions());
}
