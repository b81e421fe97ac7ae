/**
 * Jobs that closed after the feed was built: a feed written weeks ago still lists them, and the
 * elements decide at view time, with the build's rule (a date-only `validThrough` lasts that whole
 * day), that they are closed. The clock is pinned: the feed was built on 1 March, and it is now
 * 10 March at noon (UTC). The clock runs on from there, so moves of it keep a minute's margin.
 * Presence is asserted as a boolean: a failed assertion on an element would be serialized whole.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import '../../src/components/job-card/define.js';
import '../../src/components/job-detail/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { hasClosed } from '../../src/feed/open-jobs.js';
import { pinClock, type PinnedClock } from '../fixtures/clock.js';
import { serveFiles, stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { isShown } from '../harness/harness.js';
import { JobCardHarness } from '../harness/job-card.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { listFixture, resetLocation } from './job-list-helpers.js';

const NOW = '2026-03-10T12:00:00.000Z';

const job = (id: string, title: string, fields: Partial<Job> = {}): Job => ({
  id,
  title,
  datePosted: '2026-02-20',
  applyUrl: `https://kestrelmoor.example/apply/${id}`,
  html: `<p>${title}.</p>`,
  ...fields,
});

const platform = job('platform-engineer', 'Platform Engineer', { department: 'Engineering', locations: ['Berlin, Germany'], datePosted: '2026-03-01' });
// Date-only: it lasted the whole of 9 March, wherever the reader is, so until 10 March 11:59:59.999 UTC.
const designer = job('closed-designer', 'Closed Designer', { department: 'Design', locations: ['Lisbon, Portugal'], validThrough: '2026-03-09' });
const analyst = job('data-analyst', 'Data Analyst', { department: 'Data', locations: ['Paris, France'], validThrough: '2026-03-10T18:00:00.000Z' });
const lastDay = job('last-day', 'Last Day Engineer', { department: 'Engineering', locations: ['Berlin, Germany'], validThrough: '2026-03-10' });
const JOBS = [platform, designer, analyst, lastDay];
const feed = (jobs: unknown[]) => ({ version: 1, generated: '2026-03-01T00:00:00.000Z', organization: { name: 'Kestrelmoor' }, jobs });

const jsonLdScripts = () => document.head.querySelectorAll('script[type="application/ld+json"][data-job-widgets]');

describe('closed jobs', () => {
  let clock: PinnedClock;
  let stub: FetchStub;
  let url: string;
  let allClosedUrl: string;

  beforeEach(() => {
    resetLocation();
    clock = pinClock(NOW);
    stub = stubFetch();
    url = uniqueFeedUrl('closed');
    allClosedUrl = uniqueFeedUrl('all-closed');
    serveFiles(stub, { [url]: feed(JOBS), [allClosedUrl]: feed([designer, analyst]) });
  });

  afterEach(() => {
    stub.restore();
    clock.restore();
    resetLocation();
  });

  it('closes a job when its validThrough has passed, a date-only one at the end of that day everywhere', () => {
    const at = (iso: string) => new Date(iso).getTime();
    expect(hasClosed(designer, at('2026-03-10T11:59:59.999Z'))).to.equal(false);
    expect(hasClosed(designer, at('2026-03-10T12:00:00.000Z'))).to.equal(true);
    expect(hasClosed(analyst, at('2026-03-10T18:00:00.000Z'))).to.equal(false);
    expect(hasClosed(analyst, at('2026-03-10T18:00:00.001Z'))).to.equal(true);
    expect(hasClosed(platform, at('2099-01-01T00:00:00.000Z'))).to.equal(false);
  });

  it('neither lists nor counts a closed job, and leaves it out of search and filters', async () => {
    const list = await listFixture(html`<job-list src=${url}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Data Analyst', 'Last Day Engineer']);
    expect(list.count()).to.equal('3 jobs');

    list.search('designer');
    await list.loaded();
    expect(await list.titles()).to.deep.equal([]);
    list.search('');
    await list.loaded();

    const departments = await list.openFilter('Department');
    const options = [...departments.querySelectorAll('[part~="filter-option"] span:not([part])')].map((span) => span.textContent!.trim());
    expect(options).to.have.members(['Data', 'Engineering']);
    const locations = await list.openFilter('Location');
    expect(locations.textContent).not.to.contain('Lisbon');
  });

  it('drops a job that closed while the page was open at its next render, with no timer of its own', async () => {
    const list = await listFixture(html`<job-list src=${url}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.include('Data Analyst');

    clock.set('2026-03-10T18:01:00.000Z');
    // Nothing re-renders by itself: no timer waits for each job's closing time.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await list.titles()).to.include('Data Analyst');

    // Any render: here a search for every job's word.
    list.search('engineer analyst');
    list.search('');
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Last Day Engineer']);
    expect(list.count()).to.equal('2 jobs');

    // The last day of a date-only validThrough ends at midnight in the last time zone (UTC-12).
    clock.set('2026-03-11T11:59:00.000Z');
    list.element.requestUpdate();
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Last Day Engineer']);
    clock.set('2026-03-11T12:00:00.000Z');
    list.element.requestUpdate();
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer']);
  });

  it('shows the empty state when every job has closed', async () => {
    clock.set('2026-04-01T00:00:00.000Z');
    const list = await listFixture(html`<job-list src=${allClosedUrl}></job-list>`);
    await list.loaded();
    expect(list.has('empty')).to.equal(true);
    expect(list.count()).to.equal('No jobs');
  });

  it('answers a #job= link to a closed job with "This position has closed", a way back, no detail and no JSON-LD', async () => {
    window.history.replaceState(null, '', '#job=closed-designer');
    const list = await listFixture(html`<job-list src=${url}></job-list>`);
    await list.loaded();
    expect(list.has('closed')).to.equal(true);
    const closed = list.part('closed');
    expect(closed.textContent).to.contain('Closed Designer').and.to.contain('This position has closed.');
    expect(list.detail() !== undefined).to.equal(false);
    const listShown = list.queryAll('job-card, [part~="search"]').some(isShown);
    expect(listShown).to.equal(false);
    expect(jsonLdScripts()).to.have.length(0);
    await expect(list.element).to.be.accessible();

    closed.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await waitUntil(() => !list.has('closed'));
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Data Analyst', 'Last Day Engineer']);
  });

  it('says an open job has closed when it is opened after its closing time', async () => {
    const list = await listFixture(html`<job-list src=${url} org-name="Kestrelmoor"></job-list>`);
    await list.loaded();
    clock.set('2026-03-10T18:30:00.000Z');
    window.location.hash = 'job=data-analyst';
    await waitUntil(() => list.has('closed'), 'the closed job was opened');
    expect(list.part('closed').textContent).to.contain('Data Analyst');
    expect(list.detail() !== undefined).to.equal(false);
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('shows a closed job in <job-detail> as closed: no Apply, no body, no JSON-LD, a link to the open jobs', async () => {
    const detail = new JobDetailHarness(
      await fixture<JobDetail>(html`<job-detail src=${url} job-id="closed-designer" org-name="Kestrelmoor" jobs-href="/careers/"></job-detail>`),
    );
    await waitUntil(() => detail.has('status'), 'the detail did not load');
    const status = detail.part('status');
    expect(status.textContent).to.contain('Closed Designer').and.to.contain('This position has closed.');
    expect(detail.has('apply')).to.equal(false);
    expect(detail.has('body')).to.equal(false);
    expect(detail.part('jobs-link').getAttribute('href')).to.equal('/careers/');
    expect(jsonLdScripts()).to.have.length(0);
    await expect(detail.element).to.be.accessible();
  });

  it('takes a <job-detail> job down when it closes, at its next render', async () => {
    const detail = new JobDetailHarness(await fixture<JobDetail>(html`<job-detail .job=${analyst} org-name="Kestrelmoor"></job-detail>`));
    await detail.updated();
    expect(detail.has('apply')).to.equal(true);
    expect(jsonLdScripts()).to.have.length(1);
    clock.set('2026-03-10T18:01:00.000Z');
    detail.element.requestUpdate();
    await detail.updated();
    expect(detail.has('apply')).to.equal(false);
    expect(detail.part('status').textContent).to.contain('This position has closed.');
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('shows a closed job in <job-card> as closed, with no link', async () => {
    const card = new JobCardHarness(await fixture<JobCard>(html`<job-card src=${url} job-id="closed-designer" href="/careers/closed-designer"></job-card>`));
    await waitUntil(() => card.has('status'), 'the card did not load');
    expect(card.part('status').textContent).to.contain('Closed Designer').and.to.contain('This position has closed.');
    expect(card.has('link')).to.equal(false);
    await expect(card.element).to.be.accessible();
  });

  it('reads the clock from the now property when one is set', async () => {
    const list = await listFixture(html`<job-list src=${url} .now=${new Date('2026-03-01T00:00:00.000Z')}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.include('Closed Designer');
    list.element.now = new Date('2026-03-12T00:00:00.000Z');
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer']);
  });
});

describe('a feed whose jobs all fail the checks', () => {
  let stub: FetchStub;
  // Served by path; each test adds its feeds.
  let files: Record<string, unknown>;

  beforeEach(() => {
    stub = stubFetch();
    files = {};
    serveFiles(stub, files);
  });

  afterEach(() => stub.restore());

  async function listOf(body: unknown): Promise<{ list: JobListHarness; events: string[] }> {
    const url = uniqueFeedUrl('invalid');
    files[url] = body;
    const events: string[] = [];
    const record = (event: Event) =>
      events.push(`${event.type}${'error' in event ? ` ${(event as Event & { error: { kind: string } }).error.kind}` : ''}`);
    document.addEventListener('job-feed-warning', record);
    document.addEventListener('job-feed-error', record);
    const list = await listFixture(html`<job-list src=${url}></job-list>`);
    await list.loaded();
    document.removeEventListener('job-feed-warning', record);
    document.removeEventListener('job-feed-error', record);
    return { list, events };
  }

  for (const [name, jobs] of [
    ['nested arrays', [[[]]]],
    ['jobs without a title', [{ id: 'a' }, { id: 'b', title: '' }]],
  ] as const) {
    it(`is an error, with the warnings, not "no open positions" (${name})`, async () => {
      const { list, events } = await listOf({ version: 1, jobs });
      expect(list.has('empty')).to.equal(false);
      expect(list.text('error')).to.equal('We couldn’t load the jobs. Please try again. Retry');
      expect(events).to.deep.equal(['job-feed-warning', 'job-feed-error no-valid-jobs']);
      expect(list.has('retry')).to.equal(true);
    });
  }

  it('keeps the empty state for a feed with no jobs, and shows the valid jobs of a feed with some', async () => {
    const empty = await listOf({ version: 1, jobs: [] });
    expect(empty.list.has('empty')).to.equal(true);
    expect(empty.events).to.deep.equal([]);

    const some = await listOf({ version: 1, jobs: [{ id: 'a' }, { id: 'b', title: 'Backend Engineer', html: '' }] });
    expect(await some.list.titles()).to.deep.equal(['Backend Engineer']);
    expect(some.events).to.deep.equal(['job-feed-warning']);
  });

  it('is the same error for jobs an app gives, with no Retry', async () => {
    const list = await listFixture(html`<job-list></job-list>`);
    const error = oneEvent(list.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
    list.element.jobs = [{ id: 'a' } as Job];
    const { error: failure } = await error;
    expect(failure.kind).to.equal('no-valid-jobs');
    expect(failure.message).to.contain('The jobs property lists 1 job and none could be read');
    await list.loaded();
    expect(list.text('error')).to.equal('We couldn’t load the jobs. Please try again.');
    expect(list.has('retry')).to.equal(false);
  });
});
