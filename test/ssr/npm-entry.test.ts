/**
 * A prerendered list hydrates with the npm entry too (`import 'job-widgets'`, here the built
 * `dist/index.js` as an app's bundler gets it, Lit shared with the app): the entry loads Lit's
 * hydration support itself because the page has a prerendered element, and the server's cards
 * are kept.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pinClock } from '../fixtures/clock.js';
import { prerendered, SERVER_NOW } from './cases.js';

const clock = pinClock(SERVER_NOW);
const cases = await prerendered();
// The built npm entry, resolved as a bundler resolves it (bare `lit` imports and all).
const ENTRY = '/dist/index.js';

describe('a prerendered <job-list> with the npm entry', () => {
  after(() => clock.restore());

  it('hydrates: the same cards, then search works', async () => {
    const container = document.createElement('section');
    container.setHTMLUnsafe(cases.list);
    document.body.append(container);
    const list = container.querySelector('job-list') as HTMLElement & { updateComplete: Promise<boolean> };
    const cards = [...list.shadowRoot!.querySelectorAll('job-card')];
    const base = list.shadowRoot!.querySelector('[part~="base"]')!;
    await import(/* @vite-ignore */ ENTRY);
    await waitUntil(() => !base.classList.contains('prerendered'), 'the list did not hydrate', { timeout: 5000 });
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part~="base"]')).to.equal(base);
    expect([...list.shadowRoot!.querySelectorAll('job-card')]).to.deep.equal(cards);
    expect(list.querySelector('script')).to.equal(null);

    const search = list.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'intern';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(
      () => [...list.shadowRoot!.querySelectorAll('job-card')].filter((card) => card.getClientRects().length > 0).length === 1,
      'the search did not filter the cards',
    );
  });
});
