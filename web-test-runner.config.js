// Browser tests: every element test runs in headless Chromium (Debian's /usr/bin/chromium) and
// in Firefox (Debian's firefox-esr, driven by puppeteer), so nothing rests on one engine.
// `BROWSERS=chromium` or `BROWSERS=firefox` runs one of them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const only = process.env.BROWSERS?.split(',');
const wanted = (name) => !only || only.includes(name);

export default {
  files: ['test/bundle/**/*.test.ts', 'test/components/**/*.test.ts', 'test/feed/**/*.test.ts', 'test/sanitize/**/*.test.ts', 'test/security/**/*.test.ts', 'test/seo/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    wanted('chromium') && chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: chromeFlags,
      },
      // Cards show relative dates: every browser test runs in one known time zone and locale.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('UTC');
        return page;
      },
    }),
    wanted('firefox') &&
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
          headless: true,
          // Firefox takes the time zone from the environment of its process.
          env: { ...process.env, TZ: 'UTC' },
        },
      }),
  ].filter(Boolean),
  testFramework: { config: { timeout: 10000 } },
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head><body>
<script type="module" src="${testFramework}"></script>
</body></html>`,
};
