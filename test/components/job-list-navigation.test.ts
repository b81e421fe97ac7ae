import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { JobSelectEvent } from '../../src/events/job-select.js';
import type { Job } from '../../src/feed/types.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { NEWEST_FIRST, deepActiveElement, fixtureJobs, goBack, goForward, historyMark, listFixture, markHistoryEntry, resetLocation } from './job-list-helpers.js';

/** Whether focus is on the link of the card titled `title`. */
function focusOnCard(list: JobListHarness, title: string): boolean {
  const found = list.cards().find((card) => card.title() === title);
  return !!found && deepActiveElement() === found.link();
}

/** The heading of the job opened in place, or null while there is none. */
function detailHeading(list: JobListHarness): HTMLElement | null {
  return list.detail()?.find('heading') ?? null;
}

// Keeps the test page where it is whatever a click does, and records whether the list took it.
let clicks: MouseEvent[] = [];
function recordClick(event: MouseEvent): void {
  if (!event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
  clicks.push(event);
  clicks[clicks.length - 1] = Object.assign(event, { listPrevented: event.defaultPrevented });
  event.preventDefault();
}

describe('<job-list>: opening a job', () => {
  let jobs: Job[];
  beforeEach(async () => {
    resetLocation();
    jobs = await fixtureJobs();
    clicks = [];
    window.addEventListener('click', recordClick);
  });
  afterEach(() => {
    window.removeEventListener('click', recordClick);
    resetLocation();
  });

  it('makes each card a real link to #job=<id> on this page, keeping other fragment values', async () => {
    window.history.replaceState(null, '', '#tab=jobs');
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    const href = list.card('Backend Engineer').link().href;
    expect(href).to.equal(`${window.location.origin}${window.location.pathname}${window.location.search}#tab=jobs&job=backend-engineer`);
  });

  it('links to href-template with the id in it, and leaves the navigation to the browser', async () => {
    const odd = [{ id: 'odd-id-2', title: 'Odd id', html: '' }];
    const list = await listFixture(html`<job-list href-template="/careers/{id}?from={id}" .jobs=${odd}></job-list>`);
    await list.loaded();
    const link = list.cards()[0]!.link();
    expect(new URL(link.href).pathname).to.equal('/careers/odd-id-2');
    const selected = new Promise<JobSelectEvent>((resolve) => list.element.addEventListener('job-select', resolve, { once: true }));
    link.click();
    expect((await selected).href).to.equal('/careers/odd-id-2?from=odd-id-2');
    expect((clicks[0] as MouseEvent & { listPrevented: boolean }).listPrevented).to.equal(false);
    expect(window.location.hash).to.equal('');
  });

  it('opens the job in place on a plain click: job-select, history entry, focus on its heading', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    markHistoryEntry('the list');
    const selected = new Promise<JobSelectEvent>((resolve) => list.element.addEventListener('job-select', resolve, { once: true }));
    list.card('Product Designer').click();
    const event = await selected;
    expect(event.job.id).to.equal('product-designer');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await waitUntil(() => deepActiveElement() === detailHeading(list), 'focus did not move to the job heading');
    expect(detailHeading(list)!.textContent!.trim()).to.equal('Product Designer');
    expect(detailHeading(list)!.localName).to.equal('h2');
    expect(window.location.hash).to.equal('#job=product-designer');
    expect(historyMark(), 'opening pushed an entry of its own').to.equal(undefined);
    expect(list.shows('search')).to.equal(false);
    expect(list.shows('back')).to.equal(true);
    await expect(list.element).to.be.accessible();
    await goBack();
    expect(historyMark(), 'the entry before the job is the list').to.equal('the list');
  });

  it('leaves modified clicks (new tab, new window) to the browser', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    let selects = 0;
    list.element.addEventListener('job-select', () => selects++);
    const link = list.card('Data Intern').link();
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, [modifier]: true }));
    }
    expect(selects).to.equal(0);
    expect(clicks.map((c) => (c as MouseEvent & { listPrevented: boolean }).listPrevented)).to.deep.equal([false, false, false, false]);
    expect(window.location.hash).to.equal('');
  });

  it('lets an app cancel job-select and route by itself', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    list.element.addEventListener('job-select', (event) => event.preventDefault(), { once: true });
    list.card('Data Intern').click();
    await list.updated();
    expect((clicks[0] as MouseEvent & { listPrevented: boolean }).listPrevented).to.equal(true);
    expect(window.location.hash).to.equal('');
    expect(list.detail() !== undefined, 'the job opened').to.equal(false);
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
  });

  it('goes back to the list with its search, filters, scroll position and focus on the card', async () => {
    const list = await fixture(html`<div>
      <div style="height: 1500px"></div>
      <job-list .jobs=${jobs}></job-list>
      <div style="height: 3000px"></div>
    </div>`).then((wrapper) => new JobListHarness(wrapper.querySelector('job-list')!));
    await list.loaded();
    list.search('e');
    await list.toggle('Department', 'Engineering');
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    list.card('Data Intern').element.scrollIntoView({ block: 'center' });
    const scrollY = window.scrollY;
    expect(scrollY).to.be.greaterThan(1000);

    await list.open('Data Intern');
    await waitUntil(() => deepActiveElement() === detailHeading(list));
    await goBack();
    await waitUntil(() => focusOnCard(list, 'Data Intern'), 'focus did not return to the card');
    // The list's view is in the URL (issue 17): back at the list, it is the fragment again.
    expect(window.location.hash).to.equal('#q=e&department=Engineering');
    expect(Math.abs(window.scrollY - scrollY)).to.be.at.most(1);
    expect(list.searchBox().value).to.equal('e');
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    window.scrollTo(0, 0);
  });

  it('supports Forward after Back, and the Back to all jobs button goes back in history', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    await list.open('Backend Engineer');
    markHistoryEntry('the job');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    list.back();
    await popped;
    await waitUntil(() => focusOnCard(list, 'Backend Engineer'));

    await goForward();
    await waitUntil(() => deepActiveElement() === detailHeading(list), 'Forward did not reopen the job');
    expect(detailHeading(list)!.textContent!.trim()).to.equal('Backend Engineer');
    expect(historyMark(), 'Back to all jobs went back to the list\'s entry, and Forward to the job\'s').to.equal('the job');
  });

  it('opens the job named in the URL on load, and Back to all jobs then adds a list entry', async () => {
    window.history.replaceState(null, '', '#job=support-specialist');
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    await waitUntil(() => detailHeading(list)?.textContent?.trim() === 'Support Specialist');
    // Arriving from a link does not steal focus from the page.
    expect(deepActiveElement() === document.body, 'the list took focus').to.equal(true);
    markHistoryEntry('the job from a link');
    list.back();
    await waitUntil(() => focusOnCard(list, 'Support Specialist'));
    expect(window.location.hash).to.equal('');
    expect(historyMark(), 'Back to all jobs pushed an entry of its own').to.equal(undefined);
    await goBack();
    expect(historyMark(), 'the entry before the list is the job the link opened').to.equal('the job from a link');
  });

  it('follows fragment links and hash changes made elsewhere on the page', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    window.location.hash = '#job=data-intern';
    await waitUntil(() => detailHeading(list)?.textContent?.trim() === 'Data Intern');
    await goBack();
    await waitUntil(() => list.detail() === undefined);
    expect(list.shows('search')).to.equal(true);
  });

  it('says when the job in the URL does not exist, with a way back', async () => {
    window.history.replaceState(null, '', '#job=gone-job');
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    const notFound = list.part('not-found');
    expect(notFound.textContent).to.contain('This job could not be found.');
    expect(list.shows('search')).to.equal(false);
    await expect(list.element).to.be.accessible();
    notFound.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await waitUntil(() => !list.has('not-found'));
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
  });
});

describe('<job-list>: two lists and shadow roots', () => {
  beforeEach(() => {
    resetLocation();
    clicks = [];
    window.addEventListener('click', recordClick);
  });
  afterEach(() => {
    window.removeEventListener('click', recordClick);
    resetLocation();
  });

  it('keeps two lists on one page independent', async () => {
    const jobs = await fixtureJobs();
    const interns = [{ id: 'summer-intern', title: 'Summer Intern', html: '<p>Summer.</p>' }];
    const wrapper = await fixture(html`<div>
      <job-list id="a" .jobs=${jobs}></job-list>
      <job-list id="b" .jobs=${interns}></job-list>
    </div>`);
    const a = new JobListHarness(wrapper.querySelector<JobList>('#a')!);
    const b = new JobListHarness(wrapper.querySelector<JobList>('#b')!);
    await a.loaded();
    await b.loaded();

    await b.open('Summer Intern');
    expect(a.detail() !== undefined, 'the job opened in the other list too').to.equal(false);
    expect(a.shows('search')).to.equal(true);

    await a.open('Office Manager');
    await waitUntil(() => b.detail() === undefined, 'the other list kept its job open');

    window.history.replaceState(null, '', '#job=nobody-has-this');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await a.updated();
    await b.updated();
    expect([a.has('not-found'), b.has('not-found')].filter(Boolean)).to.have.length(1);
  });

  it('works inside another component\'s shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const element = document.createElement('job-list');
    element.jobs = await fixtureJobs();
    root.append(element);
    const list = new JobListHarness(element);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
    await list.open('Product Designer');
    await waitUntil(() => deepActiveElement() === detailHeading(list));
    await goBack();
    await waitUntil(() => focusOnCard(list, 'Product Designer'));
    expect(list.parts('item')).to.have.length(6);
  });
});
