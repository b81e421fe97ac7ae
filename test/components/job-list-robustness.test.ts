import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobFeedWarningEvent } from '../../src/events/feed-warning.js';
import type { Job } from '../../src/feed/types.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import {
  NEWEST_FIRST,
  fixtureFeedData,
  fixtureJobs,
  freshUrl,
  listFixture,
  resetLocation,
  stubFetch,
  type FetchStub,
} from './job-list-helpers.js';

describe('<job-list>: requests', () => {
  let fetchStub: FetchStub;
  beforeEach(() => {
    resetLocation();
    fetchStub = stubFetch();
  });
  afterEach(() => fetchStub.restore());

  it('shares one request between lists with the same src', async () => {
    const url = freshUrl();
    const wrapper = await fixture(html`<div><job-list src=${url}></job-list><job-list src=${url}></job-list></div>`);
    const [a, b] = JobListHarness.all(wrapper) as [JobListHarness, JobListHarness];
    expect(fetchStub.calls).to.have.length(1);
    fetchStub.respond(url, await fixtureFeedData());
    await a.loaded();
    await b.loaded();
    expect(await a.titles()).to.deep.equal(NEWEST_FIRST);
    expect(await b.titles()).to.deep.equal(NEWEST_FIRST);
  });

  it('aborts the old request when src changes, and shows only the new feed', async () => {
    const first = freshUrl('first');
    const second = freshUrl('second');
    const list = await listFixture(html`<job-list src=${first}></job-list>`);
    list.element.src = second;
    await list.updated();
    expect(fetchStub.calls.map((c) => c.signal?.aborted)).to.deep.equal([true, false]);
    fetchStub.respond(second, { version: 1, generated: '', jobs: [{ id: 'new', title: 'From the new feed', html: '' }] });
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['From the new feed']);
  });

  it('cancels its request and drops its window listeners when removed', async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.push(type);
      return (addEventListener as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      removed.push(type);
      return (removeEventListener as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url}></job-list>`);
      expect(added).to.include.members(['popstate', 'hashchange']);
      list.element.remove();
      expect(fetchStub.calls[0]!.signal!.aborted).to.equal(true);
      expect(removed).to.include.members(['popstate', 'hashchange']);
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });
});

describe('<job-list>: hostile input', () => {
  beforeEach(resetLocation);
  afterEach(resetLocation);

  it('shows what it can of a broken feed and reports the rest', async () => {
    const hostile = [
      null,
      7,
      'job',
      { id: {}, title: 'No id' },
      { id: 'x', title: ['not', 'a', 'string'] },
      {
        id: 'ok',
        title: '<img src=x onerror="window.__pwned = true">Kept',
        locations: 'Berlin',
        tags: [1, 2],
        datePosted: 'yesterday-ish',
        employmentType: ['WHATEVER'],
        department: { name: 'Engineering' },
        remote: 'yes',
        html: '<script>window.__pwned = true</script>',
      },
    ] as unknown as Job[];
    const warned = new Promise<JobFeedWarningEvent>((resolve) =>
      document.addEventListener('job-feed-warning', (e) => resolve(e), { once: true }),
    );
    const list = await listFixture(html`<job-list .jobs=${hostile}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['<img src=x onerror="window.__pwned = true">Kept']);
    expect((await warned).problems.length).to.be.greaterThan(5);
    list.search('kept');
    expect(await list.titles()).to.have.length(1);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('round-trips an id through the URL beside other state in the fragment', async () => {
    // Ids are slugs (see job-ids.test.ts); what else the fragment holds is the page's own.
    window.history.replaceState(null, '', '#note=a%26b%3Dc%23d%20e');
    const jobs = [{ id: 'odd-1', title: 'Odd', html: '' }];
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    list.cards()[0]!.click();
    const detail = await waitUntil(() => list.detail());
    expect(detail.element.job?.id).to.equal('odd-1');
    expect(new URLSearchParams(window.location.hash.slice(1)).get('note')).to.equal('a&b=c#d e');
    // A reload: the same history entry, a new list in place of the old one.
    list.element.remove();
    const reloaded = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await reloaded.loaded();
    expect(reloaded.detail()?.element.job?.id).to.equal('odd-1');
  });

  it('survives a host page with global resets', async () => {
    const style = document.createElement('style');
    style.textContent = `* { all: unset; } div { display: none; } html { font-size: 40px; } ul, li, h2 { display: none; }`;
    document.head.append(style);
    const element = document.createElement('job-list');
    element.jobs = await fixtureJobs();
    document.body.append(element);
    const list = new JobListHarness(element);
    try {
      await list.loaded();
      expect(getComputedStyle(list.element).display).to.equal('block');
      expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
      const heading = list.cards()[0]!.part('heading');
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(list.searchBox().getBoundingClientRect().width).to.be.greaterThan(100);
      list.search('designer');
      expect(await list.titles()).to.deep.equal(['Product Designer']);
    } finally {
      element.remove();
      style.remove();
    }
  });

  it('does not throw when the library is loaded twice', async () => {
    const before = customElements.get('job-list');
    await import(/* @vite-ignore */ `../../src/components/job-list/define.ts?again=${Date.now()}`);
    expect(customElements.get('job-list')).to.equal(before);
  });
});
