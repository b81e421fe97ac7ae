import { LitElement, html } from 'lit';
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { FeedController } from '../../src/feed/feed-controller.js';
import { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import { JobFeedWarningEvent } from '../../src/events/feed-warning.js';
import { stubFetch, uniqueFeedUrl, type FetchStub } from '../fixtures/fetch-stub.js';
import { jobs, rustJob } from '../fixtures/jobs.js';
import { Harness } from '../harness/harness.js';
import { waitUntil } from '../support/wait.js';

/** The smallest host: shows the controller's state as text. */
class FeedHost extends LitElement {
  static override properties = { src: {} };
  declare src: string | undefined;
  readonly feed = new FeedController(this);

  protected override willUpdate(): void {
    this.feed.load(this.src);
  }

  override render() {
    return html`${this.feed.status}:${this.feed.jobs.map((job) => job.title).join(',')}`;
  }
}
customElements.define('feed-host', FeedHost);

const feedBody = { version: 1, generated: '2026-03-10T00:00:00.000Z', jobs };
const text = (el: FeedHost) => new Harness(el).allText().trim();
const settled = (el: FeedHost) => waitUntil(() => el.feed.status === 'complete' || el.feed.status === 'error');

describe('FeedController', () => {
  let stub: FetchStub;
  beforeEach(() => (stub = stubFetch()));
  afterEach(() => stub.restore());

  it('loads a feed and shows its jobs', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
    expect(el.feed.status).to.equal('loading');
    (await stub.next()).respond(feedBody);
    await settled(el);
    await el.updateComplete;
    expect(text(el)).to.equal('complete:Senior Rust Engineer,Product Designer,Développeur web');
  });

  it('shares one request between two elements with the same src', async () => {
    const src = uniqueFeedUrl();
    const wrapper = await fixture(html`<div><feed-host src=${src}></feed-host><feed-host src=${src}></feed-host></div>`);
    const [a, b] = [...wrapper.querySelectorAll<FeedHost>('feed-host')] as [FeedHost, FeedHost];
    (await stub.next()).respond(feedBody);
    await settled(a);
    await settled(b);
    expect(stub.requests).to.have.length(1);
    expect(a.feed.jobs).to.have.length(3);
    expect(b.feed.jobs).to.have.length(3);
  });

  it('aborts the previous request when src changes', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
    const errors: Event[] = [];
    el.addEventListener('job-feed-error', (event) => errors.push(event));
    const first = await stub.next();
    el.src = uniqueFeedUrl();
    const second = await stub.next();
    expect(first.signal!.aborted).to.equal(true);
    // The aborted load is not a failure: the new load shows as loading, and nothing is reported,
    // which is checked once the new load is done: the aborted one was handled long before.
    await el.updateComplete;
    expect(el.feed.status).to.equal('loading');
    second.respond({ version: 1, generated: '', jobs: [rustJob] });
    await settled(el);
    expect(el.feed.jobs.map((job) => job.id)).to.deep.equal(['senior-rust-engineer']);
    expect(errors).to.have.length(0);
  });

  it('never lets a late response overwrite a newer one', async () => {
    const oldSrc = uniqueFeedUrl();
    // A second element keeps the old request alive, so its answer does arrive late.
    const wrapper = await fixture(html`<div><feed-host src=${oldSrc}></feed-host><feed-host src=${oldSrc}></feed-host></div>`);
    const el = wrapper.querySelector<FeedHost>('feed-host')!;
    const old = await stub.next();
    el.src = uniqueFeedUrl();
    const newer = await stub.next();
    newer.respond({ version: 1, generated: '', jobs: [rustJob] });
    await settled(el);
    old.respond(feedBody);
    await settled(wrapper.querySelectorAll<FeedHost>('feed-host')[1]!);
    await el.updateComplete;
    expect(text(el)).to.equal('complete:Senior Rust Engineer');
  });

  it('aborts its request when the element is removed', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
    const request = await stub.next();
    el.remove();
    expect(request.signal!.aborted).to.equal(true);
    expect(el.feed.status).to.equal('idle');
  });

  it('times out a request that does not answer', async () => {
    const el = document.createElement('feed-host') as FeedHost;
    el.feed.timeout = 50;
    el.src = uniqueFeedUrl();
    const event = oneEvent<JobFeedErrorEvent>(el, 'job-feed-error');
    document.body.append(el);
    const { error } = await event;
    expect(error.kind).to.equal('timeout');
    expect(el.feed.status).to.equal('error');
    el.remove();
  });

  const failures: Array<[string, (request: Awaited<ReturnType<FetchStub['next']>>) => void, string]> = [
    ['network', (r) => r.fail(), 'Could not reach'],
    ['http', (r) => r.respond('missing', { status: 404, statusText: 'Not Found' }), '404'],
    ['not-json', (r) => r.respond('<!doctype html><p>Hello'), 'looks like an HTML page'],
    ['not-a-feed', (r) => r.respond({ hello: 'world' }), 'not a job feed'],
  ];
  for (const [kind, answer, message] of failures) {
    it(`reports a ${kind} error with an event that says what failed`, async () => {
      const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
      const event = oneEvent<JobFeedErrorEvent>(el, 'job-feed-error');
      answer(await stub.next());
      const { error, bubbles, composed } = await event;
      expect([error.kind, bubbles, composed]).to.deep.equal([kind, true, true]);
      expect(error.message).to.contain(message);
      expect(el.feed.error).to.equal(error);
      expect(el.feed.jobs).to.deep.equal([]);
    });
  }

  it('retries with a new request after a failure', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
    (await stub.next()).respond('oops', { status: 500 });
    await settled(el);
    expect(el.feed.error?.status).to.equal(500);
    el.feed.retry();
    expect(el.feed.status).to.equal('loading');
    (await stub.next()).respond(feedBody);
    await settled(el);
    expect(stub.requests).to.have.length(2);
    expect(el.feed.jobs).to.have.length(3);
  });

  it('warns once and fires job-feed-warning when jobs are skipped', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<FeedHost>(html`<feed-host src=${uniqueFeedUrl()}></feed-host>`);
      const event = oneEvent<JobFeedWarningEvent>(el, 'job-feed-warning');
      (await stub.next()).respond({ version: 1, jobs: [rustJob, { id: 'no-title' }, { ...rustJob, id: 'x', remote: 'yes' }] });
      const { problems } = await event;
      expect(problems.map((p) => p.message)).to.deep.equal([
        'has no string "title"; skipped.',
        'has an invalid "remote"; the field is ignored.',
      ]);
      expect(el.feed.jobs.map((job) => job.id)).to.deep.equal(['senior-rust-engineer', 'x']);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('loads the same feed from a real JSON file', async () => {
    stub.restore();
    const el = await fixture<FeedHost>(html`<feed-host src=${new URL('../fixtures/feed.json', import.meta.url).href}></feed-host>`);
    await settled(el);
    expect(el.feed.jobs.map((job) => job.title)).to.include('Senior Rust Engineer');
  });
});
