import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Job } from '../src/feed/types.js';
import type { JobCardHarness } from '../test/harness/job-card.js';
import { STORY_NOW, arabicJob, longJob, richJob, seedJob } from './data.js';
import { cardIn, partText } from './support/dom.js';
import { feeds, pendingFeed } from './support/feeds.js';

interface CardArgs {
  job?: Job;
  src?: string;
  jobId?: string;
  href?: string;
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
  /** Content of the `error` slot: the site's own words when the job could not be loaded. */
  errorSlot?: string;
}

const meta = {
  title: 'Elements/job-card',
  component: 'job-card',
  // A Docs page: the manifest's rows for the element, and every story below.
  tags: ['autodocs'],
  render: (args) => html`<job-card
    .job=${args.job}
    src=${ifDefined(args.src)}
    job-id=${ifDefined(args.jobId)}
    href=${ifDefined(args.href)}
    heading-level=${ifDefined(args.headingLevel)}
    theme=${ifDefined(args.theme)}
    .now=${STORY_NOW}
  >
    ${args.errorSlot ? html`<p slot="error">${args.errorSlot}</p>` : nothing}
  </job-card>`,
  argTypes: {
    job: { control: 'object' },
    // Descriptions come from the manifest; feed URLs here are answered in the page (support/feeds.ts).
    src: { control: 'text' },
    jobId: { control: 'text' },
    href: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    errorSlot: { control: 'text', description: 'A message put in the `error` slot.' },
  },
  args: { href: '/careers/job' },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** Waits for the title and returns it. */
async function headingOnceLoaded(card: JobCardHarness): Promise<string> {
  return partText(card, 'heading');
}

/** Every field a card shows: locations, remote, department, type, salary, date, tags. */
export const Default: Story = {
  args: { job: richJob, href: `/careers/${richJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(richJob.title);
    await expect(card.part('link')).toHaveAttribute('href', `/careers/${richJob.id}`);
    await expect(card.text('salary')).toContain(richJob.salary!.text);
    await expect(card.part('remote')).toBeVisible();
  },
};

/** Without `href` the card is not a link. */
export const WithoutLink: Story = {
  args: { job: richJob, href: undefined },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(richJob.title);
    await expect(card.has('link')).toBe(false);
  },
};

/** The seed posting: no date, department, type or tags; a long summary. */
export const SeedPosting: Story = {
  args: { job: seedJob, href: `/careers/${seedJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(seedJob.title);
    await expect(card.has('date')).toBe(false);
  },
};

/** A very long title with an unbroken word, many locations and tags. */
export const LongPosting: Story = {
  args: { job: longJob, href: `/careers/${longJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(longJob.title);
    // Nothing may stick out of the card.
    const article = card.part('card');
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

/** The Arabic posting: the card is marked `lang="ar" dir="rtl"`. */
export const RightToLeft: Story = {
  args: { job: arabicJob, href: `/careers/${arabicJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(arabicJob.title);
    await expect(card.part('heading')).toHaveAttribute('dir', 'rtl');
    await expect(card.part('heading')).toHaveAttribute('lang', 'ar');
  },
};

/** The job loaded from a feed by `src` and `job-id`. */
export const FromFeed: Story = {
  args: { src: feeds.demo, jobId: richJob.id, href: `/careers/${richJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await headingOnceLoaded(card)).toBe(richJob.title);
  },
};

/** The feed never answers: a placeholder card (after 15 s, the timeout error). */
export const Loading: Story = {
  args: { jobId: richJob.id },
  render: (args) => meta.render({ ...args, src: pendingFeed() }),
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(card.part('card')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The feed answers 404: the error and a Retry button. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing, jobId: richJob.id },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await partText(card, 'status')).toContain('We couldn’t load this job. Please try again.');
    await expect(card.part('retry')).toHaveTextContent('Retry');
  },
};

/**
 * A card of a feed that fails (404), on a page that says it in its own words (the `error` slot)
 * instead of the card's: Retry stays.
 */
export const ErrorOwnMessage: Story = {
  name: 'Error: the site\'s message (error slot)',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing, jobId: richJob.id, errorSlot: 'This role is on our careers page, which is resting for a moment.' },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await waitFor(() => expect(card.slotted('error')).toHaveLength(1));
    await expect(card.part('status')).toHaveAttribute('role', 'alert');
    await expect(canvasElement.querySelector('p[slot="error"]')).toBeVisible();
    await expect(card.part('retry')).toBeVisible();
  },
};

/** The feed answers an HTML page instead of JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.notJson, jobId: richJob.id },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await partText(card, 'status')).toContain('We couldn’t load this job. Please try again.');
  },
};

/** The feed loaded but has no job with this id (the job was filled). */
export const NoLongerListed: Story = {
  args: { src: feeds.demo, jobId: 'filled-last-week' },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await waitFor(() => expect(card.text('status')).toBe('This job is no longer listed.'));
  },
};

/** A job whose `validThrough` has passed: its title and "This position has closed", with no link. */
export const Closed: Story = {
  args: { job: { ...richJob, validThrough: '2026-11-30' } },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await waitFor(() => expect(card.text('status')).toContain('This position has closed.'));
    await expect(card.parts('link')).toHaveLength(0);
  },
};

/** The `job` property holds something that is not a valid job (here: no title). */
export const InvalidJob: Story = {
  args: { job: { id: 'untitled', html: '' } as Job },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await expect(await partText(card, 'status')).toBe('This job cannot be shown.');
  },
};

/**
 * `theme="dark"` on a page without a look sheet. The story checks the default dark colours, which
 * a look's own colours replace, so it runs without one: `fixed-look`.
 */
export const Dark: Story = {
  tags: ['fixed-look'],
  args: { job: richJob, theme: 'dark', href: `/careers/${richJob.id}` },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await headingOnceLoaded(card);
    await expect(getComputedStyle(card.element).colorScheme).toBe('dark');
  },
};

// The three looks of src/themes/ (the toolbar's Look menu applies them to any story).
const showsTheJob: Story['play'] = async ({ canvasElement }) => {
  const card = await cardIn(canvasElement);
  await expect(await headingOnceLoaded(card)).toBe(richJob.title);
};

export const NeutralLook: Story = {
  args: Default.args,
  globals: { look: 'neutral' },
  tags: ['fixed-look'],
  play: showsTheJob,
};

export const MidnightLook: Story = {
  args: Default.args,
  globals: { look: 'midnight' },
  tags: ['fixed-look'],
  play: showsTheJob,
};

export const CorporateLook: Story = {
  args: Default.args,
  globals: { look: 'corporate' },
  tags: ['fixed-look'],
  play: showsTheJob,
};
