import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import {
  cardLink,
  cardTitle,
  fixtureJobs,
  goBack,
  goForward,
  loaded,
  part,
  resetLocation,
  typeInto,
  visibleCards,
} from './job-list-helpers.js';

/** The title of the job a list shows in place, or undefined while it shows its cards. */
function openTitle(list: JobList): string | undefined {
  const detail = list.shadowRoot!.querySelector<JobDetail>('job-detail');
  return detail?.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
}

async function settled(...lists: JobList[]): Promise<void> {
  for (const list of lists) await list.updateComplete;
  for (const list of lists) await list.shadowRoot!.querySelector<JobDetail>('job-detail')?.updateComplete;
}

async function open(list: JobList, title: string): Promise<void> {
  const found = visibleCards(list).find((card) => cardTitle(card) === title);
  if (!found) throw new Error(`no card "${title}"`);
  cardLink(found).click();
  await waitUntil(() => openTitle(list) === title, `"${title}" did not open`);
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

  async function twoLists(): Promise<[JobList, JobList]> {
    const wrapper = await fixture(html`<div>
      <job-list .jobs=${jobs}></job-list>
      <job-list .jobs=${jobs}></job-list>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('job-list')] as [JobList, JobList];
    await loaded(a);
    await loaded(b);
    return [a, b];
  }

  it('opens a job only in the list whose card was clicked, also when the other list hides it', async () => {
    const [a, b] = await twoLists();
    await open(b, 'Data Intern');
    await settled(a, b);
    expect(openTitle(a)).to.equal(undefined);
    await goBack();
    await settled(a, b);
    expect([openTitle(a), openTitle(b)]).to.deep.equal([undefined, undefined]);

    // B's search leaves Data Intern out: B still has the job, and still must not open it.
    typeInto(part<HTMLInputElement>(b, 'search')!, 'designer');
    await b.updateComplete;
    await open(a, 'Data Intern');
    await settled(a, b);
    expect(openTitle(b)).to.equal(undefined);
    expect(part<HTMLInputElement>(b, 'search')!.value).to.equal('designer');
  });

  it('restores each list on Back and Forward', async () => {
    const [a, b] = await twoLists();
    await open(a, 'Backend Engineer');
    await goBack();
    await settled(a, b);
    await open(b, 'Backend Engineer');
    await settled(a, b);
    expect([openTitle(a), openTitle(b)]).to.deep.equal([undefined, 'Backend Engineer']);

    await goBack();
    await settled(a, b);
    expect([openTitle(a), openTitle(b)]).to.deep.equal([undefined, undefined]);
    await goForward();
    await waitUntil(() => openTitle(b) === 'Backend Engineer', 'Forward did not reopen the job in B');
    await settled(a, b);
    expect(openTitle(a)).to.equal(undefined);
  });

  it('moves the open job from one list to the other, and back again with Back', async () => {
    const [a, b] = await twoLists();
    await open(a, 'Office Manager');
    // A's job is open; B's cards are still on the page, and B opens the same job for itself.
    await open(b, 'Office Manager');
    await waitUntil(() => openTitle(a) === undefined, 'A kept the job open');
    await goBack();
    await waitUntil(() => openTitle(a) === 'Office Manager', 'Back did not reopen the job in A');
    await settled(a, b);
    expect(openTitle(b)).to.equal(undefined);
  });

  it('opens a shared link (no history state) in the first list in document order only', async () => {
    window.history.replaceState(null, '', '#job=product-designer');
    const [a, b] = await twoLists();
    await waitUntil(() => openTitle(a) === 'Product Designer');
    await settled(a, b);
    expect(openTitle(b)).to.equal(undefined);
  });

  it('tells apart a light-DOM list and one in another component\'s shadow root', async () => {
    // The shadow host comes first in the page, but its list is connected last.
    const wrapper = await fixture(html`<div><div id="host"></div><job-list .jobs=${jobs}></job-list></div>`);
    const light = wrapper.querySelector<JobList>('job-list')!;
    const inShadow = document.createElement('job-list');
    inShadow.jobs = jobs;
    wrapper.querySelector('#host')!.attachShadow({ mode: 'open' }).append(inShadow);
    await loaded(light);
    await loaded(inShadow);

    await open(light, 'Support Specialist');
    await settled(light, inShadow);
    expect(openTitle(inShadow)).to.equal(undefined);
    await goBack();
    await open(inShadow, 'Support Specialist');
    await settled(light, inShadow);
    expect(openTitle(light)).to.equal(undefined);
    await goBack();
    await settled(light, inShadow);

    // A link with no owner goes to the first list in the page: the one in the shadow root.
    window.location.hash = '#job=support-specialist';
    await waitUntil(() => openTitle(inShadow) === 'Support Specialist');
    await settled(light, inShadow);
    expect(openTitle(light)).to.equal(undefined);
  });

  it('names the opener by its id when it has one, so the job reopens in it after the page changes', async () => {
    const wrapper = await fixture(html`<div>
      <job-list id="first" .jobs=${jobs}></job-list>
      <job-list id="second" .jobs=${jobs}></job-list>
    </div>`);
    const second = wrapper.querySelector<JobList>('#second')!;
    await loaded(second);
    await open(second, 'Data Intern');
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
    const lists = [...rebuilt.querySelectorAll('job-list')] as JobList[];
    for (const list of lists) await loaded(list);
    await waitUntil(() => openTitle(lists[2]!) === 'Data Intern');
    await settled(...lists);
    expect(lists.map(openTitle)).to.deep.equal([undefined, undefined, 'Data Intern']);
  });
});
