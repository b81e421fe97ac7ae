import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import { waitUntil } from '../support/wait.js';
import { fixtureFeedData, fixtureJobs, freshUrl, listFixture, resetLocation, stubFetch, type FetchStub } from './job-list-helpers.js';

describe('<job-list>: waiting for data', () => {
  let fetchStub: FetchStub;
  beforeEach(() => {
    resetLocation();
    fetchStub = stubFetch();
  });
  afterEach(() => fetchStub.restore());

  it('waits, with the skeleton, for an app that sets `jobs` later (no src, no jobs yet)', async () => {
    const list = await listFixture(html`<job-list></job-list>`);
    await list.updated();
    expect(list.part('base').getAttribute('aria-busy')).to.equal('true');
    expect(list.parts('skeleton')).to.have.length(3);
    expect(list.has('empty')).to.equal(false);
    expect(list.has('error')).to.equal(false);
    expect(list.announcer().textContent!.trim()).to.equal('Loading jobs…');
    expect(list.allText()).to.not.contain('No jobs');
    expect(fetchStub.calls).to.have.length(0);
    await expect(list.element).to.be.accessible();

    list.element.jobs = await fixtureJobs();
    await list.loaded();
    expect(await list.titles()).to.have.length(6);
  });

  it('keeps a selection set before the feed has loaded', async () => {
    const url = freshUrl();
    const list = await listFixture(html`<job-list src=${url} .selection=${{ department: ['Design'] }}></job-list>`);
    fetchStub.respond(url, await fixtureFeedData());
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    expect(list.has('clear')).to.equal(true);
  });

  it('keeps a search set before the feed has loaded', async () => {
    const url = freshUrl();
    const list = await listFixture(html`<job-list src=${url} .query=${'london'}></job-list>`);
    fetchStub.respond(url, await fixtureFeedData());
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Product Designer', 'Data Intern']);
    expect(list.searchBox().value).to.equal('london');
  });

  it('drops selected values that the loaded feed does not have', async () => {
    const url = freshUrl();
    const list = await listFixture(
      html`<job-list src=${url} .selection=${{ department: ['Design', 'Astronomy'] }}></job-list>`,
    );
    fetchStub.respond(url, await fixtureFeedData());
    await list.loaded();
    expect(list.element.selection).to.deep.equal({ department: ['Design'] });
    expect(list.count()).to.equal('1 job');
  });

  it('gives up after `timeout` milliseconds and says so', async () => {
    const url = freshUrl();
    const list = await listFixture(html`<job-list src=${url} timeout="60"></job-list>`);
    const failed = oneEvent(list.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
    await waitUntil(() => list.has('error'), 'the request did not time out', { timeout: 3000 });
    expect((await failed).error.kind).to.equal('timeout');
    expect(fetchStub.calls[0]!.signal!.aborted).to.equal(true);
  });
});
