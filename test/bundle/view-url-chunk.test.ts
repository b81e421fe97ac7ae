/**
 * Issue 17's trim, on the built script-tag bundle (`dist/cdn/job-widgets.js`): a list's view in
 * the URL is a chunk (`chunks/view-url-…`, with the lists' page order), which a page whose URL
 * names no view, and where nobody searches or filters, never requests. A fragment that comes to
 * name a view (a link on the page, Back, Forward) loads it and shows the view. Its own page: the
 * requests these tests count are the whole page's.
 */
import { expect } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { bundleRequests, loadBundle } from './bundle.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

const FEED = new URL('../fixtures/closed-jobs-feed.json', import.meta.url).pathname;

describe('the built bundle: the view in the URL, loaded when first needed', () => {
  let host: HTMLElement;
  before(() => {
    // An app's own pair in the fragment is no view.
    history.replaceState(null, '', '#ref=newsletter');
    host = document.createElement('div');
    host.innerHTML = `<job-list src="${FEED}"></job-list>`;
    document.body.append(host);
  });
  after(() => {
    host.remove();
    history.replaceState(null, '', location.pathname);
    clock.restore();
  });

  it('is not requested by a page whose URL names no view', async () => {
    const list = new JobListHarness(host.querySelector('job-list')!);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Data Analyst']);
    expect(bundleRequests('chunks/view-url-')).to.deep.equal([]);
    expect(bundleRequests('chunks/page-order-')).to.deep.equal([]);
  });

  it('is requested once the fragment names a view, which the list then shows', async () => {
    const list = new JobListHarness(host.querySelector('job-list')!);
    location.hash = '#ref=newsletter&q=analyst';
    await waitUntil(async () => (await list.titles()).join() === 'Data Analyst', 'the view of the new fragment was not shown');
    expect(list.searchBox().value).to.equal('analyst');
    expect(bundleRequests('chunks/view-url-')).to.have.length(1);
  });
});
