import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { JobCount } from '../src/components/job-count/job-count.js';
import { JobCountHarness } from '../test/harness/job-count.js';
import { STORY_NOW } from './data.js';
import { rendered } from './support/dom.js';
import { feeds, pendingFeed } from './support/feeds.js';

interface CountArgs {
  src?: string;
  department?: string;
  remote?: string;
  /** The `lang` of the navigation around it. */
  lang?: string;
  /** The `dir` of the navigation around it. */
  dir?: 'ltr' | 'rtl';
  /** The site's own words around the count, in the navigation's language. */
  words?: { navigation: string; careers: string };
}

const meta = {
  title: 'Elements/job-count',
  component: 'job-count',
  // A Docs page: the manifest's rows for the element, and every story below.
  tags: ['autodocs'],
  // As a site's navigation shows it: a link and the number of open roles beside it.
  render: (args) => html`<nav lang=${ifDefined(args.lang)} dir=${ifDefined(args.dir)} aria-label=${args.words?.navigation ?? 'Site'}>
    <a href="#careers">${args.words?.careers ?? 'Careers'}</a>
    <job-count src=${ifDefined(args.src)} department=${ifDefined(args.department)} remote=${ifDefined(args.remote)} .now=${STORY_NOW}></job-count>
  </nav>`,
  argTypes: {
    // Descriptions come from the manifest; feed URLs here are answered in the page (support/feeds.ts).
    src: { control: 'text' },
    department: { control: 'text' },
    remote: { control: 'inline-radio', options: [undefined, 'remote', 'hybrid', 'onsite'] },
    lang: { control: 'text' },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    words: { control: false },
  },
  args: { src: feeds.demo },
} satisfies Meta<CountArgs>;

export default meta;
type Story = StoryObj<CountArgs>;

const countIn = async (canvas: HTMLElement) => new JobCountHarness(await rendered<JobCount>(canvas, 'job-count'));

/** Every open job of the feed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await waitFor(() => expect(count.shown()).toBe('17'));
  },
};

/** One department's open jobs (`department="Engineering"`), remote ones only. */
export const Scoped: Story = {
  args: { department: 'Engineering', remote: 'remote' },
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await waitFor(() => expect(count.shown()).toBe('2'));
  },
};

/** Hybrid jobs only (`remote="hybrid"`): partly at an office, partly remote. */
export const ScopedHybrid: Story = {
  args: { remote: 'hybrid' },
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await waitFor(() => expect(count.shown()).toBe('1'));
  },
};

/**
 * In an Egyptian Arabic navigation (`lang="ar-EG"`): the number in the digits the page writes,
 * ١٧ rather than 17. The element shows only the number; the words around it are the site's.
 */
export const InArabic: Story = {
  name: 'Localized (Arabic)',
  args: { lang: 'ar-EG', dir: 'rtl', words: { navigation: 'الموقع', careers: 'الوظائف' } },
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await waitFor(() => expect(count.shown()).toBe('١٧'));
  },
};

/** While the feed loads, and when it fails: nothing at all, so the navigation never shows a wrong number. */
export const Loading: Story = {
  args: { src: pendingFeed() },
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await expect(count.allText().trim()).toBe('');
  },
};

/** A feed that cannot be loaded (404): nothing shown; `job-feed-error` says why. */
export const Failed: Story = {
  args: { src: feeds.missing },
  // The count logs what failed (console.error), as the other elements do; the story expects it.
  parameters: { failedLoad: true },
  play: async ({ canvasElement }) => {
    const count = await countIn(canvasElement);
    await count.element.updateComplete;
    await expect(count.allText().trim()).toBe('');
  },
};
