// Browser tests: every element test runs in headless Chromium (Debian's /usr/bin/chromium).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/components/**/*.test.ts', 'test/feed/**/*.test.ts', 'test/sanitize/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
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
  ],
  testFramework: { config: { timeout: 10000 } },
  // Lit's one-line dev-mode notice would otherwise be repeated for every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head><body>
<script type="module" src="${testFramework}"></script>
</body></html>`,
};
