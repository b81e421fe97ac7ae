/**
 * Issue 17, section 1, on the built script-tag bundle (`dist/cdn/job-widgets.js`), in every
 * browser of the suite: a list scoped by the site's markup (`department`, `location`,
 * `remote="hybrid"`) holds only the scope's jobs, offers no filter and no Clear all for it and
 * never writes it to the URL; a list's view (search and filters) is in the URL, where Back and
 * Forward find it again, each list of a page under its own keys, and `no-url-state` keeps a list
 * out of it. The element tests (test/components/job-list-views.test.ts) check the same against
 * the sources; these check the entry and the view's chunk that it loads when first needed.
 *
 * The feed is served from memory, with a hybrid job in two departments: the fixtures have none.
 * The clock is pinned: the jobs are listed newest first against it.
 */
import { expect } from '@open-wc/testing';
import type { Feed, Job } from '../../src/feed/types.js';
import { goBack, goForward, historyMark, markHistoryEntry } from '../components/job-list-helpers.js';
import { pinClock } from '../fixtures/clock.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { loadBundle } from './bundle.js';
import { cleanUpPage, feedUrl, listIn, mount } from './page.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
await loadBundle();

const job = (id: string, title: string, department: string, location: string, remote: Job['remote'], datePosted: string): Job => ({
  id,
  title,
  department,
  locations: [location],
  remote,
  employmentType: ['FULL_TIME'],
  datePosted,
  applyUrl: `https://careers.kestrelmoor.example/apply/${id}`,
  html: '<p>Join a small team that ships every week.</p>',
});

// Newest first, as the lists show them.
const FEED: Feed = {
  version: 1,
  generated: '2026-03-06T08:00:00.000Z',
  jobs: [
    job('platform-engineer', 'Platform Engineer', 'Engineering', 'Berlin', 'hybrid', '2026-03-05'),
    job('product-designer', 'Product Designer', 'Design', 'Berlin', true, '2026-03-03'),
    job('backend-engineer', 'Backend Engineer', 'Engineering', 'Lisbon', true, '2026-03-01'),
    job('data-engineer', 'Data Engineer', 'Data', 'Paris', 'hybrid', '2026-02-25'),
    job('frontend-engineer', 'Frontend Engineer', 'Engineering', 'Berlin', false, '2026-02-20'),
    job('support-lead', 'Support Lead', 'Customer Success', 'Lisbon', false, '2026-02-10'),
  ],
};
const FEED_URL = feedUrl(FEED);

/** The filters a list offers, by their labels. */
const offered = (list: JobListHarness): string[] => list.filterButtons().map((button) => button.textContent!.replace(/\s+/g, ' ').trim());

/** The fragment's pairs as `key=value`, sorted: the view keys of every list, whatever their order. */
const fragment = (): string[] => [...new URLSearchParams(location.hash.slice(1))].map(([key, value]) => `${key}=${value}`).sort();

/** Waits until the fragment holds exactly `pairs` (in any order). */
async function fragmentIs(pairs: string[], message: string): Promise<void> {
  const wanted = [...pairs].sort().join('&');
  await waitUntil(() => fragment().join('&') === wanted, `${message}: the fragment is "${location.hash}"`);
}

/** Waits until `list` shows the jobs titled `titles`, in order. */
async function shows(list: JobListHarness, titles: string[], message: string): Promise<void> {
  await waitUntil(async () => (await list.titles()).join('|') === titles.join('|'), `${message}: the list does not show ${titles.join(', ')}`);
}

describe('the built bundle: scopes and views in the URL', () => {
  afterEach(cleanUpPage);
  after(() => {
    URL.revokeObjectURL(FEED_URL);
    clock.restore();
  });

  describe('a list scoped by the site', () => {
    it('department="Engineering": only its jobs, no Department filter, no Clear all for it, and not in the URL', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}" department="Engineering"></job-list>`);
      expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Backend Engineer', 'Frontend Engineer']);
      expect(list.count()).to.equal('3 jobs');
      expect(offered(list)).to.deep.equal(['Location', 'Employment type', 'Remote']);
      expect(list.has('clear'), 'Clear all for the scope').to.equal(false);

      await list.toggle('Remote', 'Hybrid');
      await fragmentIs(['remote=hybrid'], 'the filter, and only it, is in the URL');
      expect(await list.titles()).to.deep.equal(['Platform Engineer']);
      list.clear();
      await fragmentIs([], 'Clear all did not empty the URL');
      await shows(list, ['Platform Engineer', 'Backend Engineer', 'Frontend Engineer'], 'Clear all left the scope');
      expect(list.has('clear')).to.equal(false);
    });

    it('location="Berlin": only its jobs, no Location filter, and a search is the only thing in the URL', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}" location="berlin"></job-list>`);
      expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Product Designer', 'Frontend Engineer']);
      expect(offered(list)).to.deep.equal(['Department', 'Employment type', 'Remote']);
      expect(list.has('clear')).to.equal(false);

      list.search('engineer');
      await fragmentIs(['q=engineer'], 'the search did not reach the URL');
      await shows(list, ['Platform Engineer', 'Frontend Engineer'], 'the search looked outside the scope');
    });

    it('remote="hybrid": only the hybrid jobs, no Remote filter, and not in the URL', async () => {
      const list = await listIn(`<job-list src="${FEED_URL}" remote="hybrid"></job-list>`);
      expect(await list.titles()).to.deep.equal(['Platform Engineer', 'Data Engineer']);
      expect(offered(list)).to.deep.equal(['Department', 'Location', 'Employment type']);
      expect(list.has('clear')).to.equal(false);

      await list.toggle('Department', 'Data');
      await fragmentIs(['department=Data'], 'the filter, and only it, is in the URL');
      expect(await list.titles()).to.deep.equal(['Data Engineer']);
    });
  });

  describe('the view in the URL', () => {
    it('Back shows the search before a filter was chosen, and Forward the filter again', async () => {
      history.pushState(null, '', location.pathname);
      markHistoryEntry('the list');
      const list = await listIn(`<job-list src="${FEED_URL}"></job-list>`);

      list.search('engineer');
      await fragmentIs(['q=engineer'], 'the search did not reach the URL');
      expect(historyMark(), 'typing replaced the entry rather than adding one').to.equal('the list');
      await shows(list, ['Platform Engineer', 'Backend Engineer', 'Data Engineer', 'Frontend Engineer'], 'the search');

      await list.toggle('Department', 'Engineering');
      await fragmentIs(['q=engineer', 'department=Engineering'], 'the filter did not reach the URL');
      expect(historyMark(), 'the filter is an entry of its own').to.equal(undefined);
      markHistoryEntry('the filter');
      await shows(list, ['Platform Engineer', 'Backend Engineer', 'Frontend Engineer'], 'the filter');

      await goBack();
      expect(historyMark()).to.equal('the list');
      await shows(list, ['Platform Engineer', 'Backend Engineer', 'Data Engineer', 'Frontend Engineer'], 'Back did not show the search alone');
      expect(list.searchBox().value).to.equal('engineer');
      expect(list.has('clear'), 'Clear all, for the search').to.equal(true);

      await goForward();
      expect(historyMark()).to.equal('the filter');
      await shows(list, ['Platform Engineer', 'Backend Engineer', 'Frontend Engineer'], 'Forward did not show the filter again');
      expect(list.filterButton('Department').textContent).to.contain('1');
      expect(list.searchBox().value).to.equal('engineer');
    });

    it('keeps each list of a page to its own keys: its id (careers.q), else its place on the page (1.q)', async () => {
      history.replaceState(null, '', '#careers.q=designer&1.q=engineer');
      const host = mount(`<job-list id="careers" src="${FEED_URL}"></job-list><job-list src="${FEED_URL}"></job-list>`);
      const [careers, second] = JobListHarness.all(host) as [JobListHarness, JobListHarness];
      await careers.loaded();
      await second.loaded();
      expect(await careers.titles()).to.deep.equal(['Product Designer']);
      expect(await second.titles()).to.deep.equal(['Platform Engineer', 'Backend Engineer', 'Data Engineer', 'Frontend Engineer']);

      await second.toggle('Department', 'Data');
      await fragmentIs(['careers.q=designer', '1.q=engineer', '1.department=Data'], 'the second list did not write its own keys');
      await shows(second, ['Data Engineer'], 'the second list');
      careers.search('lead');
      await fragmentIs(['careers.q=lead', '1.q=engineer', '1.department=Data'], 'the list with an id did not write its own keys');
      await shows(careers, ['Support Lead'], 'the list with an id');
      expect(await second.titles(), 'the other list kept its view').to.deep.equal(['Data Engineer']);
    });

    it('no-url-state neither reads the URL nor writes to it', async () => {
      history.replaceState(null, '', '#q=designer');
      // A list of the same page that does write its keys (`witness.…`) once it is told after the
      // other: when its keys are in the URL, the other's would be too, had it written any.
      const host = mount(`<job-list no-url-state src="${FEED_URL}"></job-list><job-list id="witness" src="${FEED_URL}"></job-list>`);
      const [own, witness] = JobListHarness.all(host) as [JobListHarness, JobListHarness];
      await own.loaded();
      await witness.loaded();
      expect(await own.titles(), 'the view in the URL was read').to.have.length(FEED.jobs.length);

      await own.toggle('Department', 'Design');
      own.search('product');
      await witness.toggle('Department', 'Data');
      witness.search('data');
      await fragmentIs(['q=designer', 'witness.department=Data', 'witness.q=data'], 'the witness did not write its keys');
      expect(await own.titles()).to.deep.equal(['Product Designer']);
    });
  });
});
