/**
 * The built script-tag bundle (`dist/cdn/job-widgets.js`, after `npm run build`), loaded as a
 * company site loads it, in every browser of the suite: jobs that closed after the feed was
 * built are not offered, and a feed whose jobs all fail the checks is an error. The clock is
 * pinned before the bundle loads: the feed was built on 1 March 2026, and it is 10 March at noon.
 */
import { expect } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';
import { JobCardHarness } from '../harness/job-card.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { cleanUpPage, mount } from './page.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
// A path the browser fetches as it is: the bundle is not a module of the test's own graph.
const BUNDLE = '/dist/cdn/job-widgets.js';
await import(/* @vite-ignore */ BUNDLE);

const FEED = new URL('../fixtures/closed-jobs-feed.json', import.meta.url).pathname;
const INVALID_FEED = new URL('../fixtures/invalid-jobs-feed.json', import.meta.url).pathname;


/** The harness of the first `<job-list>` of what `mount` put in the page. */
const listIn = (host: HTMLElement) => new JobListHarness(host.querySelector('job-list')!);
const jsonLdCount = () => document.head.querySelectorAll('script[type="application/ld+json"][data-job-widgets]').length;

describe('the built bundle, over time', () => {
  afterEach(cleanUpPage);
  after(() => clock.restore());

  it('lists, counts and offers only the jobs still open, and drops one that closes at the next render', async () => {
    const list = listIn(mount(`<job-list src="${FEED}"></job-list>`));
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Data Analyst']);
    expect(list.count()).to.equal('2 jobs');

    clock.set('2026-03-10T18:01:00.000Z');
    list.search('engineer');
    await waitUntil(async () => (await list.titles()).join() === 'Platform Engineer', 'the closed job stayed');
    list.search('');
    await waitUntil(() => list.count() === '1 job', 'the count kept the closed job');
    clock.set('2026-03-10T12:00:00.000Z');
  });

  it('answers a #job= link to a closed job with "This position has closed" and a way back, no detail, no JSON-LD', async () => {
    history.replaceState(null, '', '#job=closed-designer');
    const list = listIn(mount(`<job-list src="${FEED}" org-name="Kestrelmoor"></job-list>`));
    await list.loaded();
    const closed = list.find('closed');
    expect(closed?.textContent).to.contain('Closed Designer').and.to.contain('This position has closed.');
    expect(closed?.querySelector('[part~="back"]') !== null).to.equal(true);
    expect(list.detail() !== undefined).to.equal(false);
    expect(jsonLdCount()).to.equal(0);
  });

  it('shows a closed job in a stand-alone <job-detail> and <job-card> as closed, with no Apply and no JSON-LD', async () => {
    const host = mount(`<job-detail src="${FEED}" job-id="closed-designer" org-name="Kestrelmoor" jobs-href="/careers/"></job-detail>
      <job-card src="${FEED}" job-id="closed-designer" href="/careers/closed-designer"></job-card>`);
    const detail = new JobDetailHarness(host.querySelector('job-detail')!);
    const card = new JobCardHarness(host.querySelector('job-card')!);
    await waitUntil(() => detail.has('status') && card.has('status'), 'the detail and card did not load');
    expect(detail.part('status').textContent).to.contain('This position has closed.');
    expect(detail.has('apply')).to.equal(false);
    expect(detail.part('jobs-link').getAttribute('href')).to.equal('/careers/');
    expect(card.part('status').textContent).to.contain('Closed Designer');
    expect(card.has('link')).to.equal(false);
    expect(jsonLdCount()).to.equal(0);
  });

  it('shows an error, not "no open positions", for a feed whose jobs all fail the checks', async () => {
    const events: string[] = [];
    const record = (event: Event) => events.push(`${event.type} ${(event as Event & { error?: { kind: string } }).error?.kind ?? ''}`.trim());
    document.addEventListener('job-feed-warning', record);
    document.addEventListener('job-feed-error', record);
    const list = listIn(mount(`<job-list src="${INVALID_FEED}"></job-list>`));
    await list.loaded();
    document.removeEventListener('job-feed-warning', record);
    document.removeEventListener('job-feed-error', record);
    expect(list.has('empty')).to.equal(false);
    expect(list.text('error')).to.equal('We couldn’t load the jobs. Please try again. Retry');
    expect(events).to.deep.equal(['job-feed-warning', 'job-feed-error no-valid-jobs']);
  });
});
