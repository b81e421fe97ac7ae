/**
 * Issue 17's print styles on the built script-tag bundle (`dist/cdn/job-widgets.js`), whose CSS
 * the build minifies: a printed job shows the posting, its metadata and where to apply written
 * out, without its buttons, and a printed list has no search, filters or Back.
 *
 * Chromium only. Print media is emulated by @web/test-runner-commands' `emulateMedia`, which for
 * puppeteer calls `page.emulateMediaType`, a DevTools-protocol command: puppeteer drives Firefox
 * over WebDriver BiDi, which has none ("CDP support is required for this feature"), so in
 * Firefox these tests are skipped, not imitated. The element tests
 * (test/components/job-detail-print.test.ts) check the same against the sources, in Chromium too.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Feed } from '../../src/feed/types.js';
import { pinClock } from '../fixtures/clock.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { waitUntil } from '../support/wait.js';
import { loadBundle } from './bundle.js';
import { afterTest, cleanUpPage, feedUrl, listIn, mount } from './page.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

const canEmulatePrint = !navigator.userAgent.includes('Firefox');

const APPLY_URL = 'https://careers.kestrelmoor.example/apply/platform-engineer';
const FEED: Feed = {
  version: 1,
  generated: '2026-03-06T08:00:00.000Z',
  jobs: [
    {
      id: 'platform-engineer',
      title: 'Platform Engineer',
      department: 'Engineering',
      locations: ['Berlin'],
      datePosted: '2026-03-05',
      applyUrl: APPLY_URL,
      // Long enough for Apply at the end, which a printed page leaves out.
      html: `<h3>What you will do</h3>${'<p>Run the platform our customers build on, with a small team that ships every week.</p>'.repeat(25)}`,
    },
    { id: 'support-lead', title: 'Support Lead', department: 'Customer Success', locations: ['Lisbon'], datePosted: '2026-03-01', contact: 'jobs@kestrelmoor.example', html: '<p>Lead the team.</p>' },
  ],
};
const FEED_URL = feedUrl(FEED);

describe('the built bundle, printed', () => {
  beforeEach(function () {
    if (!canEmulatePrint) this.skip();
  });
  afterEach(async () => {
    if (canEmulatePrint) await emulateMedia({ media: 'screen' });
    cleanUpPage();
  });
  after(() => {
    URL.revokeObjectURL(FEED_URL);
    clock.restore();
  });

  it('shows a stand-alone job with its metadata and where to apply written out, without its buttons', async () => {
    // Where the browser can share, the Share button is there on screen, and must not be on paper.
    Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
    afterTest(() => delete (navigator as { share?: unknown }).share);
    const host = mount(`<job-detail src="${FEED_URL}" job-id="platform-engineer"></job-detail><job-detail src="${FEED_URL}" job-id="support-lead"></job-detail>`);
    const [web, email] = [...host.querySelectorAll('job-detail')].map((element) => new JobDetailHarness(element)) as [JobDetailHarness, JobDetailHarness];
    await waitUntil(() => web.has('apply-end') && web.has('share') && email.has('apply'), 'the details did not show their jobs');
    expect(web.shows('apply-address'), 'on screen the address is the link’s').to.equal(false);

    await emulateMedia({ media: 'print' });
    expect(['heading', 'meta', 'body', 'apply', 'apply-address'].filter((part) => !web.shows(part)), 'parts not printed').to.deep.equal([]);
    expect(web.text('apply-address')).to.equal(APPLY_URL);
    expect(email.text('apply-address')).to.equal('jobs@kestrelmoor.example');
    expect(['copy-link', 'share', 'apply-end'].filter((part) => web.shows(part)), 'parts printed').to.deep.equal([]);
  });

  it('prints a list without its search and filters, and a job open in it without Back', async () => {
    const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);
    await emulateMedia({ media: 'print' });
    expect(['search', 'filter-bar', 'controls'].filter((part) => list.shows(part)), 'parts printed').to.deep.equal([]);
    expect(list.cards()).to.have.length(2);

    await emulateMedia({ media: 'screen' });
    await list.open('Platform Engineer');
    await emulateMedia({ media: 'print' });
    expect(list.shows('back')).to.equal(false);
    expect(list.detail()!.shows('heading')).to.equal(true);
  });
});
