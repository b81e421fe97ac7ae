/**
 * A plain embed pays nothing for server rendering: the built script-tag bundle on a page with no
 * prerendered element renders its list and never asks for Lit's hydration support.
 */
import { expect, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/cdn/job-widgets.js';
const FEED = new URL('../fixtures/job-list-feed.json', import.meta.url).pathname;

describe('a plain <job-list> with the script-tag bundle', () => {
  it('renders from its feed and loads no hydration support', async () => {
    const container = document.createElement('section');
    container.innerHTML = `<job-list src="${FEED}"></job-list>`;
    document.body.append(container);
    await import(/* @vite-ignore */ BUNDLE);
    const list = container.querySelector('job-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('job-card').length === 6, 'the list did not render', { timeout: 5000 });
    const chunks = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/dist/cdn/'));
    expect(chunks).to.deep.equal([BUNDLE]);
  });
});
