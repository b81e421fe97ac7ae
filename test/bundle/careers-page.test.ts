/**
 * Issue 17 on the built script-tag bundle (`dist/cdn/job-widgets.js`), in every browser of the
 * suite: what a company's careers page relies on once it has added the script tag. Its
 * analytics hear the events on `document`; Apply carries its attribution; the tab names the job
 * open in place; a feed that fails speaks to visitors, not developers; its CSS reaches featured
 * jobs, the sidebar layout and the posting's headings. The element tests check the same against
 * the sources; these check that the bundle (its entry and the chunks it loads when used) carries them.
 *
 * The feed is one a build would write, served from memory (a `blob:` URL), so that it can hold a
 * featured job, a hybrid one, a web and an email Apply: the fixtures of the other files have none.
 * The clock is pinned: the jobs are listed newest first against it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JobApplyEvent } from '../../src/events/job-apply.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { JobFilterChangeEvent } from '../../src/events/job-filter-change.js';
import type { JobLinkCopyEvent } from '../../src/events/job-link-copy.js';
import type { JobSearchEvent } from '../../src/events/job-search.js';
import type { Feed } from '../../src/feed/types.js';
import { pinClock } from '../fixtures/clock.js';
import { stubConsoleError } from '../fixtures/console-stub.js';
import { isShown, textOf } from '../harness/harness.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { loadBundle } from './bundle.js';
import { afterTest, cleanUpPage, feedUrl, listIn, pageStyle, record, stayOnPage } from './page.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

const APPLY_URL = 'https://careers.kestrelmoor.example/apply/platform-engineer';

// Newest first would be Platform Engineer, Data Analyst, Support Lead: the featured job is the oldest.
const FEED: Feed = {
  version: 1,
  generated: '2026-03-06T08:00:00.000Z',
  jobs: [
    {
      id: 'platform-engineer',
      title: 'Platform Engineer',
      department: 'Engineering',
      locations: ['Berlin'],
      remote: 'hybrid',
      datePosted: '2026-03-05',
      applyUrl: APPLY_URL,
      html: '<h3>What you will do</h3><p>Run the platform our <a href="https://docs.kestrelmoor.example/">customers build on</a>.</p>',
    },
    { id: 'data-analyst', title: 'Data Analyst', department: 'Data', locations: ['Paris'], remote: false, datePosted: '2026-02-25', applyUrl: 'https://careers.kestrelmoor.example/apply/data-analyst', html: '<p>Read the data.</p>' },
    { id: 'support-lead', title: 'Support Lead', department: 'Customer Success', locations: ['Lisbon'], remote: true, featured: true, datePosted: '2026-02-01', contact: 'jobs@kestrelmoor.example', html: '<p>Lead the team.</p>' },
  ],
};
const FEED_URL = feedUrl(FEED);

/** Goes Back as the browser's button would, and waits until the list shows its cards again. */
async function goBack(list: JobListHarness): Promise<void> {
  history.back();
  await waitUntil(() => list.openTitle() === undefined && list.cards().length > 0, 'Back did not show the cards again');
}

describe('the built bundle on a careers page', () => {
  afterEach(cleanUpPage);
  after(() => {
    URL.revokeObjectURL(FEED_URL);
    clock.restore();
  });

  describe('analytics events reach a listener on document', () => {
    it('job-apply: which job, by a web link or an email', async () => {
      stayOnPage();
      const applied = record<JobApplyEvent>('job-apply');
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      await list.open('Platform Engineer');
      list.detail()!.applyLinks()[0]!.click();
      await goBack(list);
      await list.open('Support Lead');
      list.detail()!.applyLinks()[0]!.click();
      expect(applied.map((event) => [event.job.id, event.method, event.href])).to.deep.equal([
        ['platform-engineer', 'url', APPLY_URL],
        ['support-lead', 'email', 'mailto:jobs@kestrelmoor.example'],
      ]);
    });

    it('job-link-copy: which job and the link copied', async () => {
      // The clipboard of a headless browser may refuse a page without a person's gesture.
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() }, configurable: true });
      afterTest(() => delete (navigator as { clipboard?: Clipboard }).clipboard);
      const copied = record<JobLinkCopyEvent>('job-link-copy');
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      await list.open('Platform Engineer');
      list.detail()!.copyLink();
      await waitUntil(() => copied.length > 0, 'no job-link-copy');
      expect(copied.map((event) => [event.job.id, event.url, event.copied])).to.deep.equal([['platform-engineer', location.href, true]]);
      expect(new URL(copied[0]!.url).hash).to.equal('#job=platform-engineer');
    });

    it('job-search: one event each time typing pauses, with the query and how many jobs match', async () => {
      const searches = record<JobSearchEvent>('job-search');
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      const box = list.searchBox();
      box.focus();
      // Typed a key at a time, as a visitor types: one event for the word, none for its first letters.
      await sendKeys({ type: 'data' });
      await waitUntil(() => searches.length > 0, 'no job-search');
      box.select();
      await sendKeys({ type: 'engineer' });
      await waitUntil(() => searches.length > 1, 'no second job-search');
      expect(searches.map((event) => [event.query, event.resultCount])).to.deep.equal([
        ['data', 1],
        ['engineer', 1],
      ]);
      expect(await list.titles()).to.deep.equal(['Platform Engineer']);
    });

    it('job-filter-change: the facet and its values, and the filter Clear all empties', async () => {
      const changes = record<JobFilterChangeEvent>('job-filter-change');
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      await list.toggle('Department', 'Engineering');
      await list.updated();
      list.clear();
      await list.updated();
      expect(changes.map((event) => [event.facet, [...event.values]])).to.deep.equal([
        ['department', ['Engineering']],
        ['department', []],
      ]);
    });
  });

  it("apply-params adds the site's attribution to a web Apply link of the in-place detail, not to an email", async () => {
    const list = await listIn(`<job-list src="${FEED_URL}" apply-params="utm_source=careers&amp;utm_medium=site"></job-list>`);
    await list.open('Platform Engineer');
    const web = list.detail()!.applyLinks().map((link) => link.href);
    expect(web).to.have.length.above(0);
    expect(new Set(web)).to.deep.equal(new Set([`${APPLY_URL}?utm_source=careers&utm_medium=site`]));
    await goBack(list);
    await list.open('Support Lead');
    expect(list.detail()!.applyLinks().map((link) => link.getAttribute('href'))).to.deep.equal(['mailto:jobs@kestrelmoor.example']);
  });

  it("names the job open in place in the page's title, and Back gives the page its title again", async () => {
    const hadTitle = document.querySelector('title') !== null;
    const before = document.title;
    document.title = 'Kestrelmoor Careers';
    afterTest(() => (hadTitle ? (document.title = before) : document.querySelector('title')?.remove()));
    const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
    await list.open('Platform Engineer');
    await waitUntil(() => document.title === 'Platform Engineer · Kestrelmoor Careers', `the title is "${document.title}"`);
    await goBack(list);
    await waitUntil(() => document.title === 'Kestrelmoor Careers', `the title is "${document.title}" after Back`);
  });

  describe('a feed that fails', () => {
    // Answered 404 by the test server: nothing is at these paths.
    const missing = (name: string) => `/test/bundle/no-such-feed.json?${name}`;

    it('tells visitors in a few words with Retry, and what failed only to job-feed-error and the console', async () => {
      const logged = stubConsoleError();
      afterTest(() => logged.restore());
      const failures = record<JobFeedErrorEvent>('job-feed-error');
      const list = await listIn(`<job-list src="${missing('words')}"></job-list>`);
      expect(list.text('error')).to.equal('We couldn’t load the jobs. Please try again. Retry');
      expect(list.shows('retry')).to.equal(true);
      for (const technical of ['404', 'no-such-feed', 'Not Found', 'http']) expect(list.allText()).not.to.contain(technical);
      expect(failures.map(({ error }) => [error.kind, error.status, new URL(error.url, location.href).pathname])).to.deep.equal([['http', 404, '/test/bundle/no-such-feed.json']]);
      expect(logged.messages.join('\n')).to.contain('404');
    });

    it("shows the site's own words from the error slot instead, with Retry", async () => {
      const logged = stubConsoleError();
      afterTest(() => logged.restore());
      const list = await listIn(`<job-list src="${missing('slot')}"><p slot="error">Our jobs board is taking a break.</p></job-list>`);
      expect(list.slotted('error').map((node) => textOf(node))).to.deep.equal(['Our jobs board is taking a break.']);
      const ownWords = [...list.part('error').querySelectorAll('p')].filter((words) => isShown(words));
      expect(ownWords, 'the default words are not shown').to.deep.equal([]);
      expect(list.shows('retry')).to.equal(true);
    });
  });

  describe("a site's design", () => {
    it('lists a featured job first, its card with the featured part', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      expect(await list.titles()).to.deep.equal(['Support Lead', 'Platform Engineer', 'Data Analyst']);
      expect(list.cards().map((card) => card.has('featured'))).to.deep.equal([true, false, false]);
    });

    it('shows a hybrid job with a Hybrid badge, and offers Hybrid in the Remote filter', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
      expect(list.card('Platform Engineer').text('remote')).to.equal('Hybrid');
      const group = await list.openFilter('Remote');
      const offered = [...group.querySelectorAll('[part~="filter-option"]')].map((option) => textOf(option.querySelector('span')));
      expect(offered).to.deep.equal(['Remote', 'Hybrid', 'On-site']);
      list.option('Remote', 'Hybrid').click();
      expect(await list.titles()).to.deep.equal(['Platform Engineer']);
    });

    it('groups the cards by location with group-by="location"', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}" group-by="location"></job-list>`);
      const groups = list.parts('group').map((group) => [
        textOf(group.querySelector('[part~="group-heading"]')),
        [...group.querySelectorAll<HTMLLIElement>('[part~="item"]')].map((item) => item.dataset.jobId),
      ]);
      expect(groups).to.deep.equal([
        ['Berlin', ['platform-engineer']],
        ['Lisbon', ['support-lead']],
        ['Paris', ['data-analyst']],
      ]);
    });

    it('puts search and filters beside the cards of a wide list with layout="sidebar"', async () => {
      const list = await listIn(`<div style="inline-size: 1000px"><job-list src="${FEED_URL}" layout="sidebar"></job-list></div>`);
      const controls = list.part('controls').getBoundingClientRect();
      const cards = list.part('list').getBoundingClientRect();
      expect(controls.right, 'the controls end before the cards start').to.be.at.most(cards.left);
      expect(cards.top, 'the cards start beside the controls').to.be.below(controls.bottom);
    });

    it("lets the page's stylesheet reach the open posting's headings and links through job-list::part(detail-body-*)", async () => {
      pageStyle(`
        .careers job-list::part(detail-body-heading) { font-family: 'Courier New'; letter-spacing: 3px; }
        .careers job-list::part(detail-body-link) { color: rgb(1, 2, 3); }`);
      const list = await listIn(`<div class="careers"><job-list src="${FEED_URL}"></job-list></div>`);
      await list.open('Platform Engineer');
      const detail = list.detail()!;
      await detail.updated();
      const headings = detail.parts('body-heading');
      expect(headings.map((heading) => textOf(heading))).to.deep.equal(['What you will do']);
      expect([getComputedStyle(headings[0]!).fontFamily, getComputedStyle(headings[0]!).letterSpacing]).to.deep.equal(['"Courier New"', '3px']);
      const links = detail.parts('body-link');
      expect(links.map((link) => textOf(link))).to.deep.equal(['customers build on']);
      expect(getComputedStyle(links[0]!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});
