import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { FACET_NAMES, type FilterSelection } from '../src/components/job-list/filters.js';
import type { JobCard } from '../src/components/job-card/job-card.js';
import type { Job } from '../src/feed/types.js';
import { textOf } from '../test/harness/harness.js';
import { JobCardHarness } from '../test/harness/job-card.js';
import type { JobListHarness } from '../test/harness/job-list.js';
import { STORY_NOW, allJobs, arabicJob, longJob, richJob, seedJob, someJobs } from './data.js';
import { listIn, partText } from './support/dom.js';
import { feeds, pendingFeed } from './support/feeds.js';
import { wideEnoughForSidebar } from './support/layout.js';

interface ListArgs {
  src?: string;
  jobs?: readonly Job[];
  theme?: 'light' | 'dark' | 'auto';
  groupBy?: 'department' | 'location';
  layout?: 'sidebar';
  filters?: string;
  noSearch?: boolean;
  noFilters?: boolean;
  hrefTemplate?: string;
  headingLevel?: number;
  query?: string;
  selection?: FilterSelection;
  /** Wraps the list in a page region with this direction and language, for right-to-left pages. */
  page?: { dir: 'ltr' | 'rtl'; lang: string };
  /** Content of the `list-header` slot. */
  header?: string;
  /** Content of the `error` slot: the site's own words when the jobs could not be loaded. */
  errorSlot?: string;
  /** A scope by attribute (`department="…"`). */
  department?: string;
  limit?: number;
  allHref?: string;
  noUrlState?: boolean;
}

const byDepartment = (department: string) => allJobs.filter((job) => job.department === department);

const meta = {
  title: 'Elements/job-list',
  component: 'job-list',
  // A Docs page: the manifest's rows for the element, and every story below.
  tags: ['autodocs'],
  render: (args) => {
    const list = html`<job-list
      src=${ifDefined(args.src)}
      .jobs=${args.jobs}
      theme=${ifDefined(args.theme)}
      group-by=${ifDefined(args.groupBy)}
      layout=${ifDefined(args.layout)}
      filters=${ifDefined(args.filters)}
      ?no-search=${args.noSearch ?? false}
      ?no-filters=${args.noFilters ?? false}
      href-template=${ifDefined(args.hrefTemplate)}
      heading-level=${ifDefined(args.headingLevel)}
      department=${ifDefined(args.department)}
      limit=${ifDefined(args.limit)}
      all-href=${ifDefined(args.allHref)}
      ?no-url-state=${args.noUrlState ?? false}
      .query=${args.query ?? ''}
      .selection=${args.selection ?? {}}
      .now=${STORY_NOW}
    >
      ${args.header ? html`<h2 slot="list-header">${args.header}</h2>` : nothing}
      ${args.errorSlot ? html`<p slot="error">${args.errorSlot}</p>` : nothing}
    </job-list>`;
    return args.page ? html`<div dir=${args.page.dir} lang=${args.page.lang}>${list}</div>` : list;
  },
  argTypes: {
    // Descriptions come from the manifest; feed URLs here are answered in the page (support/feeds.ts).
    src: { control: 'text' },
    jobs: { control: false },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    groupBy: { control: 'inline-radio', options: [undefined, 'department', 'location'] },
    layout: { control: 'inline-radio', options: [undefined, 'sidebar'] },
    filters: { control: 'text', description: `Facets offered, among \`${FACET_NAMES.join(' ')}\`.` },
    noSearch: { control: 'boolean' },
    noFilters: { control: 'boolean' },
    hrefTemplate: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    query: { control: 'text' },
    selection: { control: 'object' },
    page: { control: false },
    header: { control: 'text', description: 'A heading put in the `list-header` slot.' },
    department: { control: 'text' },
    limit: { control: { type: 'number', min: 1 } },
    allHref: { control: 'text' },
    noUrlState: { control: 'boolean' },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** Waits for the list to settle on a count ("17 jobs", "No jobs match"…) and returns it. */
async function countOnceLoaded(list: JobListHarness): Promise<string> {
  return waitFor(async () => {
    await list.updated();
    const count = textOf(list.part('count'))!;
    if (count === '' || count === 'Loading jobs…') throw new Error('still loading');
    return count;
  });
}

/**
 * The feed never answers: three placeholder cards, and "Loading jobs…" for screen readers.
 * Left open for 15 s, the loader gives up and the story shows the timeout error.
 */
export const Loading: Story = {
  render: (args) => meta.render({ ...args, src: pendingFeed() }),
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(list.part('base')).toHaveAttribute('aria-busy', 'true');
    await expect(list.text('count')).toBe('Loading jobs…');
    await expect(list.parts('skeleton')).toHaveLength(3);
  },
};

/**
 * The feed URL answers 404: a few words for visitors and Retry. What failed (the status, the
 * URL) goes to `job-feed-error` and the console.
 */
export const ErrorNotFound: Story = {
  name: 'Error: 404',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    const message = await partText(list, 'error');
    await expect(message).toContain('We couldn’t load the jobs. Please try again.');
    await expect(message).not.toContain('404');
    await expect(list.part('retry')).toHaveTextContent('Retry');
  },
};

/** The site's own words in the `error` slot, with Retry kept. */
export const ErrorOwnMessage: Story = {
  name: 'Error: the site\'s message (error slot)',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.missing, errorSlot: 'Our jobs board is taking a break. Write to jobs@kestrelmoor.example.' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.slotted('error')).toHaveLength(1));
    await expect(canvasElement.querySelector('p[slot="error"]')).toBeVisible();
    await expect(list.part('retry')).toBeVisible();
  },
};

/** The feed URL answers an HTML page instead of JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.notJson },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await partText(list, 'error')).toContain('We couldn’t load the jobs. Please try again.');
  },
};

/** A feed that lists jobs, none of which can be read: an error, never "no open positions". */
export const ErrorNoValidJobs: Story = {
  name: 'Error: no valid jobs',
  // The element logs what failed for the site's developers (preview.ts lets it through).
  parameters: { failedLoad: true },
  args: { src: feeds.invalidJobs },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await partText(list, 'error')).toContain('We couldn’t load the jobs. Please try again.');
  },
};

/**
 * A shared `#job=` link to a job whose `validThrough` has passed since the feed was built: its
 * title, "This position has closed" and the way back, never the posting or Apply.
 */
export const ClosedJobLink: Story = {
  name: 'Closed job (#job= link)',
  args: { jobs: [{ ...richJob, id: 'closed-story-job', validThrough: '2026-11-30' }, seedJob] },
  render: (args) => {
    window.history.replaceState(window.history.state, '', '#job=closed-story-job');
    return meta.render(args);
  },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    const message = await partText(list, 'closed');
    await expect(message).toContain(richJob.title);
    await expect(message).toContain('This position has closed.');
    await expect(list.part('back')).toHaveTextContent('Back to all jobs');
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  },
};

/** A valid feed with no jobs. */
export const Empty: Story = {
  args: { src: feeds.empty },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await partText(list, 'empty')).toBe('There are no open positions right now.');
  },
};

/** The page's own words in the `no-jobs` slot. */
export const EmptyWithOwnMessage: Story = {
  args: { src: feeds.empty },
  render: (args) => html`<job-list src=${ifDefined(args.src)}>
    <p slot="no-jobs">We are not hiring right now. <a href="mailto:talent@kestrelmoor.example">Write to us</a> anyway.</p>
  </job-list>`,
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.parts('empty')).toHaveLength(1));
    await expect(canvasElement).toHaveTextContent('We are not hiring right now.');
  },
};

export const OneJob: Story = {
  args: { jobs: [richJob] },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe('1 job');
    await expect(await list.titles()).toEqual([richJob.title]);
  },
};

/** The whole demo feed, fetched from `src`, newest first, under a heading in the header slot. */
export const ManyJobs: Story = {
  args: { src: feeds.demo, header: 'Open positions at Kestrelmoor', headingLevel: 3 },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe(`${allJobs.length} jobs`);
    const titles = await list.titles();
    await expect(titles[0]).toBe(allJobs[0]!.title);
    // The seed posting has no date: it sorts last.
    await expect(titles.at(-1)).toBe(seedJob.title);
  },
};

/** A very long title, an unbroken word, many locations and tags beside an ordinary card. */
export const LongPosting: Story = {
  args: { jobs: [longJob, seedJob] },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe('2 jobs');
    await expect(await list.titles()).toContain(longJob.title);
  },
};

/** The Arabic posting on a right-to-left page: the card is marked `lang="ar" dir="rtl"`. */
export const RightToLeft: Story = {
  args: { jobs: [arabicJob], page: { dir: 'rtl', lang: 'ar' }, noSearch: true, noFilters: true },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const [card] = list.cards();
    await waitFor(() => expect(card!.part('heading')).toHaveAttribute('dir', 'rtl'));
    await expect(card!.part('heading')).toHaveAttribute('lang', 'ar');
    await expect(card!.text('heading')).toBe(arabicJob.title);
  },
};

/** The list on a German page: its labels, counts and dates come from the German table. */
export const InGerman: Story = {
  args: { jobs: someJobs, page: { dir: 'ltr', lang: 'de' } },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.text('search-label')).toBe('Stellen suchen'));
  },
};

/** The list on a Japanese page. */
export const InJapanese: Story = {
  args: { jobs: someJobs, page: { dir: 'ltr', lang: 'ja' } },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.text('search-label')).toBe('求人を検索'));
  },
};

/** Right-to-left and left-to-right postings side by side in one list. */
export const MixedDirections: Story = {
  args: { jobs: [arabicJob, richJob, seedJob] },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe('3 jobs');
  },
};

const engineering = byDepartment('Engineering');

/**
 * The Engineering filter ticked: only those jobs, a badge on the filter, and Clear all. The jobs
 * come as a property because a `selection` set before a `src` feed has loaded is currently
 * pruned against the still-empty list and lost.
 */
export const FiltersApplied: Story = {
  args: { jobs: allJobs, selection: { department: ['Engineering'] } },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe(`${engineering.length} jobs`);
    await expect(new Set(await list.titles())).toEqual(new Set(engineering.map((job) => job.title)));
    await expect(list.part('clear')).toHaveTextContent('Clear all');
  },
};

/** A filter opened and ticked by a person, as a play function. */
export const FilteringByHand: Story = {
  args: { jobs: someJobs, filters: 'department remote' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await userEvent.click(list.filterButton('Department'));
    // The panel's code loads when a filter is first pointed at or clicked.
    await userEvent.click(await waitFor(() => list.option('Department', 'Design')));
    const designers = someJobs.filter((job) => job.department === 'Design').map((job) => job.title);
    await waitFor(async () => expect(await list.titles()).toEqual(designers));
    await expect(list.text('count')).toBe('1 job');
  },
};

// 70 offices, each with one or more jobs: more places than a filter shows at once.
const CITIES = ['Berlin', 'Dublin', 'Lisbon', 'Madrid', 'Oslo', 'Paris', 'Prague', 'Rome', 'Vienna', 'Warsaw'];
const DISTRICTS = ['Airport', 'Centre', 'East', 'Harbour', 'North', 'South', 'West'];
const manyPlaces: readonly Job[] = CITIES.flatMap((city, c) =>
  DISTRICTS.map((district, d) => {
    const job = allJobs[(c * DISTRICTS.length + d) % allJobs.length]!;
    return { ...job, id: `${job.id}-${c}-${d}`, locations: [`${city} ${district}`] };
  }),
);

/**
 * A filter of more values than it shows: the 50 most common, and a box that finds the others
 * (here "lis" finds the seven Lisbon offices).
 */
export const FilterOfManyValues: Story = {
  args: { jobs: manyPlaces, filters: 'location', noSearch: true },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await userEvent.click(list.filterButton('Location'));
    await waitFor(() => expect(list.parts('filter-option')).toHaveLength(50));
    await expect(list.text('filter-found')).toBe('50 of 70 shown');
    await userEvent.type(list.part('filter-find'), 'lis');
    await waitFor(() => expect(list.parts('filter-option').map((option) => textOf(option)!.replace(/ \(\d+\)$/, ''))).toEqual(DISTRICTS.map((district) => `Lisbon ${district}`)));
    await expect(list.text('filter-found')).toBe('7 of 7 shown');
  },
};

/** A search that matches nothing. */
export const NoResults: Story = {
  args: { jobs: someJobs, query: 'underwater basket weaving' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe('No jobs match');
    await expect(await partText(list, 'no-results')).toContain('No jobs match your search.');
  },
};

/** Cards under a heading per department, departments in alphabetical order, "Other" last. */
export const GroupedByDepartment: Story = {
  args: { src: feeds.demo, groupBy: 'department' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const headings = list.parts('group-heading').map(textOf);
    await expect(headings[0]).toBe('Customer Success');
    await expect(headings.at(-1)).toBe('Other');
  },
};

// Six jobs in seven places (two of them remote regions), and one job that names no place.
const { locations: _locations, ...placelessJob } = { ...seedJob, id: 'placeless-posting', title: 'Open application' };
const placedJobs: readonly Job[] = [...someJobs, placelessJob];

/**
 * Cards under a heading per location, places in alphabetical order, "Other" last for a job that
 * names none; a job in two places is under both.
 */
export const GroupedByLocation: Story = {
  args: { jobs: placedJobs, groupBy: 'location' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await waitFor(() => expect(list.parts('group')).toHaveLength(8));
    const groups = await Promise.all(
      list.parts('group').map(async (group) => {
        const cards = [...group.querySelectorAll<JobCard>('[part~="item"] job-card')].map((card) => new JobCardHarness(card));
        await Promise.all(cards.map((card) => card.updated()));
        return { heading: textOf(group.querySelector('[part~="group-heading"]')), titles: cards.map((card) => card.title()).sort() };
      }),
    );
    await expect(groups.map((group) => group.heading)).toEqual([
      'Berlin',
      'Canada',
      'Lisbon',
      'London',
      'Remote (Asia-Pacific)',
      'Remote (Europe)',
      'United States',
      'Other',
    ]);
    // Each group holds every job of its place, and only those.
    for (const { heading, titles } of groups) {
      const placed = placedJobs.filter((job) => (heading === 'Other' ? !job.locations?.length : job.locations?.includes(heading!)));
      await expect({ heading, titles }).toEqual({ heading, titles: placed.map((job) => job.title).sort() });
    }
  },
};

// Two jobs that are not the newest, featured, and no other (the demo feed features its newest):
// they come first, and the page's CSS marks them.
const featuredJobs = allJobs.map(({ featured: _featured, ...job }, index) => (index === 3 || index === 6 ? { ...job, featured: true } : job));

/**
 * Featured jobs (`featured: true`) first, newest first among them; the page highlights their
 * cards with CSS alone: `job-list::part(featured) { border-inline-start: … }`.
 */
export const Featured: Story = {
  args: { jobs: featuredJobs },
  render: (args) => html`<style>
      .featured-jobs job-list::part(featured) {
        border-inline-start: 0.375em solid var(--job-color-accent, #0b5cad);
      }
    </style>
    <div class="featured-jobs">${meta.render(args)}</div>`,
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await expect((await list.titles()).slice(0, 2)).toEqual([featuredJobs[3]!.title, featuredJobs[6]!.title]);
    await expect(list.cards().filter((card) => card.has('featured')).length).toBe(2);
  },
};

// The first three jobs as hybrid, remote and on site.
const arrangedJobs = allJobs.map((job, index) => (index < 3 ? { ...job, remote: (['hybrid', true, false] as const)[index] } : job));

/** `remote: hybrid`: a Hybrid badge, and a Hybrid option in the Remote filter between Remote and On-site. */
export const HybridJobs: Story = {
  args: { jobs: arrangedJobs },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await expect(list.cards()[0]!.text('remote')).toBe('Hybrid');
  },
};

/**
 * `layout="sidebar"`: search and filters in a column beside the cards, in every look. The column
 * needs a list at least 48em wide, so the story gives it a wider region (support/layout.ts).
 */
export const SidebarLayout: Story = {
  args: { src: feeds.demo, layout: 'sidebar' },
  render: (args) => wideEnoughForSidebar(meta.render(args)),
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const controls = list.part('controls').getBoundingClientRect();
    const cards = list.part('list').getBoundingClientRect();
    // Beside, not above: the controls end where the cards begin, on the inline-start side (the
    // left on a left-to-right page, the right on a right-to-left one), and the two share rows.
    const rtl = getComputedStyle(list.element).direction === 'rtl';
    const controlsEnd = rtl ? -controls.left : controls.right;
    const cardsStart = rtl ? -cards.right : cards.left;
    await expect(controlsEnd).toBeLessThanOrEqual(cardsStart);
    await expect(controls.width).toBeGreaterThan(0);
    await expect(controls.top).toBeLessThan(cards.bottom);
    await expect(cards.top).toBeLessThan(controls.bottom);
  },
};

/**
 * `layout="sidebar"` on a phone (414px): the list is narrower than 48em, so search and filters
 * stay above the cards, as without the option.
 */
export const SidebarLayoutNarrow: Story = {
  name: 'Sidebar layout, on a phone',
  args: { src: feeds.demo, layout: 'sidebar' },
  globals: { viewport: { value: 'mobile2' } },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const controls = list.part('controls').getBoundingClientRect();
    const cards = list.part('list').getBoundingClientRect();
    await expect(controls.bottom).toBeLessThanOrEqual(cards.top);
  },
};

/**
 * `theme="dark"` on a page without a look sheet. The story checks the default dark colours, which
 * a look's own colours replace, so it runs without one: `fixed-look`.
 */
export const Dark: Story = {
  tags: ['fixed-look'],
  args: { src: feeds.demo, theme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    await expect(getComputedStyle(list.element).colorScheme).toBe('dark');
  },
};

/** Cards linking to job pages of the site instead of opening in place. */
export const LinksToJobPages: Story = {
  args: { jobs: someJobs, hrefTemplate: '/careers/{id}' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const [card] = list.cards();
    await waitFor(() => expect(card!.link().getAttribute('href')).toMatch(/^\/careers\//));
  },
};

/** A plain click on a card opens the job in place, with a Back button. */
export const OpenedInPlace: Story = {
  args: { jobs: someJobs },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await countOnceLoaded(list);
    const [card] = list.cards();
    await waitFor(() => card!.link());
    await userEvent.click(card!.link());
    const detail = await waitFor(() => {
      const found = list.detail();
      if (!found) throw new Error('no detail yet');
      return found;
    });
    await waitFor(() => expect(detail.text('heading')).toBe(someJobs[0]!.title));
    await expect(list.part('back')).toHaveTextContent('Back to all jobs');
  },
};

/** The page's address names a job that is not in the feed (`#job=…`). */
export const JobNotFound: Story = {
  args: { jobs: someJobs },
  beforeEach() {
    window.history.replaceState(null, '', '#job=filled-last-week');
    return () => window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await partText(list, 'not-found')).toContain('This job could not be found.');
  },
};

// The three looks of src/themes/ (the toolbar's Look menu applies them to any story).
const showsTheFeed: Story['play'] = async ({ canvasElement }) => {
  const list = await listIn(canvasElement);
  await expect(await countOnceLoaded(list)).toBe(`${allJobs.length} jobs`);
};

export const NeutralLook: Story = {
  args: { src: feeds.demo },
  globals: { look: 'neutral' },
  tags: ['fixed-look'],
  play: showsTheFeed,
};

export const MidnightLook: Story = {
  args: { src: feeds.demo },
  globals: { look: 'midnight' },
  tags: ['fixed-look'],
  play: showsTheFeed,
};

export const CorporateLook: Story = {
  args: { src: feeds.demo },
  globals: { look: 'corporate' },
  tags: ['fixed-look'],
  play: showsTheFeed,
};

/**
 * Scoped by the site, in markup: `department="Engineering"`. Only that department's jobs are
 * listed and counted; the other filters narrow them, and there is no Department filter and no
 * Clear all for the scope.
 */
export const Scoped: Story = {
  args: { src: feeds.demo, department: 'Engineering', header: 'Engineering at Northwind' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await expect(await countOnceLoaded(list)).toBe('3 jobs');
    await expect(list.filterButtons().map((button) => textOf(button))).not.toContain('Department');
    await expect(list.find('clear')).toBeNull();
  },
};

/**
 * A homepage teaser: `limit="3"` shows the three newest jobs, without search, filters, count or
 * "Show more", and `all-href` adds the link to every open role.
 */
export const Teaser: Story = {
  args: { src: feeds.demo, limit: 3, allHref: '#careers', header: 'Join us' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.find('all-link')).not.toBeNull());
    await expect(await list.titles()).toHaveLength(3);
    await expect(list.text('all-link')).toBe('See all 17 open roles');
    await expect(list.find('search')).toBeNull();
  },
};

/**
 * A shared view: the page's URL names a search and a filter (`#q=engineer&remote=remote`), and
 * the list opens on it, as after a reload or a link a recruiter sent.
 */
export const SharedView: Story = {
  name: 'Shared view (from the URL)',
  render: (args) => {
    window.history.replaceState(null, '', '#q=engineer&remote=remote');
    return meta.render(args);
  },
  args: { src: feeds.demo },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await waitFor(() => expect(list.searchBox().value).toBe('engineer'));
    await expect(list.part('clear')).toBeVisible();
    await expect(textOf(list.filterButton('Remote'))).toContain('1');
  },
};
