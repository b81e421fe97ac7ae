import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import {
  countText,
  fixtureFeedData,
  fixtureJobs,
  freshUrl,
  loaded,
  part,
  parts,
  resetLocation,
  shownTitles,
  stubFetch,
  type FetchStub,
} from './job-list-helpers.js';

describe('<job-list>: waiting for data', () => {
  let fetchStub: FetchStub;
  beforeEach(() => {
    resetLocation();
    fetchStub = stubFetch();
  });
  afterEach(() => fetchStub.restore());

  it('waits, with the skeleton, for an app that sets `jobs` later (no src, no jobs yet)', async () => {
    const list = await fixture<JobList>(html`<job-list></job-list>`);
    await list.updateComplete;
    expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(parts(list, 'skeleton')).to.have.length(3);
    expect(part(list, 'empty')).to.equal(null);
    expect(part(list, 'error')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Loading jobs…');
    expect(list.shadowRoot!.textContent).to.not.contain('No jobs');
    expect(fetchStub.calls).to.have.length(0);
    await expect(list).to.be.accessible();

    list.jobs = await fixtureJobs();
    await loaded(list);
    expect(await shownTitles(list)).to.have.length(6);
  });

  it('keeps a selection set before the feed has loaded', async () => {
    const url = freshUrl();
    const list = await fixture<JobList>(html`<job-list src=${url} .selection=${{ department: ['Design'] }}></job-list>`);
    fetchStub.respond(url, await fixtureFeedData());
    await loaded(list);
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    expect(part(list, 'clear')).to.not.equal(null);
  });

  it('keeps a search set before the feed has loaded', async () => {
    const url = freshUrl();
    const list = await fixture<JobList>(html`<job-list src=${url} .query=${'london'}></job-list>`);
    fetchStub.respond(url, await fixtureFeedData());
    await loaded(list);
    expect(await shownTitles(list)).to.deep.equal(['Product Designer', 'Data Intern']);
    expect(part<HTMLInputElement>(list, 'search')!.value).to.equal('london');
  });

  it('drops selected values that the loaded feed does not have', async () => {
    const url = freshUrl();
    const list = await fixture<JobList>(
      html`<job-list src=${url} .selection=${{ department: ['Design', 'Astronomy'] }}></job-list>`,
    );
    fetchStub.respond(url, await fixtureFeedData());
    await loaded(list);
    expect(list.selection).to.deep.equal({ department: ['Design'] });
    expect(countText(list)).to.equal('1 job');
  });

  it('gives up after `timeout` milliseconds and says so', async () => {
    const url = freshUrl();
    const list = await fixture<JobList>(html`<job-list src=${url} timeout="60"></job-list>`);
    await waitUntil(() => part(list, 'error'), 'the request did not time out', { timeout: 3000 });
    expect(part(list, 'error')!.textContent).to.contain('The server took too long to answer.');
    expect(fetchStub.calls[0]!.signal!.aborted).to.equal(true);
  });
});
