/**
 * Prerendered elements (`job-widgets/ssr`, rendered by `build-prerendered.ts` before this runs)
 * hydrate with the built script-tag bundle, in every browser of the suite: the page's HTML holds
 * the server's list, then the bundle loads, as on a company site. The server's nodes are kept
 * (the same card, link and list objects before and after), nothing in any shadow root is added
 * or removed, nothing moves, the feed is not fetched again (its jobs came with the HTML), and
 * search, filters and opening a job work afterwards. Later cases show the browser repeating the
 * server's clock and language for the first render, then following its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';
import { prerendered, SERVER_NOW } from './cases.js';

const clock = pinClock(SERVER_NOW);
// A path the browser fetches as it is: the bundle is not a module of the test's own graph.
const BUNDLE = '/dist/cdn/job-widgets.js';
const cases = await prerendered();

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

type Hydrating = HTMLElement & { updateComplete: Promise<boolean> };

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cardsOf = (list: Element) => [...list.shadowRoot!.querySelectorAll<Hydrating>('job-card')];
const titles = (list: Element) => cardsOf(list).filter((card) => card.getClientRects().length > 0).map((card) => part(card, 'heading')!.textContent!.trim());
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
  for (const root of [element.shadowRoot!, ...cardsOf(element).map((card) => card.shadowRoot!)]) {
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  }
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records.map((record) => `${record.type} in <${(record.target as Element).localName ?? record.target.nodeName}>`);
  };
}

/** Resolves once the element's first render has been followed by its live one. */
async function hydrated(element: Hydrating, rootPart: string): Promise<void> {
  await waitUntil(() => part(element, rootPart) && !part(element, rootPart)!.classList.contains('prerendered'), `<${element.localName}> did not hydrate`, {
    timeout: 5000,
  });
  await element.updateComplete;
}

describe('a prerendered <job-list> with the script-tag bundle', () => {
  const container = parse(cases.list);
  const list = container.querySelector<Hydrating>('job-list')!;
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
      base: part(list, 'base')!,
      cards: cardsOf(list),
      links: cardsOf(list).map((card) => part(card, 'link')!),
      items: [...list.shadowRoot!.querySelectorAll('[part~="item"]')],
      rects: [list, footer, ...cardsOf(list)].map(rect),
      controls: getComputedStyle(part(list, 'controls')!).visibility,
    };
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => (shifts += (entry as PerformanceEntry & { value: number }).value))).observe({
        type: 'layout-shift',
      });
    }
    const stop = watch(list);
    await import(/* @vite-ignore */ BUNDLE);
    await hydrated(list, 'base');
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
    expect(part(list, 'base')).to.equal(served.base);
    expect(cardsOf(list)).to.deep.equal(served.cards);
    cardsOf(list).forEach((card, index) => expect(part(card, 'link')).to.equal(served.links[index]));
    expect([...list.shadowRoot!.querySelectorAll('[part~="item"]')]).to.deep.equal(served.items);
    expect(mutations).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('moves nothing: the list, its cards and what follows keep their boxes', () => {
    expect([list, footer, ...cardsOf(list)].map(rect)).to.deep.equal(served.rects);
    expect(shifts).to.equal(0);
  });

  it('shows the controls once they work, and uses the jobs that came with the page (no request, no copy left in the DOM)', () => {
    expect(getComputedStyle(part(list, 'controls')!).visibility).to.equal('visible');
    expect(fetched('?prerendered')).to.equal(0);
    expect(list.querySelector('script')).to.equal(null);
  });

  it('searches, filters and opens a job afterwards', async () => {
    const search = part(list, 'search') as HTMLInputElement;
    search.value = 'designer';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => titles(list).join() === 'Product Designer', 'the search did not filter the cards');
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => titles(list).length === 6, 'the search was not cleared');

    const department = list.shadowRoot!.querySelector<HTMLButtonElement>('#filter-button-department')!;
    department.click();
    await list.updateComplete;
    const design = [...list.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="filter-option"]')].find((label) => label.textContent!.includes('Design'))!;
    design.querySelector('input')!.click();
    await waitUntil(() => titles(list).join() === 'Product Designer', 'the filter did not filter the cards');
    (part(list, 'clear') as HTMLButtonElement).click();
    await waitUntil(() => titles(list).length === 6, 'Clear all did not clear');

    part(cardsOf(list)[0]!, 'link')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('job-detail')?.shadowRoot?.querySelector('[part~="body"]'), 'the job did not open in place', {
      timeout: 5000,
    });
    const detail = list.shadowRoot!.querySelector('job-detail')!;
    expect(part(detail, 'heading')!.textContent!.trim()).to.equal('Développeur Frontend');
    expect(location.hash).to.equal('#job=developpeur-frontend');
    (part(list, 'back') as HTMLButtonElement).click();
    await waitUntil(() => titles(list).length === 6, 'Back did not return to the list');
  });
});

describe('prerendered elements added after the bundle, as a page\'s own script may add them', () => {
  afterEach(() => {
    clock.set(SERVER_NOW);
    document.querySelectorAll('section').forEach((section) => section.remove());
    history.replaceState(null, '', location.pathname);
  });
  after(() => clock.restore());

  async function mount(markup: string, tag = 'job-list'): Promise<{ element: Hydrating; cards: Element[]; stop: () => string[] }> {
    const container = parse(markup);
    const element = container.querySelector<Hydrating>(tag)!;
    const cards = element.shadowRoot ? cardsOf(element) : [];
    const stop = watch(element);
    document.body.append(container);
    await hydrated(element, tag === 'job-list' ? 'base' : 'detail');
    return { element, cards, stop };
  }

  it('in the element\'s own language: waits for its words, then hydrates (German)', async () => {
    const { element, cards, stop } = await mount(cases.german);
    expect(stop()).to.deep.equal([]);
    expect(cardsOf(element)).to.deep.equal(cards);
    expect(part(element, 'count')!.textContent!.trim()).to.equal('6 Stellen');
    expect(errors).to.deep.equal([]);
  });

  it('rendered in English for a page now in German: hydrates in English, then follows the page, on the same nodes', async () => {
    const container = parse(cases.english);
    container.lang = 'de';
    const list = container.querySelector<Hydrating>('job-list')!;
    const cards = cardsOf(list);
    const count = part(list, 'count')!;
    document.body.append(container);
    await hydrated(list, 'base');
    await waitUntil(() => count.textContent!.trim() === '6 Stellen', 'the list did not follow the page\'s language');
    expect(part(list, 'count')).to.equal(count);
    expect(cardsOf(list)).to.deep.equal(cards);
    expect(errors).to.deep.equal([]);
  });

  it('rendered days ago: hydrates with the server\'s clock, then shows today\'s relative dates on the same nodes', async () => {
    clock.set('2026-03-08T12:00:00.000Z');
    const container = parse(cases.list);
    const list = container.querySelector<Hydrating>('job-list')!;
    const date = part(cardsOf(list)[0]!, 'date')!;
    expect(date.textContent!.trim()).to.equal('2 days ago');
    document.body.append(container);
    await hydrated(list, 'base');
    await waitUntil(() => date.textContent!.trim() === 'last week', `the date still reads "${date.textContent!.trim()}"`);
    expect(part(cardsOf(list)[0]!, 'date')).to.equal(date);
    expect(errors).to.deep.equal([]);
  });

  it('with href-template: the server\'s links to the job pages stay', async () => {
    const { element, stop } = await mount(cases.links);
    expect(stop()).to.deep.equal([]);
    expect(cardsOf(element).map((card) => part(card, 'link')!.getAttribute('href'))[0]).to.equal('/careers/developpeur-frontend/');
  });

  it('with a list-header child: the header shows from the start and stays', async () => {
    const container = parse(cases.header);
    const list = container.querySelector<Hydrating>('job-list')!;
    document.body.append(container);
    const header = part(list, 'header')!;
    const box = rect(header);
    expect(header.hidden).to.equal(false);
    await hydrated(list, 'base');
    expect(part(list, 'header')).to.equal(header);
    expect(header.hidden).to.equal(false);
    expect(rect(header)).to.equal(box);
  });

  it('scoped by an attribute: the server renders the scope, and the list keeps its nodes', async () => {
    const container = parse(cases.scoped);
    const list = container.querySelector<Hydrating>('job-list')!;
    const served = () => cardsOf(list).map((card) => part(card, 'heading')!.textContent!.trim());
    expect(served()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    const stop = watch(list);
    document.body.append(container);
    await hydrated(list, 'base');
    expect(stop()).to.deep.equal([]);
    expect(titles(list)).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    expect(part(list, 'count')!.textContent!.trim()).to.equal('3 jobs');
    const filters = [...list.shadowRoot!.querySelectorAll('[part~="filter-summary"]')].map((button) => button.textContent!.trim());
    expect(filters.some((label) => label.startsWith('Department'))).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('with a view in the URL: hydrates the server\'s list, then shows the view the URL names', async () => {
    history.replaceState(null, '', '#q=berlin&department=Engineering');
    const { element } = await mount(cases.list);
    await waitUntil(() => titles(element).join() === 'Backend Engineer', 'the URL\'s view was not applied');
    expect(part(element, 'search')).to.have.property('value', 'berlin');
    expect(errors).to.deep.equal([]);
  });

  it('with a #job= link: hydrates the list the server sent, then opens the job', async () => {
    history.replaceState(null, '', '#job=product-designer');
    const { element } = await mount(cases.list);
    await waitUntil(() => element.shadowRoot!.querySelector('job-detail')?.shadowRoot?.querySelector('[part~="heading"]'), 'the job did not open', {
      timeout: 5000,
    });
    expect(errors).to.deep.equal([]);
  });

  it('a <job-detail>: keeps its nodes, body included, shows Copy link once it works, and copies', async () => {
    const container = parse(cases.detail);
    const detail = container.querySelector<Hydrating>('job-detail')!;
    const body = part(detail, 'body')!;
    const heading = part(detail, 'heading')!;
    const copy = part(detail, 'copy-link')!;
    const stop = watch(detail);
    document.body.append(container);
    expect(getComputedStyle(copy).visibility).to.equal('hidden');
    await hydrated(detail, 'detail');
    expect(stop()).to.deep.equal([]);
    expect(part(detail, 'body')).to.equal(body);
    expect(part(detail, 'heading')).to.equal(heading);
    expect(heading.localName).to.equal('h1');
    expect(body.querySelector('h2, h3, h4, h5, h6')?.localName ?? 'h2').to.equal('h2');
    expect(getComputedStyle(copy).visibility).to.equal('visible');
    expect(fetched('?prerendered')).to.equal(0);
    copy.click();
    await waitUntil(() => part(detail, 'announcement')!.textContent!.trim() !== '', 'Copy link did nothing');
    expect(errors).to.deep.equal([]);
  });
});
