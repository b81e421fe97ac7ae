import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { JobSelectEvent } from '../../src/events/job-select.js';
import type { Job } from '../../src/feed/types.js';
import {
  NEWEST_FIRST,
  cardLink,
  cardTitle,
  deepActiveElement,
  fixtureJobs,
  goBack,
  goForward,
  loaded,
  part,
  parts,
  resetLocation,
  shownTitles,
  toggleFilter,
  typeInto,
  visibleCards,
} from './job-list-helpers.js';

function card(list: JobList, title: string) {
  const found = visibleCards(list).find((c) => cardTitle(c) === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found;
}

/** Whether focus is on the link of the card titled `title`. */
function focusOnCard(list: JobList, title: string): boolean {
  const found = visibleCards(list).find((c) => cardTitle(c) === title);
  return !!found && deepActiveElement() === cardLink(found);
}

function detailHeading(list: JobList): HTMLElement | null {
  const detail = list.shadowRoot!.querySelector<JobDetail>('job-detail');
  return detail?.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]') ?? null;
}

function isShown(element: Element | null): boolean {
  return !!element && element.getClientRects().length > 0;
}

// Keeps the test page where it is whatever a click does, and records whether the list took it.
let clicks: MouseEvent[] = [];
function recordClick(event: MouseEvent): void {
  if (!event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
  clicks.push(event);
  clicks[clicks.length - 1] = Object.assign(event, { listPrevented: event.defaultPrevented });
  event.preventDefault();
}

async function openByClick(list: JobList, title: string): Promise<void> {
  cardLink(card(list, title)).click();
  await list.updateComplete;
  await waitUntil(() => detailHeading(list)?.textContent?.trim() === title, `"${title}" did not open`);
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
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    const href = cardLink(card(list, 'Backend Engineer')).href;
    expect(href).to.equal(`${window.location.origin}${window.location.pathname}${window.location.search}#tab=jobs&job=backend-engineer`);
  });

  it('links to href-template with the id in it, and leaves the navigation to the browser', async () => {
    const odd = [{ id: 'odd-id-2', title: 'Odd id', html: '' }];
    const list = await fixture<JobList>(html`<job-list href-template="/careers/{id}?from={id}" .jobs=${odd}></job-list>`);
    await loaded(list);
    const link = cardLink(visibleCards(list)[0]!);
    expect(new URL(link.href).pathname).to.equal('/careers/odd-id-2');
    const selected = new Promise<JobSelectEvent>((resolve) => list.addEventListener('job-select', resolve, { once: true }));
    link.click();
    expect((await selected).href).to.equal('/careers/odd-id-2?from=odd-id-2');
    expect((clicks[0] as MouseEvent & { listPrevented: boolean }).listPrevented).to.equal(false);
    expect(window.location.hash).to.equal('');
  });

  it('opens the job in place on a plain click: job-select, history entry, focus on its heading', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    const entries = window.history.length;
    const selected = new Promise<JobSelectEvent>((resolve) => list.addEventListener('job-select', resolve, { once: true }));
    cardLink(card(list, 'Product Designer')).click();
    const event = await selected;
    expect(event.job.id).to.equal('product-designer');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await waitUntil(() => deepActiveElement() === detailHeading(list), 'focus did not move to the job heading');
    expect(detailHeading(list)!.textContent!.trim()).to.equal('Product Designer');
    expect(detailHeading(list)!.localName).to.equal('h2');
    expect(window.location.hash).to.equal('#job=product-designer');
    expect(window.history.length).to.equal(entries + 1);
    expect(isShown(part(list, 'search'))).to.equal(false);
    expect(isShown(part(list, 'back'))).to.equal(true);
    await expect(list).to.be.accessible();
  });

  it('leaves modified clicks (new tab, new window) to the browser', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    let selects = 0;
    list.addEventListener('job-select', () => selects++);
    const link = cardLink(card(list, 'Data Intern'));
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, [modifier]: true }));
    }
    expect(selects).to.equal(0);
    expect(clicks.map((c) => (c as MouseEvent & { listPrevented: boolean }).listPrevented)).to.deep.equal([false, false, false, false]);
    expect(window.location.hash).to.equal('');
  });

  it('lets an app cancel job-select and route by itself', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    list.addEventListener('job-select', (event) => event.preventDefault(), { once: true });
    cardLink(card(list, 'Data Intern')).click();
    await list.updateComplete;
    expect((clicks[0] as MouseEvent & { listPrevented: boolean }).listPrevented).to.equal(true);
    expect(window.location.hash).to.equal('');
    expect(list.shadowRoot!.querySelector('job-detail')).to.equal(null);
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
  });

  it('goes back to the list with its search, filters, scroll position and focus on the card', async () => {
    const list = await fixture<JobList>(html`<div>
      <div style="height: 1500px"></div>
      <job-list .jobs=${jobs}></job-list>
      <div style="height: 3000px"></div>
    </div>`).then((wrapper) => wrapper.querySelector('job-list')!);
    await loaded(list);
    typeInto(part<HTMLInputElement>(list, 'search')!, 'e');
    await toggleFilter(list, 'Department', 'Engineering');
    expect(await shownTitles(list)).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    const target = card(list, 'Data Intern');
    target.scrollIntoView({ block: 'center' });
    const scrollY = window.scrollY;
    expect(scrollY).to.be.greaterThan(1000);

    await openByClick(list, 'Data Intern');
    await waitUntil(() => deepActiveElement() === detailHeading(list));
    await goBack();
    await waitUntil(() => focusOnCard(list, 'Data Intern'), 'focus did not return to the card');
    expect(window.location.hash).to.equal('');
    expect(Math.abs(window.scrollY - scrollY)).to.be.at.most(1);
    expect(part<HTMLInputElement>(list, 'search')!.value).to.equal('e');
    expect(await shownTitles(list)).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    window.scrollTo(0, 0);
  });

  it('supports Forward after Back, and the Back to all jobs button goes back in history', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    await openByClick(list, 'Backend Engineer');
    const entries = window.history.length;
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    part<HTMLButtonElement>(list, 'back')!.click();
    await popped;
    await waitUntil(() => focusOnCard(list, 'Backend Engineer'));
    expect(window.history.length).to.equal(entries);

    await goForward();
    await waitUntil(() => deepActiveElement() === detailHeading(list), 'Forward did not reopen the job');
    expect(detailHeading(list)!.textContent!.trim()).to.equal('Backend Engineer');
  });

  it('opens the job named in the URL on load, and Back to all jobs then adds a list entry', async () => {
    window.history.replaceState(null, '', '#job=support-specialist');
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    await waitUntil(() => detailHeading(list)?.textContent?.trim() === 'Support Specialist');
    // Arriving from a link does not steal focus from the page.
    expect(deepActiveElement()).to.equal(document.body);
    const entries = window.history.length;
    part<HTMLButtonElement>(list, 'back')!.click();
    await waitUntil(() => focusOnCard(list, 'Support Specialist'));
    expect(window.location.hash).to.equal('');
    expect(window.history.length).to.equal(entries + 1);
  });

  it('follows fragment links and hash changes made elsewhere on the page', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    window.location.hash = '#job=data-intern';
    await waitUntil(() => detailHeading(list)?.textContent?.trim() === 'Data Intern');
    await goBack();
    await waitUntil(() => list.shadowRoot!.querySelector('job-detail') === null);
    expect(isShown(part(list, 'search'))).to.equal(true);
  });

  it('says when the job in the URL does not exist, with a way back', async () => {
    window.history.replaceState(null, '', '#job=gone-job');
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    const notFound = part(list, 'not-found')!;
    expect(notFound.textContent).to.contain('This job could not be found.');
    expect(isShown(part(list, 'search'))).to.equal(false);
    await expect(list).to.be.accessible();
    notFound.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await waitUntil(() => part(list, 'not-found') === null);
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
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
    const a = wrapper.querySelector<JobList>('#a')!;
    const b = wrapper.querySelector<JobList>('#b')!;
    await loaded(a);
    await loaded(b);

    await openByClick(b, 'Summer Intern');
    expect(a.shadowRoot!.querySelector('job-detail')).to.equal(null);
    expect(isShown(part(a, 'search'))).to.equal(true);

    await openByClick(a, 'Office Manager');
    await waitUntil(() => b.shadowRoot!.querySelector('job-detail') === null, 'the other list kept its job open');

    window.history.replaceState(null, '', '#job=nobody-has-this');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await a.updateComplete;
    await b.updateComplete;
    expect([part(a, 'not-found'), part(b, 'not-found')].filter(Boolean)).to.have.length(1);
  });

  it('works inside another component\'s shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const list = document.createElement('job-list');
    list.jobs = await fixtureJobs();
    root.append(list);
    await loaded(list);
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
    await openByClick(list, 'Product Designer');
    await waitUntil(() => deepActiveElement() === detailHeading(list));
    await goBack();
    await waitUntil(() => focusOnCard(list, 'Product Designer'));
    expect(parts(list, 'item')).to.have.length(6);
  });
});
