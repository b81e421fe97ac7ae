// `npm run test:stories`: every story in stories/ rendered in headless Chromium (Debian's
// /usr/bin/chromium) by Storybook's Vitest plugin. A story fails on an axe violation
// (`a11y.test = 'error'` in .storybook/preview.ts), a console.error, an uncaught error, or a
// failed assertion in its play function.
//
// One project per look from src/themes/, so that every state is checked by axe (contrast
// above all) in every look. Stories tagged `fixed-look` assert one look's values and run in
// the neutral project only.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function storiesIn(look: 'neutral' | 'midnight' | 'corporate'): TestProjectInlineConfiguration {
  return {
    plugins: [
      storybookTest({
        configDir: '.storybook',
        initialGlobals: { look },
        tags: look === 'neutral' ? {} : { exclude: ['fixed-look'] },
      }),
    ],
    test: {
      name: `stories (${look})`,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
            args: chromiumFlags,
          },
          // Cards show dates: stories run in one known time zone and locale.
          contextOptions: { timezoneId: 'UTC', locale: 'en-US' },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [storiesIn('neutral'), storiesIn('midnight'), storiesIn('corporate')],
    // Lit's one-line dev-mode notice would otherwise be repeated for every story file.
    onConsoleLog: (log) => !log.startsWith('Lit is in dev mode'),
  },
});
