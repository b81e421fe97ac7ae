// The browsers the tests drive, where they are looked for, and one line saying what is missing.
// Without this check a missing browser showed up as the same stack trace once per test file.
//
//   node scripts/check-browsers.js            what `npm test` and `test:node` need: Chromium (the
//                                             built bundle's tests, the stories) and the browsers
//                                             the tests run in both (`BROWSERS`, both by default)
//   node scripts/check-browsers.js chromium   Chromium only (the stories)
//
// web-test-runner.config.js checks its browsers (`BROWSERS`) itself.
import { accessSync, constants, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Every browser the tests can drive: Debian's packages, or another copy named by a variable. */
const BROWSERS = {
  chromium: { name: 'Chromium', variable: 'CHROME_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { name: 'Firefox', variable: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

/**
 * Where the tests look for `browser`: its variable (CHROME_PATH, FIREFOX_PATH) or Debian's path.
 * @param {keyof typeof BROWSERS} browser
 * @param {NodeJS.ProcessEnv} [env]
 */
export function browserPath(browser, env = process.env) {
  return env[BROWSERS[browser].variable] || BROWSERS[browser].path;
}

/**
 * The browsers for the tests that run in each (the element tests, the script-tag bundle's pinning
 * in test/dist/integrity.test.ts): both, or those `BROWSERS` names (`BROWSERS=chromium`).
 * Throws on a name that is not one of them.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {(keyof typeof BROWSERS)[]}
 */
export function wantedBrowsers(env = process.env) {
  if (env.BROWSERS === undefined || env.BROWSERS.trim() === '') return ['chromium', 'firefox'];
  const names = env.BROWSERS.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !Object.hasOwn(BROWSERS, name));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS=${env.BROWSERS}: the tests run in chromium and firefox; name one or both (BROWSERS=chromium or BROWSERS=chromium,firefox)`);
  }
  return /** @type {(keyof typeof BROWSERS)[]} */ ([...new Set(names)]);
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const list = (/** @type {string[]} */ items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * One line naming the browsers of `needed` that cannot be found, the command that installs them
 * and the ways round it, or undefined when every one is there. `optional` are those that
 * `BROWSERS` may leave out (the element tests run in either; the rest of the tests need Chromium).
 * @param {(keyof typeof BROWSERS)[]} needed
 * @param {{ optional?: (keyof typeof BROWSERS)[], env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean }} [options]
 */
export function missingBrowsers(needed, { optional = [], env = process.env, exists = isExecutable } = {}) {
  const missing = [...new Set(needed)].filter((browser) => !exists(browserPath(browser, env)));
  if (missing.length === 0) return undefined;
  const names = list(missing.map((browser) => BROWSERS[browser].name));
  const where = list(missing.map((browser) => `${browserPath(browser, env)}${env[BROWSERS[browser].variable] ? ` (${BROWSERS[browser].variable})` : ''}`));
  const install = `sudo apt-get install ${missing.map((browser) => BROWSERS[browser].apt).join(' ')}`;
  const variables = list(missing.map((browser) => BROWSERS[browser].variable));
  const others = [...new Set(needed)].filter((browser) => !missing.includes(browser));
  const skip = missing.length === 1 && optional.includes(missing[0]) && others.length > 0 ? `, or leave it out with BROWSERS=${others.join(',')}` : '';
  return (
    `✗ The browser tests need ${names}, which ${missing.length === 1 ? 'is' : 'are'} not at ${where}: ` +
    `install ${missing.length === 1 ? 'it' : 'them'} with \`${install}\`${skip ? ', ' : ' or '}set ${variables} to ${missing.length === 1 ? 'another copy' : 'other copies'}${skip}.`
  );
}

/** Prints `problem` (one line) and stops the process when there is one. */
function exitIf(/** @type {string | undefined} */ problem) {
  if (problem === undefined) return;
  console.error(problem);
  process.exit(1);
}

/** `wantedBrowsers`, or the process stops with the one line on a name it does not know. */
function wantedBrowsersOrExit(/** @type {NodeJS.ProcessEnv} */ env = process.env) {
  try {
    return wantedBrowsers(env);
  } catch (error) {
    exitIf(`✗ ${/** @type {Error} */ (error).message}`);
    return [];
  }
}

/**
 * The wanted browsers, each found, for web-test-runner.config.js: the process stops with the one
 * line when one is missing or `BROWSERS` names another.
 */
export function checkedWantedBrowsers() {
  const browsers = wantedBrowsersOrExit();
  exitIf(missingBrowsers(browsers, { optional: browsers }));
  return browsers;
}

// The command line: the one line and exit status 1, before any test starts.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv.slice(2);
  if (only.length > 0) {
    exitIf(missingBrowsers(wantedBrowsersOrExit({ BROWSERS: only.join(',') })));
  } else {
    // Chromium for the built bundle's tests and the stories, whatever `BROWSERS` says; Firefox
    // unless `BROWSERS` leaves it out.
    const wanted = wantedBrowsersOrExit();
    exitIf(missingBrowsers(['chromium', ...wanted], { optional: wanted.filter((browser) => browser !== 'chromium') }));
  }
}
