import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Job } from '../src/feed/types.js';
import type { JobDetailHarness } from '../test/harness/job-detail.js';
import { STORY_NOW, arabicJob, longJob, richJob, seedJob } from './data.js';
import { detailIn, partText } from './support/dom.js';
import { feeds, pendingFeed } from './support/feeds.js';

interface DetailArgs {
  job?: Job;
  src?: string;
  jobId?: string;
  headingLevel?: number;
  shareUrl?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** A button put in the `apply` slot instead of the Apply link. */
  applySlot?: string;
  /** Query parameters added to a web Apply link. */
  applyParams?: string;
  /** Content of the `error` slot: the site's own words when the job could not be loaded. */
  errorSlot?: string;
}

const shareUrl = (job: Job) => `https://careers.kestrelmoor.example/jobs/${job.id}`;

const meta = {
  title: 'Elements/job-detail',
  component: 'job-detail',
  // A Docs page: the manifest's rows for the element, and every story below.
  tags: ['autodocs'],
  render: (args) => html`<job-detail
    .job=${args.job}
    .now=${STORY_NOW}
    src=${ifDefined(args.src)}
    job-id=${ifDefined(args.jobId)}
    heading-level=${ifDefined(args.headingLevel)}
    share-url=${ifDefined(args.shareUrl)}
    apply-params=${ifDefined(args.applyParams)}
    theme=${ifDefined(args.theme)}
  >
    ${args.applySlot ? html`<button slot="apply" type="button">${args.applySlot}</button>` : nothing}
    ${args.errorSlot ? html`<p slot="error">${args.errorSlot}</p>` : nothing}
  </job-detail>`,
  argTypes: {
    job: { control: 'object' },
    // Descriptions come from the manifest; feed URLs here are answered in the page (support/feeds.ts).
    src: { control: 'text' },
    jobId: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    shareUrl: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    applySlot: { control: 'text', description: 'Label of a button in the `apply` slot.' },
    applyParams: { control: 'text' },
    errorSlot: { control: 'text', description: 'A message put in the `error` slot.' },
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** Waits for the title and returns it. */
async function headingOnceLoaded(detail: JobDetailHarness): Promise<string> {
  return partText(detail, 'heading');
}

/** A whole posting with an Apply link to the company's form. */
export const Default: Story = {
  args: { job: richJob, shareUrl: shareUrl(richJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(richJob.title);
    await expect(detail.part('apply')).toHaveAttribute('href', richJob.applyUrl);
    await expect(detail.text('body')).not.toBe('');
  },
};

/** The seed posting: only a contact address, so Apply becomes "Apply by email". */
export const SeedPosting: Story = {
  args: { job: seedJob, shareUrl: shareUrl(seedJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(seedJob.title);
    await expect(detail.part('apply')).toHaveTextContent('Apply by email');
    await expect(detail.part('apply')).toHaveAttribute('href', `mailto:${seedJob.contact}`);
  },
};

/** Two real bodies one after the other under a very long title. */
export const LongPosting: Story = {
  args: { job: longJob, shareUrl: shareUrl(longJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(longJob.title);
    const article = detail.part('detail');
    await expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
  },
};

/**
 * A long posting: Apply again at its end, with the site's attribution on both links, and Share
 * beside Copy link where the browser has a share sheet (this story gives the page one).
 */
export const ApplyAtEndAndShare: Story = {
  name: 'Apply at the end, attribution and Share',
  args: { job: { ...longJob, applyUrl: 'https://jobs.kestrelmoor.example/apply/long-posting' }, shareUrl: shareUrl(longJob), applyParams: 'utm_source=careers' },
  beforeEach() {
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
    return () => void Reflect.deleteProperty(navigator, 'share');
  },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await headingOnceLoaded(detail);
    await expect(detail.applyLinks().map((link) => link.getAttribute('href'))).toEqual(Array(2).fill('https://jobs.kestrelmoor.example/apply/long-posting?utm_source=careers'));
    await expect(detail.part('share')).toBeVisible();
  },
};

/** The Arabic posting, laid out right to left. */
export const RightToLeft: Story = {
  args: { job: arabicJob, shareUrl: shareUrl(arabicJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(arabicJob.title);
    await expect(detail.part('body')).toHaveAttribute('dir', 'rtl');
    await expect(detail.part('body')).toHaveAttribute('lang', 'ar');
    await expect(getComputedStyle(detail.part('body')).direction).toBe('rtl');
  },
};

/** The job loaded from a feed by `src` and `job-id`. */
export const FromFeed: Story = {
  args: { src: feeds.demo, jobId: arabicJob.id, shareUrl: shareUrl(arabicJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(arabicJob.title);
  },
};

/** The page's own application button in the `apply` slot. */
export const OwnApplyButton: Story = {
  args: { job: richJob, shareUrl: shareUrl(richJob), applySlot: 'Apply with your Kestrelmoor profile' },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await headingOnceLoaded(detail);
    // The default link stays in the shadow root as the slot's fallback, but is not rendered.
    await expect(detail.part('apply').checkVisibility()).toBe(false);
    await expect(canvasElement.querySelector('button[slot="apply"]')).toBeVisible();
  },
};

/** Copy link where the clipboard works: a polite "Link copied". */
export const LinkCopied: Story = {
  args: { job: richJob, shareUrl: shareUrl(richJob) },
  beforeEach() {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    return () => void Reflect.deleteProperty(navigator, 'clipboard');
  },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await headingOnceLoaded(detail);
    await userEvent.click(detail.part('copy-link'));
    await waitFor(() => expect(detail.text('announcement')).toBe('Link copied'));
  },
};

/** Copy link where the clipboard is refused: the link is shown selected instead. */
export const LinkCopyFallback: Story = {
  args: { job: richJob, shareUrl: shareUrl(richJob) },
  beforeEach() {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    return () => void Reflect.deleteProperty(navigator, 'clipboard');
  },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await headingOnceLoaded(detail);
    await userEvent.click(detail.part('copy-link'));
    await waitFor(() => expect(detail.part('share-url')).toHaveValue(shareUrl(richJob)));
    await expect(detail.text('announcement')).toBe('Copy the selected link');
  },
};

/** The feed never answers: a placeholder (after 15 s, the timeout error). */
export const Loading: Story = {
  args: { jobId: richJob.id },
  render: (args) => meta.render({ ...args, src: pendingFeed() }),
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(detail.part('detail')).toHaveAttribute('aria-busy', 'true');
  },
};

/** The feed answers 404: the error and a Retry button. */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing, jobId: richJob.id },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await partText(detail, 'status')).toContain('We couldn’t load this job. Please try again.');
    await expect(detail.part('retry')).toHaveTextContent('Retry');
  },
};

/**
 * A job page whose feed fails (404), with the site's own words in the `error` slot instead of the
 * element's: Retry stays.
 */
export const ErrorOwnMessage: Story = {
  name: 'Error: the site\'s message (error slot)',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing, jobId: richJob.id, errorSlot: 'This posting is taking a break. Write to jobs@kestrelmoor.example to apply.' },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await waitFor(() => expect(detail.slotted('error')).toHaveLength(1));
    await expect(detail.part('status')).toHaveAttribute('role', 'alert');
    await expect(canvasElement.querySelector('p[slot="error"]')).toBeVisible();
    await expect(detail.part('retry')).toBeVisible();
  },
};

/** The feed answers an HTML page instead of JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.notJson, jobId: richJob.id },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await partText(detail, 'status')).toContain('We couldn’t load this job. Please try again.');
  },
};

/** The feed loaded but has no job with this id. */
export const NoLongerListed: Story = {
  args: { src: feeds.demo, jobId: 'filled-last-week' },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await waitFor(() => expect(detail.text('status')).toBe('This job is no longer listed.'));
  },
};

/**
 * A job whose `validThrough` has passed (the feed was built before it closed): its title and
 * "This position has closed", a link to the open jobs (`jobs-href`), and no Apply or JSON-LD.
 */
export const Closed: Story = {
  args: { job: { ...richJob, validThrough: '2026-11-30' } },
  render: (args) => html`<job-detail .job=${args.job} .now=${STORY_NOW} jobs-href="/careers/"></job-detail>`,
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await waitFor(() => expect(detail.text('status')).toContain('This position has closed.'));
    await expect(detail.text('status')).toContain(richJob.title);
    await expect(detail.part('jobs-link')).toHaveAttribute('href', '/careers/');
    await expect(detail.parts('apply')).toHaveLength(0);
  },
};

/** The `job` property holds something that is not a valid job (here: no title). */
export const InvalidJob: Story = {
  args: { job: { id: 'untitled', html: '' } as Job },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await partText(detail, 'status')).toBe('This job cannot be shown.');
  },
};

/**
 * `theme="dark"` on a page without a look sheet. The story checks the default dark colours, which
 * a look's own colours replace, so it runs without one: `fixed-look`.
 */
export const Dark: Story = {
  tags: ['fixed-look'],
  args: { job: richJob, theme: 'dark', shareUrl: shareUrl(richJob) },
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await headingOnceLoaded(detail);
    await expect(getComputedStyle(detail.element).colorScheme).toBe('dark');
  },
};

/**
 * The posting's own nodes styled by the page: `job-detail::part(body-heading)`,
 * `::part(body-link)` and the `--job-body-*` properties.
 */
export const BodyParts: Story = {
  args: Default.args,
  render: (args) => html`<style>
      .body-parts job-detail {
        --job-body-heading-font-family: Georgia, serif;
        --job-body-line-height: 1.7;
      }
      .body-parts job-detail::part(body-heading) {
        letter-spacing: 0.02em;
        text-transform: uppercase;
      }
      .body-parts job-detail::part(body-quote) {
        font-style: italic;
      }
    </style>
    <div class="body-parts">${meta.render(args)}</div>`,
  play: async ({ canvasElement }) => {
    const detail = await detailIn(canvasElement);
    await expect(await headingOnceLoaded(detail)).toBe(richJob.title);
    const heading = detail.parts('body-heading')[0]!;
    await expect(getComputedStyle(heading).textTransform).toBe('uppercase');
  },
};

// The three looks of src/themes/ (the toolbar's Look menu applies them to any story).
const showsTheJob: Story['play'] = async ({ canvasElement }) => {
  const detail = await detailIn(canvasElement);
  await expect(await headingOnceLoaded(detail)).toBe(richJob.title);
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
