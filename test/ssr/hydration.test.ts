/**
 * Prerendered elements (`job-widgets/ssr`, rendered by `build-prerendered.ts` before this runs)
 * hydrate with the built script-tag bundle, in every browser of the suite: the page's HTML holds
 * the server's list, then the bundle loads, as on a company site. The server's nodes are kept
 * (the same card, link and list objects before and after), nothing in any shadow root is added
 * or removed, nothing moves, the feed is not fetched again (its jobs came with the HTML, as
 * summaries), and search, filters and opening a job (its body then read from the feed) work
 * afterwards. Everything is read and done through the harnesses (`test/harness/`). Later cases show the browser repeating the
 * server's clock and language for the first render, then following its own.
 */
import { expect } from '@open-wc/testing';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { pinClock } from '../fixtures/clock.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { prerendered, SERVER_NOW } from './cases.js';

const clock = pinClock(SERVER_NOW);
// A path the browser fetches as it is: the bundle is not a module of the test's own graph.
const BUNDLE = '/dist/cdn/job-widgets.js';
const cases = await prerendered();

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

type Hydrating = HTMLElement & { updateComplete: Promise<boolean> };

const listOf = (element: Element) => new JobListHarness(element as JobList);
const rect = (element: Element) => JSON.stringify(element.getBoundingClientRect());
const fetched = (query: string) => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(query)).length;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The page's markup, parsed as a page's HTML is (declarative shadow roots attached), not yet in the document. */
function parse(markup: string): HTMLElement {
  const container = document.createElement('section');
  container.setHTMLUnsafe(`${markup}<footer>Below the jobs</footer>`);
  return container;
}

/** Every mutation of the element's shadow roots (its own and its cards') from now on. */
function watch(element: Element): () => string[] {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  const harnesses = element.localName === 'job-list' ? [listOf(element), ...listOf(element).allCards()] : [new JobDetailHarness(element as JobDetail)];
  for (const { root } of harnesses) observer.observe(root, { childList: true, characterData: true, subtree: true });
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records.map((record) => `${record.type} in <${(record.target as Element).localName ?? record.target.nodeName}>`);
  };
}

describe('a prerendered <job-list> with the script-tag bundle', () => {
  const container = parse(cases.list);
  const list = container.querySelector<Hydrating>('job-list')!;
  const harness = listOf(list);
  const footer = container.querySelector('footer')!;
  let mutations: string[];
  let served: { base: Element; cards: Element[]; links: Element[]; items: Element[]; rects: string[]; controls: string };
  let shifts = 0;

  before(async () => {
    document.body.append(container);
    // A rendering frame, as a page paints before its scripts run (the cards' `content-visibility`
    // sizes them then).
    await frames();
    // What the visitor sees before any script: the server's cards, the controls' room kept.
    served = {
      base: harness.part('base'),
      cards: harness.cardElements(),
      links: harness.allCards().map((card) => card.link()),
      items: harness.items(),
      rects: [list, footer, ...harness.cardElements()].map(rect),
      controls: getComputedStyle(harness.part('controls')).visibility,
    };
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => (shifts += (entry as PerformanceEntry & { value: number }).value))).observe({
        type: 'layout-shift',
      });
    }
    const stop = watch(list);
    await import(/* @vite-ignore */ BUNDLE);
    await harness.hydrated();
    await frames();
    mutations = stop();
  });

  after(() => {
    container.remove();
    history.replaceState(null, '', location.pathname);
  });

  it('showed the server\'s cards before the script ran, with search and filters kept out of sight', () => {
    expect(served.cards.length).to.equal(6);
    expect(served.links.map((link) => link.textContent!.trim())[0]).to.equal('Développeur Frontend');
    expect(served.controls).to.equal('hidden');
  });

  it('keeps the nodes the server sent: the same list, cards and links, none added or removed', () => {
    expect(harness.part('base')).to.equal(served.base);
    expect(harness.cardElements()).to.deep.equal(served.cards);
    harness.allCards().forEach((card, index) => expect(card.link()).to.equal(served.links[index]));
    expect(harness.items()).to.deep.equal(served.items);
    expect(mutations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('moves nothing: the list, its cards and what follows keep their boxes', () => {
    expect([list, footer, ...harness.cardElements()].map(rect)).to.deep.equal(served.rects);
    expect(shifts).to.equal(0);
  });

  it('shows the controls once they work, and uses the jobs that came with the page (no request, no copy left in the DOM)', () => {
    expect(getComputedStyle(harness.part('controls')).visibility).to.equal('visible');
    expect(fetched('?prerendered')).to.equal(0);
    expect(list.querySelector('script')).to.equal(null);
  });

  it('searches, filters and opens a job afterwards, its body read from the feed (the page held summaries)', async () => {
    harness.search('designer');
    await waitUntil(async () => (await harness.titles()).join() === 'Product Designer', 'the search did not filter the cards');
    harness.search('');
    await waitUntil(async () => (await harness.titles()).length === 6, 'the search was not cleared');

    await harness.toggle('Department', 'Design');
    await waitUntil(async () => (await harness.titles()).join() === 'Product Designer', 'the filter did not filter the cards');
    harness.clear();
    await waitUntil(async () => (await harness.titles()).length === 6, 'Clear all did not clear');

    harness.cards()[0]!.click();
    const detail = await waitUntil(() => (harness.detail()?.find('body') ? harness.detail() : undefined), 'the job did not open in place');
    expect(detail.title()).to.equal('Développeur Frontend');
    expect(detail.text('body')).to.not.equal('');
    expect(fetched('?prerendered')).to.equal(1, 'the body came from the feed at src, once');
    expect(location.hash).to.equal('#job=developpeur-frontend');
    harness.back();
    await waitUntil(async () => (await harness.titles()).length === 6, 'Back did not return to the list');
  });
});

describe('prerendered elements added after the bundle, as a page\'s own script may add them', () => {
  afterEach(() => {
    clock.set(SERVER_NOW);
    document.querySelectorAll('section').forEach((section) => section.remove());
    history.replaceState(null, '', location.pathname);
  });
  after(() => clock.restore());

  async function mount(markup: string): Promise<{ element: Hydrating; harness: JobListHarness; cards: Element[]; stop: () => string[] }> {
    const container = parse(markup);
    const element = container.querySelector<Hydrating>('job-list')!;
    const harness = listOf(element);
    const cards = harness.cardElements();
    const stop = watch(element);
    document.body.append(container);
    await harness.hydrated();
    return { element, harness, cards, stop };
  }

  it('in the element\'s own language: waits for its words, then hydrates (German)', async () => {
    const { harness, cards, stop } = await mount(cases.german);
    expect(stop()).to.deep.equal([]);
    expect(harness.cardElements()).to.deep.equal(cards);
    expect(harness.count()).to.equal('6 Stellen');
    expect(errors).to.deep.equal([]);
  });

  it('rendered in English for a page now in German: hydrates in English, then follows the page, on the same nodes', async () => {
    const container = parse(cases.english);
    container.lang = 'de';
    const harness = listOf(container.querySelector('job-list')!);
    const cards = harness.cardElements();
    const count = harness.part('count');
    document.body.append(container);
    await harness.hydrated();
    await waitUntil(() => harness.count() === '6 Stellen', 'the list did not follow the page\'s language');
    expect(harness.part('count')).to.equal(count);
    expect(harness.cardElements()).to.deep.equal(cards);
    expect(errors).to.deep.equal([]);
  });

  it('rendered days ago: hydrates with the server\'s clock, then shows today\'s relative dates on the same nodes', async () => {
    clock.set('2026-03-08T12:00:00.000Z');
    const container = parse(cases.list);
    const harness = listOf(container.querySelector('job-list')!);
    const card = harness.allCards()[0]!;
    const date = card.part('date');
    expect(card.text('date')).to.equal('2 days ago');
    document.body.append(container);
    await harness.hydrated();
    await waitUntil(() => card.text('date') === 'last week', `the date still reads "${card.text('date')}"`);
    expect(card.part('date')).to.equal(date);
    expect(errors).to.deep.equal([]);
  });

  it('with href-template: the server\'s links to the job pages stay', async () => {
    const { harness, stop } = await mount(cases.links);
    expect(stop()).to.deep.equal([]);
    expect(harness.allCards()[0]!.link().getAttribute('href')).to.equal('/careers/developpeur-frontend/');
  });

  it('with a list-header child: the header shows from the start and stays', async () => {
    const container = parse(cases.header);
    const harness = listOf(container.querySelector('job-list')!);
    document.body.append(container);
    const header = harness.part('header');
    const box = rect(header);
    expect(header.hidden).to.equal(false);
    await harness.hydrated();
    expect(harness.part('header')).to.equal(header);
    expect(header.hidden).to.equal(false);
    expect(rect(header)).to.equal(box);
  });

  it('scoped by an attribute: the server renders the scope, and the list keeps its nodes', async () => {
    const { harness, cards, stop } = await mount(cases.scoped);
    expect(cards.length).to.equal(3);
    expect(stop()).to.deep.equal([]);
    expect(harness.cardElements()).to.deep.equal(cards);
    expect(await harness.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    expect(harness.count()).to.equal('3 jobs');
    expect(harness.filterButtons().some((button) => button.textContent!.trim().startsWith('Department'))).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('with a view in the URL: hydrates the server\'s list, then shows the view the URL names', async () => {
    history.replaceState(null, '', '#q=berlin&department=Engineering');
    const { harness } = await mount(cases.list);
    await waitUntil(async () => (await harness.titles()).join() === 'Backend Engineer', 'the URL\'s view was not applied');
    expect(harness.searchBox().value).to.equal('berlin');
    expect(errors).to.deep.equal([]);
  });

  it('with a #job= link: hydrates the list the server sent, then opens the job', async () => {
    history.replaceState(null, '', '#job=product-designer');
    const { harness } = await mount(cases.list);
    await waitUntil(() => harness.openTitle() === 'Product Designer', 'the job did not open');
    expect(errors).to.deep.equal([]);
  });

  it('a <job-detail>: keeps its nodes, body included, shows Copy link once it works, and copies', async () => {
    const container = parse(cases.detail);
    const detail = new JobDetailHarness(container.querySelector<JobDetail>('job-detail')!);
    const body = detail.part('body');
    const heading = detail.part('heading');
    const copy = detail.part('copy-link');
    const stop = watch(detail.element);
    const requests = fetched('?prerendered');
    document.body.append(container);
    expect(getComputedStyle(copy).visibility).to.equal('hidden');
    await detail.hydrated();
    expect(stop()).to.deep.equal([]);
    expect(detail.part('body')).to.equal(body);
    expect(detail.part('heading')).to.equal(heading);
    expect(heading.localName).to.equal('h1');
    expect(detail.bodyHeadings()[0]?.split(' ')[0] ?? 'h2').to.equal('h2');
    expect(getComputedStyle(copy).visibility).to.equal('visible');
    expect(fetched('?prerendered')).to.equal(requests, 'the job came with the page');
    detail.copyLink();
    await waitUntil(() => Boolean(detail.announcement()), 'Copy link did nothing');
    expect(errors).to.deep.equal([]);
  });
});
