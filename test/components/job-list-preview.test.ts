// A large feed's first page is shown before the rest of it is checked (issue 6: at 10,000 jobs
// the first paint costs about what it does at 1,000), but only when it is sure to be the page
// the whole feed shows.
import { expect, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { Job } from '../../src/feed/types.js';
import { JobCardHarness } from '../harness/job-card.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { NOW, freshUrl, listFixture, resetLocation, stubFetch } from './job-list-helpers.js';

const DAY = 86_400_000;

/** `count` jobs, newest first (one a day back from NOW), or in the reverse order. */
function jobs(count: number, order: 'newest-first' | 'oldest-first' = 'newest-first'): Job[] {
  const list = Array.from({ length: count }, (_, i) => ({
    id: `job-${i}`,
    title: `Job ${String(i).padStart(5, '0')}`,
    html: `<p>Job ${i}.</p>`,
    datePosted: new Date(NOW.getTime() - i * DAY).toISOString(),
  }));
  return order === 'newest-first' ? list : list.reverse();
}

interface FirstCards {
  /** Whether the placeholders came back after the first cards (a flash of the loading state). */
  placeholdersAgain: boolean;
  /** Whether the list was still `aria-busy` when its first card appeared. */
  busy: boolean;
  /** The first card element, to compare with the one shown once the list is complete. */
  card: JobCard;
  /** Cards shown at that moment. */
  count: number;
}

/**
 * What the list looks like at the moment its first card appears, recorded in the task that
 * renders it: a poll would miss a preview that lasts a frame.
 */
function whenCardsAppear(list: JobListHarness, onAppear?: (card: JobCard) => void): Promise<FirstCards> {
  return new Promise((resolve) => {
    let first: FirstCards | undefined;
    const observer = new MutationObserver(() => {
      const items = list.items();
      if (first) {
        // Watched until the list is complete: the skeleton must not come back in between.
        if (list.parts('skeleton').length > 0) first.placeholdersAgain = true;
        if (!list.busy()) {
          observer.disconnect();
          resolve(first);
        }
        return;
      }
      if (items.length === 0) return;
      const card = items[0]!.querySelector<JobCard>('job-card')!;
      first = { busy: list.busy(), card, count: items.length, placeholdersAgain: false };
      onAppear?.(card);
      if (!first.busy) {
        observer.disconnect();
        resolve(first);
      }
    });
    observer.observe(list.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
}

async function open(
  feedJobs: Job[],
  options: { query?: string; onAppear?: (card: JobCard) => void } = {},
): Promise<{ list: JobListHarness; first: FirstCards }> {
  const fetchStub = stubFetch();
  try {
    const url = freshUrl();
    const list = await listFixture(html`<job-list src=${url} .now=${NOW} .query=${options.query ?? ''}></job-list>`);
    const appeared = whenCardsAppear(list, options.onAppear);
    fetchStub.respond(url, { version: 1, jobs: feedJobs });
    const first = await appeared;
    await list.loaded();
    return { list, first };
  } finally {
    fetchStub.restore();
  }
}

const titles = (list: JobListHarness) => list.items().map((item) => item.querySelector<JobCard>('job-card')!.job!.title);

describe('<job-list>: the first page of a large feed', () => {
  beforeEach(resetLocation);

  it('shows the first page of 3,000 jobs in order while the rest is checked, and keeps those cards', async () => {
    const { list, first } = await open(jobs(3_000));
    expect(first.busy, 'the first cards came only with the whole list').to.equal(true);
    expect(first.count).to.equal(100);
    // Complete: the same card elements, the count, and "Show more".
    expect(list.items()[0]!.querySelector('job-card') === first.card, 'the first card was made again').to.equal(true);
    expect(titles(list).slice(0, 3)).to.deep.equal(['Job 00000', 'Job 00001', 'Job 00002']);
    expect(list.count()).to.equal('3,000 jobs');
    expect(list.has('more')).to.equal(true);
    await expect(list.element).to.be.accessible();
  });

  it('waits for every job when the feed is not newest first, whose first page could differ', async () => {
    const { list, first } = await open(jobs(3_000, 'oldest-first'));
    expect(first.busy).to.equal(false);
    expect(titles(list).slice(0, 2)).to.deep.equal(['Job 00000', 'Job 00001']);
  });

  it('shows 6,000 jobs that came oldest first newest first, sorted in a task of their own', async () => {
    const { list, first } = await open(jobs(6_000, 'oldest-first'));
    expect(first.busy).to.equal(false);
    expect(titles(list).slice(0, 2)).to.deep.equal(['Job 00000', 'Job 00001']);
    expect(list.count()).to.equal('6,000 jobs');
  });

  it('waits for every job when a later job is newer than the first page', async () => {
    const feed = jobs(3_000);
    feed[2_500] = { ...feed[2_500]!, datePosted: new Date(NOW.getTime() + DAY).toISOString() };
    const { list, first } = await open(feed);
    expect(first.busy).to.equal(false);
    expect(titles(list)[0]).to.equal('Job 02500');
  });

  it('opens a card clicked before the rest is checked, with job-select', async () => {
    const selected: string[] = [];
    const { list, first } = await open(jobs(3_000), {
      onAppear: (card) => {
        document.addEventListener('job-select', (event) => selected.push((event as Event & { job: Job }).job.id), { once: true });
        void card.updateComplete.then(() => new JobCardHarness(card).click());
      },
    });
    expect(first.busy).to.equal(true);
    expect(selected).to.deep.equal(['job-0']);
    expect(window.location.hash).to.equal('#job=job-0');
    await waitUntil(() => list.detail(), 'the job did not open');
  });

  it('keeps the first page on screen while 60,000 jobs are sorted in a task of their own', async function () {
    this.timeout(20_000);
    const { list, first } = await open(jobs(60_000));
    expect(first.busy).to.equal(true);
    expect(first.placeholdersAgain, 'the placeholders came back').to.equal(false);
    expect(list.items()[0]!.querySelector('job-card') === first.card, 'the first card was made again').to.equal(true);
    expect(list.count()).to.equal('60,000 jobs');
  });

  it('waits for every job while a search is typed, which the first jobs cannot answer', async () => {
    const { list, first } = await open(jobs(3_000), { query: 'Job 02999' });
    expect(first.busy).to.equal(false);
    expect(titles(list)).to.deep.equal(['Job 02999']);
  });

  it('shows a small feed once, complete', async () => {
    const { first } = await open(jobs(500));
    expect(first.busy).to.equal(false);
  });
});
