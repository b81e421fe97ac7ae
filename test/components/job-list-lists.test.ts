import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { fixtureJobs, goBack, goForward, resetLocation } from './job-list-helpers.js';

async function settled(...lists: JobListHarness[]): Promise<void> {
  for (const list of lists) await list.updated();
  for (const list of lists) await list.detail()?.updated();
}

// Keeps the test page where it is whatever a click does.
function stayOnPage(event: MouseEvent): void {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
}

describe('<job-list>: several lists with the same jobs', () => {
  let jobs: Job[];
  beforeEach(async () => {
    resetLocation();
    jobs = await fixtureJobs();
    window.addEventListener('click', stayOnPage);
  });
  afterEach(() => {
    window.removeEventListener('click', stayOnPage);
    resetLocation();
  });

  async function twoLists(): Promise<[JobListHarness, JobListHarness]> {
    const wrapper = await fixture(html`<div>
      <job-list .jobs=${jobs}></job-list>
      <job-list .jobs=${jobs}></job-list>
    </div>`);
    const [a, b] = JobListHarness.all(wrapper) as [JobListHarness, JobListHarness];
    await a.loaded();
    await b.loaded();
    return [a, b];
  }

  it('opens a job only in the list whose card was clicked, also when the other list hides it', async () => {
    const [a, b] = await twoLists();
    await b.open('Data Intern');
    await settled(a, b);
    expect(a.openTitle()).to.equal(undefined);
    await goBack();
    await settled(a, b);
    expect([a.openTitle(), b.openTitle()]).to.deep.equal([undefined, undefined]);

    // B's search leaves Data Intern out: B still has the job, and still must not open it.
    b.search('designer');
    await b.updated();
    await a.open('Data Intern');
    await settled(a, b);
    expect(b.openTitle()).to.equal(undefined);
    expect(b.searchBox().value).to.equal('designer');
  });

  it('restores each list on Back and Forward', async () => {
    const [a, b] = await twoLists();
    await a.open('Backend Engineer');
    await goBack();
    await settled(a, b);
    await b.open('Backend Engineer');
    await settled(a, b);
    expect([a.openTitle(), b.openTitle()]).to.deep.equal([undefined, 'Backend Engineer']);

    await goBack();
    await settled(a, b);
    expect([a.openTitle(), b.openTitle()]).to.deep.equal([undefined, undefined]);
    await goForward();
    await waitUntil(() => b.openTitle() === 'Backend Engineer', 'Forward did not reopen the job in B');
    await settled(a, b);
    expect(a.openTitle()).to.equal(undefined);
  });

  it('moves the open job from one list to the other, and back again with Back', async () => {
    const [a, b] = await twoLists();
    await a.open('Office Manager');
    // A's job is open; B's cards are still on the page, and B opens the same job for itself.
    await b.open('Office Manager');
    await waitUntil(() => a.openTitle() === undefined, 'A kept the job open');
    await goBack();
    await waitUntil(() => a.openTitle() === 'Office Manager', 'Back did not reopen the job in A');
    await settled(a, b);
    expect(b.openTitle()).to.equal(undefined);
  });

  it('opens a shared link (no history state) in the first list in document order only', async () => {
    window.history.replaceState(null, '', '#job=product-designer');
    const [a, b] = await twoLists();
    await waitUntil(() => a.openTitle() === 'Product Designer');
    await settled(a, b);
    expect(b.openTitle()).to.equal(undefined);
  });

  it('tells apart a light-DOM list and one in another component\'s shadow root', async () => {
    // The shadow host comes first in the page, but its list is connected last.
    const wrapper = await fixture(html`<div><div id="host"></div><job-list .jobs=${jobs}></job-list></div>`);
    const light = new JobListHarness(wrapper.querySelector<JobList>('job-list')!);
    const element = document.createElement('job-list');
    element.jobs = jobs;
    wrapper.querySelector('#host')!.attachShadow({ mode: 'open' }).append(element);
    const inShadow = new JobListHarness(element);
    await light.loaded();
    await inShadow.loaded();

    await light.open('Support Specialist');
    await settled(light, inShadow);
    expect(inShadow.openTitle()).to.equal(undefined);
    await goBack();
    await inShadow.open('Support Specialist');
    await settled(light, inShadow);
    expect(light.openTitle()).to.equal(undefined);
    await goBack();
    await settled(light, inShadow);

    // A link with no owner goes to the first list in the page: the one in the shadow root.
    window.location.hash = '#job=support-specialist';
    await waitUntil(() => inShadow.openTitle() === 'Support Specialist');
    await settled(light, inShadow);
    expect(light.openTitle()).to.equal(undefined);
  });

  it('names the opener by its id when it has one, so the job reopens in it after the page changes', async () => {
    const wrapper = await fixture(html`<div>
      <job-list id="first" .jobs=${jobs}></job-list>
      <job-list id="second" .jobs=${jobs}></job-list>
    </div>`);
    const second = new JobListHarness(wrapper.querySelector<JobList>('#second')!);
    await second.loaded();
    await second.open('Data Intern');
    // The page is rebuilt with one more list in between (a reload after a new release, say):
    // neither "the first list" nor "the second list" would still name the right one.
    const state: unknown = window.history.state;
    wrapper.remove();
    const rebuilt = await fixture(html`<div>
      <job-list id="first" .jobs=${jobs}></job-list>
      <job-list id="new" .jobs=${jobs}></job-list>
      <job-list id="second" .jobs=${jobs}></job-list>
    </div>`);
    expect(window.history.state).to.deep.equal(state);
    const lists = JobListHarness.all(rebuilt);
    for (const list of lists) await list.loaded();
    await waitUntil(() => lists[2]!.openTitle() === 'Data Intern');
    await settled(...lists);
    expect(lists.map((list) => list.openTitle())).to.deep.equal([undefined, undefined, 'Data Intern']);
  });
});
