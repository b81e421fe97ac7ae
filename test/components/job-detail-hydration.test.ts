/**
 * `<job-detail>` rendered on a server (`build-ssr-fixtures.ts`) and hydrated here: the server's
 * body, or its placeholder, is replaced by the body the browser sanitized, in the container the
 * server rendered, with the posting's language and direction, and Lit keeps rendering it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { NOW, arabicJob, rustJob } from '../fixtures/jobs.js';

const { placeholder, serverBody } = (await (await fetch(new URL('./.generated/ssr.json', import.meta.url))).json()) as Record<string, string>;

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));

/** The server's markup in the page, its `<job-detail>` given the server's job and clock, not yet defined. */
function serverRendered(markup: string): JobDetail {
  const host = document.createElement('div');
  (host as unknown as { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  document.body.append(host);
  const detail = host.querySelector('job-detail')!;
  expect(detail.shadowRoot !== null, 'a declarative shadow root').to.equal(true);
  Object.assign(detail, { job: arabicJob, now: NOW });
  return detail;
}

const body = (detail: JobDetail) => detail.shadowRoot!.querySelector<HTMLElement>('[part~="body"]')!;

describe('<job-detail> hydrated from a server render', () => {
  let fromPlaceholder: JobDetail;
  let fromServerBody: JobDetail;

  before(async () => {
    fromPlaceholder = serverRendered(placeholder!);
    fromServerBody = serverRendered(serverBody!);
    expect(body(fromPlaceholder).querySelector('.skeleton') !== null, 'the server\'s placeholder').to.equal(true);
    expect(body(fromServerBody).textContent).to.contain('From the server.');
    await import('../../src/components/job-detail/define.js');
    await Promise.all([fromPlaceholder.updateComplete, fromServerBody.updateComplete]);
  });

  after(() => {
    for (const detail of [fromPlaceholder, fromServerBody]) detail.parentElement!.remove();
  });

  it('hydrates without an error', () => {
    expect(errors).to.deep.equal([]);
  });

  for (const [name, detail] of [
    ['the placeholder', () => fromPlaceholder],
    ['the server\'s body', () => fromServerBody],
  ] as const) {
    it(`replaces ${name} with the browser's body, in the server's container`, () => {
      const container = body(detail());
      expect(container.querySelectorAll('h3, p').length, container.innerHTML).to.equal(2);
      expect(container.querySelector('h3')!.textContent).to.equal('المهام');
      expect(container.textContent).not.to.contain('From the server.');
      expect(container.querySelector('.skeleton') === null, 'the placeholder stayed').to.equal(true);
      expect([container.hasAttribute('aria-busy'), container.lang, container.dir]).to.deep.equal([false, 'ar', 'rtl']);
    });
  }

  it('keeps rendering with Lit afterwards: another job, another body', async () => {
    const detail = fromPlaceholder;
    const container = body(detail);
    detail.job = rustJob;
    await detail.updateComplete;
    expect(body(detail)).to.equal(container);
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(['Key Responsibilities:', 'Qualifications:']);
    expect(container.textContent).not.to.contain('المهام');
    expect([container.lang, container.dir]).to.deep.equal(['', 'auto']);
    detail.job = arabicJob;
    await detail.updateComplete;
    expect(container.querySelector('h3')!.textContent).to.equal('المهام');
  });
});
