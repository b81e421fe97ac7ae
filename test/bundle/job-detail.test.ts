/**
 * Issue 17's posting features on the built script-tag bundle (`dist/cdn/job-widgets.js`), in every
 * browser of the suite: Share where the browser can share (and `job-share`), Apply again at the
 * end of a long posting (and `job-apply` from it), and a `<job-detail>` of the page's own markup,
 * outside any list, whose posting the page's CSS reaches through the body's parts and whose web
 * Apply link carries the site's attribution. The element tests (test/components/
 * job-detail-print.test.ts, careers-events.test.ts, body-parts.test.ts) check the same against
 * the sources; these check the detail's chunk that the bundle loads when a page needs it.
 *
 * The feed is served from memory: a long posting with a web Apply link, a long one applied to by
 * email, and a short one. The clock is pinned: the jobs are listed newest first against it.
 */
import { expect } from '@open-wc/testing';
import type { JobApplyEvent } from '../../src/events/job-apply.js';
import type { JobShareEvent } from '../../src/events/job-share.js';
import type { Feed } from '../../src/feed/types.js';
import { pinClock } from '../fixtures/clock.js';
import { textOf } from '../harness/harness.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { loadBundle } from './bundle.js';
import { afterTest, cleanUpPage, feedUrl, listIn, mount, pageStyle, record, stayOnPage } from './page.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

const APPLY_URL = 'https://careers.kestrelmoor.example/apply/platform-engineer';
const CONTACT = 'jobs@kestrelmoor.example';
// Well over a screen of text: the detail offers Apply again at the end of it.
const LONG_BODY = `<h3>What you will do</h3>${'<p>Run the platform our customers build on, with a small team that ships every week.</p>'.repeat(25)}`;

const FEED: Feed = {
  version: 1,
  generated: '2026-03-06T08:00:00.000Z',
  jobs: [
    { id: 'platform-engineer', title: 'Platform Engineer', department: 'Engineering', locations: ['Berlin'], datePosted: '2026-03-05', applyUrl: APPLY_URL, html: LONG_BODY },
    { id: 'support-lead', title: 'Support Lead', department: 'Customer Success', locations: ['Lisbon'], datePosted: '2026-03-01', contact: CONTACT, html: LONG_BODY },
    { id: 'data-analyst', title: 'Data Analyst', department: 'Data', locations: ['Paris'], datePosted: '2026-02-25', applyUrl: 'https://careers.kestrelmoor.example/apply/data-analyst', html: '<p>Read the data.</p>' },
  ],
};
const FEED_URL = feedUrl(FEED);

/** Gives the page `navigator.share` (or takes it away, with `undefined`) until the test ends. */
function stubShare(share: ((data: ShareData) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  afterTest(() => delete (navigator as { share?: unknown }).share);
}

/** A list of the feed with the job titled `title` open in place. */
async function openInList(title: string): Promise<JobListHarness> {
  const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
  await list.open(title);
  await list.detail()!.updated();
  return list;
}

/** Puts `markup`, with a `<job-detail>` in it, in the page and waits until the detail shows its job, titled `title`. */
async function detailIn(markup: string, title: string): Promise<JobDetailHarness> {
  const detail = new JobDetailHarness(mount(markup).querySelector('job-detail')!);
  await waitUntil(() => detail.title() === title && detail.has('body'), `the stand-alone detail did not show "${title}"`);
  await detail.updated();
  return detail;
}

describe('the built bundle: a posting', () => {
  afterEach(cleanUpPage);
  after(() => {
    URL.revokeObjectURL(FEED_URL);
    clock.restore();
  });

  describe('Share', () => {
    it('is beside Copy link where the browser can share, and job-share says which job and which link', async () => {
      const sheet: ShareData[] = [];
      stubShare((data) => (sheet.push(data), Promise.resolve()));
      const shared = record<JobShareEvent>('job-share');
      const detail = (await openInList('Platform Engineer')).detail()!;
      expect(detail.text('share')).to.equal('Share');
      expect(detail.part('share').previousElementSibling).to.equal(detail.part('copy-link'));

      detail.share();
      await waitUntil(() => shared.length > 0, 'no job-share');
      expect(shared.map((event) => [event.job.id, event.url])).to.deep.equal([['platform-engineer', location.href]]);
      expect(new URL(shared[0]!.url).hash).to.equal('#job=platform-engineer');
      expect(sheet).to.deep.equal([{ title: 'Platform Engineer', url: location.href }]);
    });

    it('is not offered where the browser cannot share', async () => {
      stubShare(undefined);
      const detail = (await openInList('Platform Engineer')).detail()!;
      expect(detail.has('share')).to.equal(false);
      expect(detail.shows('copy-link')).to.equal(true);
    });
  });

  describe('Apply at the end of a long posting', () => {
    it('is the detail-apply-end part of a list, links where the top Apply does, and sends job-apply', async () => {
      pageStyle('job-list::part(detail-apply-end) { letter-spacing: 3px; }');
      stayOnPage();
      const applied = record<JobApplyEvent>('job-apply');
      const detail = (await openInList('Platform Engineer')).detail()!;
      const [top, end] = detail.applyLinks();
      expect(end, 'the Apply at the end').to.equal(detail.find('apply-end'));
      expect(getComputedStyle(end!).letterSpacing, 'job-list::part(detail-apply-end) reaches it').to.equal('3px');
      expect(end!.href).to.equal(top!.href);
      expect(textOf(end)).to.equal('Apply');
      expect(end!.getBoundingClientRect().top, 'it is after the posting').to.be.at.least(detail.part('body').getBoundingClientRect().bottom);

      end!.click();
      expect(applied.map((event) => [event.job.id, event.method, event.href])).to.deep.equal([['platform-engineer', 'url', APPLY_URL]]);
    });

    it('is not offered after a short posting', async () => {
      const detail = (await openInList('Data Analyst')).detail()!;
      expect(detail.applyLinks()).to.have.length(1);
      expect(detail.has('apply-end')).to.equal(false);
    });
  });

  describe("a stand-alone <job-detail> of the page's markup", () => {
    it("lets the page's stylesheet reach the posting's headings through ::part(body-heading)", async () => {
      pageStyle(`.careers job-detail::part(body-heading) { color: rgb(1, 2, 3); font-family: 'Courier New'; }`);
      const detail = await detailIn(`<div class="careers"><job-detail src="${FEED_URL}" job-id="platform-engineer"></job-detail></div>`, 'Platform Engineer');
      const headings = detail.parts('body-heading');
      expect(headings.map((heading) => textOf(heading))).to.deep.equal(['What you will do']);
      expect([getComputedStyle(headings[0]!).color, getComputedStyle(headings[0]!).fontFamily]).to.deep.equal(['rgb(1, 2, 3)', '"Courier New"']);
      // The title is the element's own, not the posting's.
      expect(getComputedStyle(detail.part('heading')).color).not.to.equal('rgb(1, 2, 3)');
    });

    it('adds apply-params to a web Apply link, at the top and at the end, and not to an email address', async () => {
      const params = 'apply-params="utm_source=careers&amp;utm_medium=site"';
      const web = await detailIn(`<job-detail src="${FEED_URL}" job-id="platform-engineer" ${params}></job-detail>`, 'Platform Engineer');
      expect(web.applyLinks().map((link) => link.href)).to.deep.equal([`${APPLY_URL}?utm_source=careers&utm_medium=site`, `${APPLY_URL}?utm_source=careers&utm_medium=site`]);
      const email = await detailIn(`<job-detail src="${FEED_URL}" job-id="support-lead" ${params}></job-detail>`, 'Support Lead');
      expect(email.applyLinks().map((link) => link.getAttribute('href'))).to.deep.equal([`mailto:${CONTACT}`, `mailto:${CONTACT}`]);
    });
  });
});
