/**
 * The XSS corpus through the real elements of the built script-tag bundle, by both paths a
 * posting can take: built by the Node build (`build-corpus-feed.ts` writes the feed before the
 * browser tests run) and straight from a feed that skipped the build. Nothing may run (`__xss`
 * is never called), nothing unsafe may be left in any shadow root, and the text around each
 * vector must still be shown.
 *
 * `test/bundle/xss-native.test.ts` runs it where the browser sanitizes bodies with its HTML
 * Sanitizer API, `test/bundle/xss-dompurify.test.ts` where the API is removed before the bundle
 * loads, so that DOMPurify does; each file says which sanitizer the bundle used.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import type { Harness } from '../harness/harness.js';
import { JobCardHarness } from '../harness/job-card.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { JobListHarness } from '../harness/job-list.js';
import { rawJobs } from './corpus.js';
import { lightDomIntruders, provokeHandlers, unsafeInBody, unsafeInShadowTrees } from './dom-safety.js';
import { AFTER_TEXT, XSS_VECTORS, beforeText, vectorId, type XssVector } from './xss-vectors.js';

declare global {
  interface Window {
    __xss?: () => void;
  }
}

const BUILT_FEED = new URL('./.generated/corpus-feed.json', import.meta.url).href;
const RAW_FEED = new URL('./.generated/raw-feed.json', import.meta.url).href;
const NOW = new Date('2026-03-10T12:00:00.000Z');

const ran: string[] = [];
let stage = 'loading';
window.__xss = () => void ran.push(stage);

const byId = new Map(XSS_VECTORS.map((vector, index) => [vectorId(index), vector]));
const collapse = (text: string) => text.trim().replace(/\s+/g, ' ');
// What the build refuses in front matter: a vector with these stays in the body only.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Failures collected across a whole feed, so one run names every vector that got through. */
class Findings {
  readonly list: string[] = [];
  add(vector: XssVector | undefined, where: string, problems: string[]): void {
    for (const problem of problems) this.list.push(`${vector?.name ?? '?'} (${where}): ${problem}`);
  }
  expectNone(): void {
    expect(this.list, this.list.slice(0, 30).join('\n')).to.deep.equal([]);
  }
}

/**
 * Resolves once what a page does some time after markup is inserted has happened for markup
 * inserted now: an image's request failing, a frame loading, a <details> toggling, and two
 * rendering updates (autofocus runs in one). Each is a canary put in the page after every
 * vector, so anything a vector could set off the same way was under way before it. This replaces
 * a 300 ms sleep, which a slow run could end before any of it, passing without looking.
 */
async function settled(): Promise<void> {
  const canaries = document.createElement('div');
  canaries.hidden = true;
  const image = document.createElement('img');
  const frame = document.createElement('iframe');
  const details = document.createElement('details');
  const happened = [
    new Promise((resolve) => image.addEventListener('error', resolve, { once: true })),
    new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })),
    new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true })),
  ];
  // A request the test server answers 404, as it does the vectors' relative image URLs.
  image.src = `/xss-settle-canary-${Math.random().toString(36).slice(2)}.png`;
  frame.srcdoc = '<p>canary</p>';
  details.open = true;
  canaries.append(image, frame, details);
  document.body.append(canaries);
  try {
    await Promise.all(happened);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  } finally {
    canaries.remove();
  }
}

function snapshotLightDom(): Set<Element> {
  return new Set(document.querySelectorAll('*'));
}

function checkBody(findings: Findings, vector: XssVector, host: Harness, where: string): void {
  const body = host.find('body');
  if (!body) return findings.add(vector, where, ['no body shown']);
  provokeHandlers(body);
  findings.add(vector, where, unsafeInBody(body));
  const shown = body.innerText;
  if (!shown.includes(beforeText(vector))) findings.add(vector, where, [`"${beforeText(vector)}" is not shown`]);
  if (!vector.swallowsFollowing && !shown.includes(AFTER_TEXT)) findings.add(vector, where, [`"${AFTER_TEXT}" is not shown`]);
}

/** The text the title of `job` must show: the vector's markup, literally. */
function expectedTitle(vector: XssVector, built: boolean): string {
  if (!built) return vector.markup;
  return CONTROL_CHARACTERS.test(vector.markup) ? `Vector ${vector.name}` : collapse(vector.markup);
}

function checkTextFields(findings: Findings, vector: XssVector, host: Harness, where: string, built: boolean, names: string[]): void {
  const expected = expectedTitle(vector, built);
  for (const name of names) {
    // Compared with white space collapsed: the build collapses it in most fields, and the
    // elements' templates add their own around each value.
    const shown = collapse(host.find(name)?.textContent ?? '');
    const text = built && expected.startsWith('Vector ') && name !== 'heading' ? undefined : collapse(expected);
    if (text !== undefined && !shown.includes(text)) findings.add(vector, where, [`${name} does not show the markup as text: ${JSON.stringify(shown.slice(0, 80))}`]);
  }
}

/** Reports an Apply link, which no job of the corpus may get. */
function checkNoApply(findings: Findings, vector: XssVector, detail: JobDetailHarness, where: string): void {
  const apply = detail.find('apply');
  if (apply) findings.add(vector, where, [`an apply link to ${apply.getAttribute('href')}`]);
}

/** Opens every job of a loaded list in the list's own detail view, one after the other. */
async function openEach(list: JobListHarness, findings: Findings, built: boolean): Promise<void> {
  for (const [id, vector] of byId) {
    stage = `${list.element.dataset.path} detail ${vector.name}`;
    window.history.replaceState(null, '', `#job=${id}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await list.updated();
    const detail = list.detail();
    if (!detail) {
      findings.add(vector, 'list detail', ['the job did not open']);
      continue;
    }
    await detail.updated();
    checkBody(findings, vector, detail, 'list detail');
    checkTextFields(findings, vector, detail, 'list detail', built, ['heading', 'summary', 'department', 'location', 'salary', 'tags']);
    checkNoApply(findings, vector, detail, 'list detail');
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await list.updated();
}

async function checkList(element: JobList, built: boolean, before: Set<Element>): Promise<void> {
  const findings = new Findings();
  const list = new JobListHarness(element);
  await list.loaded({ timeout: 10000 });
  // The list shows cards a page at a time: show them all.
  while (list.has('more')) await list.showMore();
  const cards = list.queryAll<JobCard>('job-card').map((card) => new JobCardHarness(card));
  expect(cards.length, 'every vector is listed').to.equal(XSS_VECTORS.length);
  await Promise.all(cards.map((card) => card.updated()));
  for (const card of cards) {
    const vector = byId.get(card.element.job!.id);
    checkTextFields(findings, vector!, card, 'card', built, ['heading', 'summary', 'tags']);
  }
  await openEach(list, findings, built);
  await settled();
  findings.add(undefined, 'list', unsafeInShadowTrees(element));
  findings.add(undefined, 'page', lightDomIntruders(before, new Set([element])));
  findings.expectNone();
}

// Hundreds of jobs opened one after the other take one to two seconds per list here; the
// margin is for a loaded two-core machine.
const LIST_TIMEOUT_MS = 30000;

/** The corpus's tests, against the elements the built bundle defined (`loadJobDetail`: the bundle's). */
export function describeXssCorpus(path: string, loadJobDetail: () => Promise<unknown>): void {
  describe(`XSS corpus, bodies sanitized by ${path}`, () => {
    before(() => loadJobDetail());

    beforeEach(() => {
      ran.length = 0;
    });

    afterEach(() => {
      expect(ran, `payloads ran: ${ran.join(', ')}`).to.deep.equal([]);
      expect(document.body.localName).to.equal('body');
      expect(document.getElementById).to.equal(Document.prototype.getElementById);
      expect(window.__xss).to.be.a('function');
    });

    it('holds at least 150 vectors, each named once, in every category', () => {
      const names = XSS_VECTORS.map((vector) => vector.name);
      expect(new Set(names).size).to.equal(names.length);
      for (const name of names) expect(name).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const byKind: Record<string, number> = {};
      for (const vector of XSS_VECTORS) byKind[vector.kind] = (byKind[vector.kind] ?? 0) + 1;
      expect(XSS_VECTORS.length).to.be.at.least(150);
      expect(Object.keys(byKind)).to.have.members([
        'script', 'event-handler', 'url-scheme', 'svg', 'mathml', 'mutation', 'dom-clobbering', 'css-overlay', 'frame-meta-base', 'markdown',
      ]);
    });

    it('catches what an unsanitized body would do (the checks can fail)', async () => {
      stage = 'unsanitized control';
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const body = document.createElement('div');
      body.setAttribute('part', 'body');
      host.attachShadow({ mode: 'open' }).append(body);
      const pick = (name: string) => XSS_VECTORS.find((vector) => vector.name === name)!.markup;
      // Two handlers that run later: `data:,` is not an image, so its onerror fires without a
      // request; the other image is requested and answered 404, as the vectors' relative URLs are.
      // Both have run by the time `settled()` resolves, so it waits as long as the checks need.
      const missing = `/xss-control-${Math.random().toString(36).slice(2)}.png`;
      body.innerHTML =
        `<img src="data:," onerror="__xss()"><img src="${missing}" onerror="__xss()">` +
        ['a-href-inner-tab', 'div-fixed-overlay', 'p-srcdoc', 'link-stylesheet', 'a-id-xss-flag'].map(pick).join('');
      await settled();
      expect(ran, 'the unsanitized images\' onerror had not run').to.have.length(2);
      const problems = [...unsafeInShadowTrees(host), ...unsafeInBody(body)].join('\n');
      for (const expected of ['onerror', 'href="java\tscript:', 'style=', 'srcdoc', '<link>', 'has id']) expect(problems).to.include(expected);
      ran.length = 0;
    });

    describe('through the build', () => {
      it('keeps front matter as text: the feed holds each vector verbatim, not stripped', async () => {
        const feed = (await (await fetch(BUILT_FEED)).json()) as { jobs: Job[] };
        expect(feed.jobs).to.have.length(XSS_VECTORS.length);
        for (const job of feed.jobs) {
          const vector = byId.get(job.id)!;
          expect(job.title, vector.name).to.equal(expectedTitle(vector, true));
        }
      });

      it('<job-list src> shows every built posting, opens each, and nothing runs', async function () {
        this.timeout(LIST_TIMEOUT_MS);
        const before = snapshotLightDom();
        const list = await fixture<JobList>(html`<job-list data-path="built" src=${BUILT_FEED} .now=${NOW}></job-list>`);
        await checkList(list, true, before);
      });
    });

    describe('straight from a feed that skipped the build', () => {
      it('<job-list .jobs> renders every field as text, opens each job, and nothing runs', async function () {
        this.timeout(LIST_TIMEOUT_MS);
        const before = snapshotLightDom();
        const list = await fixture<JobList>(html`<job-list data-path="raw jobs" .jobs=${rawJobs()} .now=${NOW}></job-list>`);
        await checkList(list, false, before);
      });

      it('<job-list src> with the same feed served as JSON', async function () {
        this.timeout(LIST_TIMEOUT_MS);
        const before = snapshotLightDom();
        const list = await fixture<JobList>(html`<job-list data-path="raw src" src=${RAW_FEED} .now=${NOW}></job-list>`);
        await checkList(list, false, before);
      });

      it('<job-card .job> shows every vector as text', async () => {
        stage = 'cards';
        const before = snapshotLightDom();
        const jobs = rawJobs();
        const wrapper = await fixture<HTMLElement>(html`<div>${jobs.map((job) => html`<job-card .job=${job} .now=${NOW}></job-card>`)}</div>`);
        const cards = [...wrapper.querySelectorAll<JobCard>('job-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        const findings = new Findings();
        cards.forEach((card, index) => {
          const vector = XSS_VECTORS[index]!;
          checkTextFields(findings, vector, new JobCardHarness(card), 'card', false, ['heading', 'summary', 'department', 'location', 'salary', 'tags']);
          findings.add(vector, 'card', unsafeInShadowTrees(card));
        });
        await settled();
        findings.add(undefined, 'page', lightDomIntruders(before, new Set(cards)));
        findings.expectNone();
      });

      it('<job-detail .job> shows every body without the vector doing anything', async () => {
        stage = 'details';
        const before = snapshotLightDom();
        const jobs = rawJobs();
        const wrapper = await fixture<HTMLElement>(html`<div>${jobs.map((job) => html`<job-detail .job=${job}></job-detail>`)}</div>`);
        const details = [...wrapper.querySelectorAll<JobDetail>('job-detail')];
        await Promise.all(details.map((detail) => detail.updateComplete));
        const findings = new Findings();
        details.forEach((element, index) => {
          const vector = XSS_VECTORS[index]!;
          const detail = new JobDetailHarness(element);
          checkBody(findings, vector, detail, 'detail');
          checkTextFields(findings, vector, detail, 'detail', false, ['heading', 'summary', 'department', 'location', 'salary', 'tags']);
          checkNoApply(findings, vector, detail, 'detail');
        });
        await settled();
        for (const [index, detail] of details.entries()) findings.add(XSS_VECTORS[index], 'detail', unsafeInShadowTrees(detail));
        findings.add(undefined, 'page', lightDomIntruders(before, new Set(details)));
        findings.expectNone();
      });
    });
  });
}
