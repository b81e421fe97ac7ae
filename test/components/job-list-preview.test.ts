// A large feed's first page is shown before the rest of it is checked (issue 6: at 10,000 jobs
// the first paint costs about what it does at 1,000), but only when it is sure to be the page
// the whole feed shows.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { NOW, freshUrl, loaded, part, parts, resetLocation, stubFetch } from './job-list-helpers.js';

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
function whenCardsAppear(list: JobList): Promise<FirstCards> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const items = parts(list, 'item');
      if (items.length === 0) return;
      observer.disconnect();
      resolve({
        busy: part(list, 'base')!.getAttribute('aria-busy') === 'true',
        card: items[0]!.querySelector<JobCard>('job-card')!,
        count: items.length,
      });
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true });
  });
}

async function open(feedJobs: Job[], attributes: { query?: string } = {}): Promise<{ list: JobList; first: FirstCards }> {
  const fetchStub = stubFetch();
  try {
    const url = freshUrl();
    const list = await fixture<JobList>(html`<job-list src=${url} .now=${NOW} .query=${attributes.query ?? ''}></job-list>`);
    const appeared = whenCardsAppear(list);
    fetchStub.respond(url, { version: 1, jobs: feedJobs });
    const first = await appeared;
    await loaded(list);
    return { list, first };
  } finally {
    fetchStub.restore();
  }
}

const titles = (list: JobList) => parts(list, 'item').map((item) => item.querySelector<JobCard>('job-card')!.job!.title);

describe('<job-list>: the first page of a large feed', () => {
  beforeEach(resetLocation);

  it('shows the first page of 3,000 jobs in order while the rest is checked, and keeps those cards', async () => {
    const { list, first } = await open(jobs(3_000));
    expect(first.busy, 'the first cards came only with the whole list').to.equal(true);
    expect(first.count).to.equal(100);
    // Complete: the same card elements, the count, and "Show more".
    expect(parts(list, 'item')[0]!.querySelector('job-card')).to.equal(first.card);
    expect(titles(list).slice(0, 3)).to.deep.equal(['Job 00000', 'Job 00001', 'Job 00002']);
    expect(part(list, 'count')!.textContent!.trim()).to.equal('3,000 jobs');
    expect(part(list, 'more')).to.not.equal(null);
    await expect(list).to.be.accessible();
  });

  it('waits for every job when the feed is not newest first, whose first page could differ', async () => {
    const { list, first } = await open(jobs(3_000, 'oldest-first'));
    expect(first.busy).to.equal(false);
    expect(titles(list).slice(0, 2)).to.deep.equal(['Job 00000', 'Job 00001']);
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
