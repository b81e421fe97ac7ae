/**
 * Issue 17 on the built script-tag bundle (`dist/cdn/job-widgets.js`), in every browser of the
 * suite: `<job-count>` is defined by it and counts the open jobs of a feed or a scope, sharing
 * the list's request; a list shows the view its URL names, writes a filter to the URL, and shows
 * a teaser. The clock is pinned: the Design job closed on 9 March.
 */
import { expect } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';
import type { JobCount } from '../../src/components/job-count/job-count.js';
import { JobCountHarness } from '../harness/job-count.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { cleanUpPage, mount } from './page.js';
import { loadBundle } from './bundle.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

// Asked with a query of its own, so that only this file's elements share its request.
const FEED = `${new URL('../fixtures/closed-jobs-feed.json', import.meta.url).pathname}?views`;
const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('closed-jobs-feed.json?views')).length;


describe('the built bundle: views, scopes, teasers and <job-count>', () => {
  afterEach(cleanUpPage);
  after(() => clock.restore());

  it('defines <job-count>, which counts the open jobs of the feed and of a scope, in the page\'s language, with one request for the list too', async () => {
    const host = mount(`<nav lang="fr"><job-count src="${FEED}"></job-count> <job-count src="${FEED}" department="Design"></job-count></nav>
      <job-list src="${FEED}"></job-list>`);
    const [all, design] = [...host.querySelectorAll('job-count')].map((element) => new JobCountHarness(element as JobCount));
    const list = new JobListHarness(host.querySelector('job-list')!);
    await list.loaded();
    await waitUntil(() => all!.shown() === '2', 'the count did not show');
    // The only Design job has closed.
    expect(design!.shown()).to.equal('0');
    expect(requests()).to.equal(1);
  });

  it('shows the view the URL names, and writes a filter to the URL', async () => {
    history.replaceState(null, '', '#q=analyst');
    const list = new JobListHarness(mount(`<job-list src="${FEED}"></job-list>`).querySelector('job-list')!);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Data Analyst']);
    list.clear();
    await waitUntil(() => location.hash === '', 'Clear all did not clear the URL');
    await list.toggle('Department', 'Engineering');
    await waitUntil(() => location.hash === '#department=Engineering', 'the filter did not reach the URL');
  });

  it('shows a teaser with its link to every open role', async () => {
    const list = new JobListHarness(mount(`<job-list src="${FEED}" limit="1" all-href="/jobs/"></job-list>`).querySelector('job-list')!);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Platform Engineer']);
    expect(list.text('all-link')).to.equal('See all 2 open roles');
  });
});
