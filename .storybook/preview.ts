// Every story: the three elements defined, feeds answered in the page, the look from the
// toolbar, axe violations as failures, and any console.error as a failure.
import type { Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import '../src/index.js';
import { installStoryFeeds } from '../stories/support/feeds.js';
import { withLook } from '../stories/support/looks.js';

installStoryFeeds();

// `waitFor` waits for something to happen, not for it to be fast: its 1 s default failed a story
// whose language table loaded late on a busy CI machine ("still loading"). A story that never
// settles still fails, after 10 s.
configure({ asyncUtilTimeout: 10_000 });

let consoleErrors: unknown[][] = [];

const preview: Preview = {
  decorators: [withLook],
  globalTypes: {
    look: {
      description: 'The look from src/themes/ applied to the page',
      toolbar: {
        title: 'Look',
        icon: 'paintbrush',
        items: [
          { value: 'neutral', title: 'Neutral' },
          { value: 'midnight', title: 'Midnight' },
          { value: 'corporate', title: 'Corporate' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { look: 'neutral' },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  beforeEach() {
    // A list opens the job named in the fragment: each story starts at the plain list.
    if (window.location.hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    consoleErrors = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      original.apply(console, args);
    };
    return () => {
      console.error = original;
    };
  },
  afterEach() {
    if (consoleErrors.length === 0) return;
    const asText = (arg: unknown) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg));
    const messages = consoleErrors.map((args) => args.map(asText).join(' '));
    throw new Error(`The story logged ${consoleErrors.length} console error(s):\n${messages.join('\n')}`);
  },
};

export default preview;
