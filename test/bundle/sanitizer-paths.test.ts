/**
 * The two sanitizer paths of the built bundle give the same DOM: every realistic posting (the
 * demo's, built and unbuilt, see `build-postings-feed.ts`, and the element tests' fixtures) is
 * rendered by `<job-detail>` in two frames of this page, one with the browser's HTML Sanitizer API
 * and one where it is removed before the bundle loads (DOMPurify), and their bodies are compared
 * node for node. Differences that are accepted are listed in SECURITY.md; there are none today.
 */
import { expect } from '@open-wc/testing';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { Feed, Job } from '../../src/feed/types.js';
import { arabicJob, jobs as fixtureJobs } from '../fixtures/jobs.js';

const POSTINGS = new URL('./.generated/postings.json', import.meta.url).pathname;
const FIXTURE_FEEDS = ['feed.json', 'job-list-feed.json', 'closed-jobs-feed.json'].map((name) => new URL(`../fixtures/${name}`, import.meta.url).pathname);

const REMOVE_SANITIZER_API = 'delete Element.prototype.setHTML; delete ShadowRoot.prototype.setHTML; delete Document.parseHTML; delete window.Sanitizer;';

type Frame = Window & typeof globalThis & { bundleReady: Promise<unknown> };

/** A frame of this page with the built bundle loaded and `<job-detail>` defined. */
async function frameWithBundle(withoutSanitizerApi: boolean): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><body><script type="module">
    ${withoutSanitizerApi ? REMOVE_SANITIZER_API : ''}
    window.bundleReady = import('/dist/cdn/job-widgets.js').then((bundle) => bundle.loadJobDetail());
  </script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const frame = iframe.contentWindow as Frame;
  await frame.bundleReady;
  return frame;
}

/** The body's nodes as markup, without Lit's comment markers. */
function bodyMarkup(detail: JobDetail): string {
  const body = detail.shadowRoot!.querySelector('[part~="body"]');
  if (!body) return '(no body)';
  const copy = body.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  return copy.outerHTML;
}

async function renderBody(frame: Frame, job: Job): Promise<string> {
  const detail = frame.document.createElement('job-detail') as JobDetail;
  detail.noJsonLd = true;
  detail.job = job;
  frame.document.body.append(detail);
  await detail.updateComplete;
  const markup = bodyMarkup(detail);
  detail.remove();
  return markup;
}

describe('the two sanitizer paths of the built bundle', () => {
  let native: Frame;
  let domPurify: Frame;
  const postings: Job[] = [];

  before(async () => {
    [native, domPurify] = await Promise.all([frameWithBundle(false), frameWithBundle(true)]);
    const feeds = (await Promise.all([POSTINGS, ...FIXTURE_FEEDS].map(async (url) => (await (await fetch(url)).json()) as Pick<Feed, 'jobs'>))).flatMap(
      (feed) => feed.jobs,
    );
    // The bodies are compared: jobs that have closed by now are shown open.
    for (const job of [...feeds, ...fixtureJobs, arabicJob]) postings.push({ ...job, validThrough: undefined });
  });

  after(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('runs one frame with the HTML Sanitizer API and one without, each with its sanitizer', () => {
    const has = (frame: Frame) => 'setHTML' in frame.Element.prototype && 'Sanitizer' in frame;
    expect([has(native), has(domPurify)]).to.deep.equal([true, false]);
    const dompurifyChunks = (frame: Frame) => frame.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/chunks/dompurify-')).length;
    expect([dompurifyChunks(native), dompurifyChunks(domPurify)]).to.deep.equal([0, 1]);
  });

  it('renders every realistic posting into the same body DOM', async function () {
    this.timeout(30000);
    expect(postings.length).to.be.at.least(40);
    const differences: string[] = [];
    for (const job of postings) {
      const [byNative, byDomPurify] = await Promise.all([renderBody(native, job), renderBody(domPurify, job)]);
      expect(byNative, job.id).to.contain('<p');
      if (byNative !== byDomPurify) differences.push(`${job.id}:\n  native:    ${byNative}\n  DOMPurify: ${byDomPurify}`);
    }
    expect(differences, differences.join('\n')).to.deep.equal([]);
  });

  it('can tell bodies apart (the check can fail)', async () => {
    const job = postings[0]!;
    const [first, second] = await Promise.all([renderBody(native, job), renderBody(domPurify, { ...job, html: `${job.html}<p>one more</p>` })]);
    expect(first).not.to.equal(second);
  });
});
