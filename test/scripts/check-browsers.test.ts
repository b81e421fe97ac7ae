// A missing browser stops the tests before any starts, with one line that names it, the command
// that installs it and the ways round it (scripts/check-browsers.js).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { wantedBrowsers, missingBrowsers } from '../../scripts/check-browsers.js';
import { runNode } from '../support/run.js';

const only = (...present: string[]) => (path: string) => present.includes(path);
const DEBIAN = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

describe('missingBrowsers', () => {
  test('says nothing when every browser is there', () => {
    assert.equal(missingBrowsers(['chromium', 'firefox'], { env: {}, exists: only(DEBIAN.chromium, DEBIAN.firefox) }), undefined);
  });

  test('names a missing browser, where it was looked for, its package and the ways round it', () => {
    assert.equal(
      missingBrowsers(['chromium', 'firefox'], { optional: ['firefox'], env: {}, exists: only(DEBIAN.chromium) }),
      '✗ The browser tests need Firefox, which is not at /usr/bin/firefox-esr: install it with `sudo apt-get install firefox-esr`, ' +
        'set FIREFOX_PATH to another copy, or leave it out with BROWSERS=chromium.',
    );
  });

  test('offers BROWSERS only for a browser that may be left out', () => {
    const message = missingBrowsers(['chromium', 'firefox'], { optional: ['firefox'], env: {}, exists: only(DEBIAN.firefox) });
    assert.equal(message, '✗ The browser tests need Chromium, which is not at /usr/bin/chromium: install it with `sudo apt-get install chromium` or set CHROME_PATH to another copy.');
  });

  test('names both in one line, with one command for both', () => {
    assert.equal(
      missingBrowsers(['chromium', 'firefox'], { optional: ['chromium', 'firefox'], env: {}, exists: only() }),
      '✗ The browser tests need Chromium and Firefox, which are not at /usr/bin/chromium and /usr/bin/firefox-esr: ' +
        'install them with `sudo apt-get install chromium firefox-esr` or set CHROME_PATH and FIREFOX_PATH to other copies.',
    );
  });

  test('looks where CHROME_PATH and FIREFOX_PATH point, and says so', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome', FIREFOX_PATH: '/opt/firefox/firefox' };
    assert.equal(missingBrowsers(['chromium', 'firefox'], { env, exists: only('/opt/chrome/chrome', '/opt/firefox/firefox') }), undefined);
    assert.match(missingBrowsers(['firefox'], { env, exists: only(DEBIAN.firefox) })!, /not at \/opt\/firefox\/firefox \(FIREFOX_PATH\)/);
  });
});

describe('wantedBrowsers', () => {
  test('both browsers, or those BROWSERS names', () => {
    assert.deepEqual(wantedBrowsers({}), ['chromium', 'firefox']);
    assert.deepEqual(wantedBrowsers({ BROWSERS: 'chromium' }), ['chromium']);
    assert.deepEqual(wantedBrowsers({ BROWSERS: 'firefox, chromium' }), ['firefox', 'chromium']);
  });

  test('refuses a browser the tests do not run in', () => {
    assert.throws(() => wantedBrowsers({ BROWSERS: 'webkit' }), /BROWSERS=webkit: the tests run in chromium and firefox/);
  });
});

describe('before any test starts', () => {
  // Any executable file stands in for a browser that is there.
  const present = process.execPath;
  const run = (command: string[], env: Record<string, string>) => runNode(command, { env, unset: ['BROWSERS', 'CHROME_PATH', 'FIREFOX_PATH'] });

  test('`node scripts/check-browsers.js` (npm test) prints one line and fails', () => {
    const result = run(['scripts/check-browsers.js'], { CHROME_PATH: present, FIREFOX_PATH: '/nonexistent/firefox' });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^✗ The browser tests need Firefox, which is not at \/nonexistent\/firefox \(FIREFOX_PATH\): .*BROWSERS=chromium\.\n$/);
    assert.equal(run(['scripts/check-browsers.js'], { CHROME_PATH: present, FIREFOX_PATH: present }).code, 0);
    assert.equal(run(['scripts/check-browsers.js'], { CHROME_PATH: present, FIREFOX_PATH: '/nonexistent/firefox', BROWSERS: 'chromium' }).code, 0);
    // The built bundle's tests and the stories need Chromium, whatever BROWSERS says.
    assert.equal(run(['scripts/check-browsers.js'], { CHROME_PATH: '/nonexistent/chromium', FIREFOX_PATH: present, BROWSERS: 'firefox' }).code, 1);
  });

  test('web-test-runner stops on its configuration with the same one line', () => {
    const result = run([join('node_modules/@web/test-runner/dist/bin.js')], { CHROME_PATH: present, FIREFOX_PATH: '/nonexistent/firefox' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^✗ The browser tests need Firefox, which is not at \/nonexistent\/firefox \(FIREFOX_PATH\): .*BROWSERS=chromium\.\n$/);
  });
});
