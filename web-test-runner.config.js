// Browser tests: every element test runs in headless Chromium (Debian's /usr/bin/chromium) and
// in Firefox (Debian's firefox-esr, driven by puppeteer), so nothing rests on one engine.
// `BROWSERS=chromium` or `BROWSERS=firefox` runs one of them; CHROME_PATH and FIREFOX_PATH
// point at other copies. A browser that is missing stops the run with one line saying so.
// How each is launched is test/support/browsers.js, as for every other test that drives one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { checkedWantedBrowsers } from './scripts/check-browsers.js';
import { TIME_ZONE, chromiumOptions, firefoxOptions } from './test/support/browsers.js';

const browsers = checkedWantedBrowsers();
const wanted = (name) => browsers.includes(name);

export default {
  files: ['test/bundle/**/*.test.ts', 'test/components/**/*.test.ts', 'test/feed/**/*.test.ts', 'test/sanitize/**/*.test.ts', 'test/security/**/*.test.ts', 'test/seo/**/*.test.ts', 'test/ssr/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    wanted('chromium') && chromeLauncher({
      launchOptions: chromiumOptions(),
      // Cards show relative dates: every browser test runs in one known time zone and locale.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(TIME_ZONE);
        return page;
      },
    }),
    // Firefox takes the time zone from the environment of its process (firefoxOptions sets it).
    wanted('firefox') && puppeteerLauncher({ launchOptions: firefoxOptions() }),
  ].filter(Boolean),
  testFramework: { config: { timeout: 10000 } },
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head><body>
<script type="module" src="${testFramework}"></script>
</body></html>`,
};
