// `npm run test:stories`: every story in stories/ rendered in headless Chromium (Debian's
// /usr/bin/chromium, launched as test/support/browsers.js says) by Storybook's Vitest plugin. A story fails on an axe violation
// (`a11y.test = 'error'` in .storybook/preview.ts), a console.error, an uncaught error, or a
// failed assertion in its play function.
//
// One project per look from src/themes/, so that every state is checked by axe (contrast
// above all) in every look. Stories tagged `fixed-look` assert one look's values and run in
// the neutral project only.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { TIME_ZONE, chromiumOptions } from './test/support/browsers.js';

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
          launchOptions: chromiumOptions(),
          // Cards show dates: stories run in one known time zone and locale.
          contextOptions: { timezoneId: TIME_ZONE, locale: 'en-US' },
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
