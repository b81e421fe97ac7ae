import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/job-list/define.js';
import '../../src/components/job-detail/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { SearchReporter } from '../../src/components/job-list/search-reporter.js';
import type { JobApplyEvent } from '../../src/events/job-apply.js';
import type { JobFilterChangeEvent } from '../../src/events/job-filter-change.js';
import type { JobLinkCopyEvent } from '../../src/events/job-link-copy.js';
import type { JobSearchEvent } from '../../src/events/job-search.js';
import type { JobShareEvent } from '../../src/events/job-share.js';
import type { Job } from '../../src/feed/types.js';
import { designerJob, rustJob } from '../fixtures/jobs.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { waitUntil } from '../support/wait.js';
import { fixtureJobs, listFixture, resetLocation } from './job-list-helpers.js';

const detailFixture = async (template: TemplateResult) => new JobDetailHarness(await fixture<JobDetail>(template));

/** Records the events named `type` that reach the document, until `stop()`. */
function record<E extends Event>(type: keyof GlobalEventHandlersEventMap): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** Keeps the test page where it is when a test follows a link. */
function stayOnPage(): () => void {
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('click', stay);
  return () => document.removeEventListener('click', stay);
}

/** Gives the page `navigator.share` (or takes it away, with `undefined`) for one test. */
function stubShare(share: ((data: ShareData) => Promise<void>) | undefined): () => void {
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  return () => delete (navigator as { share?: unknown }).share;
}

/** The list fixture's jobs, the designer's with a web Apply link. */
async function jobsWithApplyUrl(): Promise<Job[]> {
  return (await fixtureJobs()).map((job) => (job.id === 'product-designer' ? { ...job, applyUrl: 'https://jobs.example.com/apply/product-designer' } : job));
}

describe('Analytics events', () => {
  beforeEach(resetLocation);

  it('job-apply: which job and how, from the detail, composed and bubbling', async () => {
    const stay = stayOnPage();
    try {
      const byUrl = await detailFixture(html`<job-detail .job=${designerJob}></job-detail>`);
      const applied = oneEvent(document, 'job-apply') as Promise<JobApplyEvent>;
      byUrl.part('apply').click();
      const event = await applied;
      expect([event.job.id, event.method, event.href]).to.deep.equal(['product-designer', 'url', 'https://jobs.example.com/apply/product-designer']);
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);

      const byEmail = await detailFixture(html`<job-detail .job=${rustJob}></job-detail>`);
      const mailed = oneEvent(document, 'job-apply') as Promise<JobApplyEvent>;
      byEmail.part('apply').click();
      expect((await mailed).method).to.equal('email');

      // A middle click opens a new tab and fires no click; the context menu's button applies to nothing.
      const heard: string[] = [];
      const listen = (event: Event) => heard.push((event as JobApplyEvent).href);
      document.addEventListener('job-apply', listen);
      const link = byUrl.part('apply');
      link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
      link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
      document.removeEventListener('job-apply', listen);
      expect(heard).to.deep.equal(['https://jobs.example.com/apply/product-designer']);
    } finally {
      stay();
    }
  });

  it('job-link-copy and job-share, from the detail', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() }, configurable: true });
    const shared: ShareData[] = [];
    const restoreShare = stubShare((data) => (shared.push(data), Promise.resolve()));
    try {
      const el = await detailFixture(html`<job-detail .job=${rustJob} share-url="https://example.com/jobs/rust"></job-detail>`);
      const copied = oneEvent(el.element, 'job-link-copy') as Promise<JobLinkCopyEvent>;
      el.copyLink();
      const copy = await copied;
      expect([copy.job.id, copy.url, copy.copied, copy.composed]).to.deep.equal(['senior-rust-engineer', 'https://example.com/jobs/rust', true, true]);

      await waitUntil(() => el.has('share'), 'no Share button where the browser can share');
      const sharing = oneEvent(el.element, 'job-share') as Promise<JobShareEvent>;
      el.share();
      const share = await sharing;
      expect([share.job.id, share.url]).to.deep.equal(['senior-rust-engineer', 'https://example.com/jobs/rust']);
      expect(shared).to.deep.equal([{ title: 'Senior Rust Engineer', url: 'https://example.com/jobs/rust' }]);
    } finally {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
      restoreShare();
    }
  });

  it('job-share is not fired when the visitor dismisses the share sheet', async () => {
    const calls: ShareData[] = [];
    const restoreShare = stubShare((data) => (calls.push(data), Promise.reject(new DOMException('Share canceled', 'AbortError'))));
    const shares = record<JobShareEvent>('job-share');
    try {
      const el = await detailFixture(html`<job-detail .job=${rustJob}></job-detail>`);
      await waitUntil(() => el.has('share'));
      el.share();
      await waitUntil(() => calls.length === 1);
      await el.updated();
      expect(shares.events).to.have.length(0);
      expect(el.shows('share')).to.equal(true);
    } finally {
      shares.stop();
      restoreShare();
    }
  });

  it('job-search: once typing pauses, with the query and how many jobs match', async () => {
    const pause = SearchReporter.pause;
    SearchReporter.pause = 100;
    const searches = record<JobSearchEvent>('job-search');
    try {
      const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      list.search('e');
      list.search('en');
      list.search('engineer');
      await waitUntil(() => searches.events.length > 0, 'no job-search');
      // Had the first keystrokes been reported, their events would have come first.
      const shown = (await list.titles()).length;
      expect(searches.events.map((e) => [e.query, e.resultCount, e.composed])).to.deep.equal([['engineer', shown, true]]);

      // Clear all is no search a visitor typed.
      list.search('design');
      list.clear();
      await list.updated();
      list.search('nothing like it');
      await waitUntil(() => searches.events.length > 1, 'no second job-search');
      expect(searches.events.slice(1).map((e) => [e.query, e.resultCount])).to.deep.equal([['nothing like it', 0]]);
    } finally {
      SearchReporter.pause = pause;
      searches.stop();
    }
  });

  it('job-filter-change: the facet and its values, and each filter Clear all empties', async () => {
    const changes = record<JobFilterChangeEvent>('job-filter-change');
    try {
      const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      await list.toggle('Department', 'Engineering');
      await list.toggle('Department', 'Design');
      await list.toggle('Remote', 'Remote');
      await list.updated();
      list.clear();
      await list.updated();
      expect(changes.events.map((e) => [e.facet, [...e.values], e.composed])).to.deep.equal([
        ['department', ['Engineering'], true],
        ['department', ['Engineering', 'Design'], true],
        ['remote', ['remote'], true],
        ['department', [], true],
        ['remote', [], true],
      ]);
    } finally {
      changes.stop();
    }
  });

  it('events of the in-place detail reach the page through the list', async () => {
    const stay = stayOnPage();
    try {
      const list = await listFixture(html`<job-list .jobs=${await jobsWithApplyUrl()}></job-list>`);
      await list.loaded();
      await list.open('Product Designer');
      const applied = oneEvent(list.element, 'job-apply') as Promise<JobApplyEvent>;
      list.detail()!.part('apply').click();
      expect((await applied).job.title).to.equal('Product Designer');
    } finally {
      stay();
    }
  });
});

describe('Attribution: apply-params', () => {
  beforeEach(resetLocation);

  const long = (job: Job): Job => ({ ...job, html: `${job.html}${'<p>More about the role and the team.</p>'.repeat(60)}` });

  it("adds the site's parameters to a web Apply link, both of a long posting's, never to an email", async () => {
    const web = await detailFixture(html`<job-detail .job=${long(designerJob)} apply-params="utm_source=careers&utm_medium=site"></job-detail>`);
    expect(web.applyLinks().map((a) => a.href)).to.deep.equal(Array(2).fill('https://jobs.example.com/apply/product-designer?utm_source=careers&utm_medium=site'));

    const email = await detailFixture(html`<job-detail .job=${rustJob} apply-params="utm_source=careers"></job-detail>`);
    expect(email.part('apply').getAttribute('href')).to.equal('mailto:jobs@magickbase.com');
  });

  it('cannot move the link to another scheme or host, whatever the value', async () => {
    const el = await detailFixture(html`<job-detail .job=${designerJob} apply-params="@evil.example/&x=javascript:alert(1)#//evil.example"></job-detail>`);
    const url = new URL(el.part<HTMLAnchorElement>('apply').href);
    expect([url.protocol, url.host, url.pathname, url.hash]).to.deep.equal(['https:', 'jobs.example.com', '/apply/product-designer', '']);
  });

  it("a list's apply-params reach its in-place detail", async () => {
    const list = await listFixture(html`<job-list .jobs=${await jobsWithApplyUrl()} apply-params="utm_source=careers"></job-list>`);
    await list.loaded();
    await list.open('Product Designer');
    const href = list.detail()!.part<HTMLAnchorElement>('apply').href;
    expect(new URL(href).searchParams.get('utm_source')).to.equal('careers');
  });
});

describe('document.title of a job opened in place', () => {
  beforeEach(resetLocation);

  // The test page has no <title>: nothing is added to its head (the XSS suite checks the light DOM).
  it('leaves a page without a title of its own without one', async () => {
    expect(document.querySelector('title')).to.equal(null);
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    await list.open('Product Designer');
    expect(document.querySelector('title')).to.equal(null);
  });

  it("is the job's and the site's, and the site's again after Back", async () => {
    const before = document.title;
    document.title = 'Acme Careers';
    try {
      const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      await list.open('Product Designer');
      await waitUntil(() => document.title === 'Product Designer · Acme Careers', `title is "${document.title}"`);
      list.back();
      await waitUntil(() => document.title === 'Acme Careers', `title is "${document.title}" after Back`);
      await waitUntil(() => list.openTitle() === undefined);
      await list.open('Backend Engineer');
      await waitUntil(() => document.title === 'Backend Engineer · Acme Careers', `title is "${document.title}"`);
      // The list leaving the page gives the page its title back too.
      list.element.remove();
      expect(document.title).to.equal('Acme Careers');
    } finally {
      document.title = before;
    }
  });
});
