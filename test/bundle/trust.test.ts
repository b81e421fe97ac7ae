/**
 * The built script-tag bundle (`dist/cdn/job-widgets.js`, after `npm run build`), loaded as a
 * company site loads it, in every browser of the suite: jobs that closed after the feed was
 * built are not offered, and a feed whose jobs all fail the checks is an error. The clock is
 * pinned before the bundle loads: the feed was built on 1 March 2026, and it is 10 March at noon.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';

const clock = pinClock('2026-03-10T12:00:00.000Z');
// A path the browser fetches as it is: the bundle is not a module of the test's own graph.
const BUNDLE = '/dist/cdn/job-widgets.js';
await import(/* @vite-ignore */ BUNDLE);

const FEED = new URL('../fixtures/closed-jobs-feed.json', import.meta.url).pathname;
const INVALID_FEED = new URL('../fixtures/invalid-jobs-feed.json', import.meta.url).pathname;

type Shadowed = HTMLElement & { updateComplete: Promise<boolean> };

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

const shadowPart = (element: Element | null | undefined, name: string): HTMLElement | null =>
  element?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

async function cardTitles(list: Element): Promise<string[]> {
  const cards = [...list.shadowRoot!.querySelectorAll<Shadowed>('job-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards.filter((card) => card.getClientRects().length > 0).map((card) => shadowPart(card, 'heading')!.textContent!.trim());
}

const listLoaded = (list: Element) =>
  waitUntil(() => shadowPart(list, 'base')?.getAttribute('aria-busy') === 'false', 'the list did not load', { timeout: 5000 });
const jsonLdCount = () => document.head.querySelectorAll('script[type="application/ld+json"][data-job-widgets]').length;

describe('the built bundle, over time', () => {
  afterEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', location.pathname);
  });
  after(() => clock.restore());

  it('lists, counts and offers only the jobs still open, and drops one that closes at the next render', async () => {
    const list = mount(`<job-list src="${FEED}"></job-list>`).querySelector('job-list')!;
    await listLoaded(list);
    expect(await cardTitles(list)).to.deep.equal(['Platform Engineer', 'Data Analyst']);
    expect(shadowPart(list, 'count')!.textContent!.trim()).to.equal('2 jobs');

    clock.set('2026-03-10T18:01:00.000Z');
    const search = shadowPart(list, 'search') as HTMLInputElement;
    search.value = 'engineer';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(async () => (await cardTitles(list)).join() === 'Platform Engineer', 'the closed job stayed');
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => shadowPart(list, 'count')!.textContent!.trim() === '1 job', 'the count kept the closed job');
    clock.set('2026-03-10T12:00:00.000Z');
  });

  it('answers a #job= link to a closed job with "This position has closed" and a way back, no detail, no JSON-LD', async () => {
    history.replaceState(null, '', '#job=closed-designer');
    const list = mount(`<job-list src="${FEED}" org-name="Kestrelmoor"></job-list>`).querySelector('job-list')!;
    await listLoaded(list);
    const closed = shadowPart(list, 'closed');
    expect(closed?.textContent).to.contain('Closed Designer').and.to.contain('This position has closed.');
    expect(closed?.querySelector('[part~="back"]') !== null).to.equal(true);
    expect(list.shadowRoot!.querySelector('job-detail') !== null).to.equal(false);
    expect(jsonLdCount()).to.equal(0);
  });

  it('shows a closed job in a stand-alone <job-detail> and <job-card> as closed, with no Apply and no JSON-LD', async () => {
    const host = mount(`<job-detail src="${FEED}" job-id="closed-designer" org-name="Kestrelmoor" jobs-href="/careers/"></job-detail>
      <job-card src="${FEED}" job-id="closed-designer" href="/careers/closed-designer"></job-card>`);
    const detail = host.querySelector('job-detail')!;
    const card = host.querySelector('job-card')!;
    await waitUntil(() => shadowPart(detail, 'status') && shadowPart(card, 'status'), 'the detail and card did not load', { timeout: 5000 });
    expect(shadowPart(detail, 'status')!.textContent).to.contain('This position has closed.');
    expect(shadowPart(detail, 'apply') !== null).to.equal(false);
    expect(shadowPart(detail, 'jobs-link')!.getAttribute('href')).to.equal('/careers/');
    expect(shadowPart(card, 'status')!.textContent).to.contain('Closed Designer');
    expect(shadowPart(card, 'link') !== null).to.equal(false);
    expect(jsonLdCount()).to.equal(0);
  });

  it('shows an error, not "no open positions", for a feed whose jobs all fail the checks', async () => {
    const events: string[] = [];
    const record = (event: Event) => events.push(`${event.type} ${(event as Event & { error?: { kind: string } }).error?.kind ?? ''}`.trim());
    document.addEventListener('job-feed-warning', record);
    document.addEventListener('job-feed-error', record);
    const list = mount(`<job-list src="${INVALID_FEED}"></job-list>`).querySelector('job-list')!;
    await listLoaded(list);
    document.removeEventListener('job-feed-warning', record);
    document.removeEventListener('job-feed-error', record);
    expect(shadowPart(list, 'empty') !== null).to.equal(false);
    expect(shadowPart(list, 'error')?.textContent).to.contain('None of the feed’s jobs could be read.');
    expect(events).to.deep.equal(['job-feed-warning', 'job-feed-error no-valid-jobs']);
  });
});
