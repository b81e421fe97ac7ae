import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/job-card/define.js';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import { isShown } from '../harness/harness.js';
import { JobCardHarness } from '../harness/job-card.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { NOW, deepActiveElement, fixtureFeedData, fixtureJobs, freshUrl, listFixture, resetLocation, stubFetch } from './job-list-helpers.js';

function box(element: Element): { top: number; left: number; width: number; height: number } {
  const { top, left, width, height } = element.getBoundingClientRect();
  return { top, left, width, height };
}

function expectSameBox(actual: Element, expected: ReturnType<typeof box>, tolerance: number, what: string): void {
  const now = box(actual);
  for (const key of ['top', 'left', 'width', 'height'] as const) {
    expect(Math.abs(now[key] - expected[key]), `${what}: ${key} moved from ${expected[key]} to ${now[key]}`).to.be.at.most(tolerance);
  }
}

function isOpen(button: HTMLElement): boolean {
  return button.getAttribute('aria-expanded') === 'true';
}

/** The 2D matrix of a computed `transform` (identity for `none`). */
function matrix(element: Element): [number, number, number, number] {
  const value = getComputedStyle(element).transform;
  if (value === 'none') return [1, 0, 0, 1];
  const [a, b, c, d] = value.slice(value.indexOf('(') + 1, -1).split(',').map(Number);
  return [a!, b!, c!, d!];
}

describe('<job-list>: loading without a layout jump', () => {
  beforeEach(resetLocation);

  it('keeps the controls and the first card in place when the feed arrives', async () => {
    const fetchStub = stubFetch();
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url} .now=${NOW}></job-list>`);
      expect(list.has('controls'), 'no controls row while loading').to.equal(true);
      const controlsBox = box(list.part('controls'));
      const firstPlaceholder = box(list.parts('skeleton')[0]!);
      await expect(list.element).to.be.accessible();

      fetchStub.respond(url, await fixtureFeedData());
      await list.loaded();
      expectSameBox(list.part('controls'), controlsBox, 2, 'the controls row');
      const firstCard = box(list.items()[0]!);
      expect(Math.abs(firstCard.top - firstPlaceholder.top), 'the first card moved').to.be.at.most(2);
    } finally {
      fetchStub.restore();
    }
  });

  it('makes each placeholder about as tall as a card', async () => {
    const fetchStub = stubFetch();
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url} .now=${NOW}></job-list>`);
      const placeholder = list.parts('skeleton')[0]!.getBoundingClientRect().height;
      fetchStub.respond(url, await fixtureFeedData());
      await list.loaded();
      // The fixture's cards range from a short one (no summary, no tags) to a full one.
      const heights = list.items().map((item) => item.getBoundingClientRect().height);
      expect(placeholder).to.be.within(Math.min(...heights) - 2, Math.max(...heights) + 2);
    } finally {
      fetchStub.restore();
    }
  });
});

describe('<job-list>: filter pop-overs', () => {
  let list: JobListHarness;
  beforeEach(async () => {
    resetLocation();
    list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
  });
  afterEach(() => resetMouse());

  it('gives the filter buttons and Clear all the height of the search box', async () => {
    const height = list.searchBox().getBoundingClientRect().height;
    for (const button of list.filterButtons()) {
      expect(Math.abs(button.getBoundingClientRect().height - height), button.textContent!.trim()).to.be.at.most(0.5);
    }
    await list.toggle('Department', 'Design');
    await list.updated();
    // A selected-count badge does not make the button grow.
    expect(Math.abs(list.filterButton('Department').getBoundingClientRect().height - height)).to.be.at.most(0.5);
    expect(Math.abs(list.part('clear').getBoundingClientRect().height - height)).to.be.at.most(0.5);
  });

  it('opens a filter as a pop-over under its button, leaving the other controls where they were', async () => {
    const department = list.filterButton('Department');
    const panel = list.panel(department);
    expect(isShown(panel)).to.equal(false);
    const before = [list.part('controls'), list.searchBox(), ...list.filterButtons(), list.part('count')].map(
      (element) => [element, box(element)] as const,
    );
    department.click();
    await list.updated();
    expect(isOpen(department)).to.equal(true);
    expect(isShown(panel)).to.equal(true);
    for (const [element, was] of before) expectSameBox(element, was, 0.5, element.getAttribute('part')!);
    const button = department.getBoundingClientRect();
    const shown = panel.getBoundingClientRect();
    expect(shown.top).to.be.at.least(button.bottom - 1);
    expect(shown.top).to.be.at.most(button.bottom + 16);
    expect(Math.abs(shown.left - button.left)).to.be.at.most(1);
    await expect(list.element).to.be.accessible();
  });

  it('closes on Escape with focus back on its button, on a click outside, and when another opens', async () => {
    const department = list.filterButton('Department');
    const location = list.filterButton('Location');
    department.focus();
    await sendKeys({ press: 'Enter' });
    await list.updated();
    expect(isOpen(department)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(list.panel(department).contains(deepActiveElement())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await list.updated();
    expect(isOpen(department)).to.equal(false);
    expect(deepActiveElement() === department, 'focus is not back on the button').to.equal(true);

    department.click();
    await list.updated();
    location.click();
    await list.updated();
    expect([isOpen(department), isOpen(location)]).to.deep.equal([false, true]);
    expect(isShown(list.panel(department))).to.equal(false);

    // A click on the page outside the pop-over (here: on the result count) closes it.
    const count = list.part('count').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(count.left + 5), Math.round(count.top + count.height / 2)] });
    await list.updated();
    expect(isOpen(location)).to.equal(false);
    expect(isShown(list.panel(location))).to.equal(false);
  });

  it('keeps a checkbox click inside the pop-over from closing it', async () => {
    const department = list.filterButton('Department');
    department.click();
    await list.updated();
    const box = list.panel(department).querySelector('input')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await list.updated();
    expect(isOpen(department)).to.equal(true);
    expect(list.parts<HTMLInputElement>('filter-checkbox')[0]!.checked).to.equal(true);
  });

  it('keeps every pop-over inside a 375 px wide screen', async () => {
    const { innerWidth: width, innerHeight: height } = window;
    await setViewport({ width: 375, height: 740 });
    try {
      await waitUntil(() => document.documentElement.clientWidth <= 375);
      for (const button of list.filterButtons()) {
        button.click();
        await list.updated();
        const panel = list.panel(button).getBoundingClientRect();
        const label = button.textContent!.trim();
        expect(panel.left, `${label} overflows on the left`).to.be.at.least(0);
        expect(panel.right, `${label} overflows on the right`).to.be.at.most(document.documentElement.clientWidth);
      }
    } finally {
      await setViewport({ width, height });
    }
  });
});

describe('<job-list>: right-to-left pages', () => {
  beforeEach(() => {
    resetLocation();
    document.documentElement.dir = 'rtl';
  });
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
    resetLocation();
  });

  it('points the filter chevrons down (up when open), and anchors the pop-over at the start', async () => {
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    const button = list.filterButton('Department');
    const chevron = button.querySelector('[part~="filter-chevron"]');
    expect(chevron !== null, 'no chevron element').to.equal(true);
    // No rotation, no horizontal mirror: a downward chevron drawn once, flipped only vertically.
    expect(matrix(chevron!)).to.deep.equal([1, 0, 0, 1]);
    button.click();
    await list.updated();
    expect(matrix(chevron!)).to.deep.equal([1, 0, 0, -1]);
    const panel = list.panel(button).getBoundingClientRect();
    expect(Math.abs(panel.right - button.getBoundingClientRect().right)).to.be.at.most(1);
  });

  it('points the Back arrow towards the start of the line', async () => {
    window.history.replaceState(null, '', '#job=backend-engineer');
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    const back = list.part('back');
    const arrow = back.querySelector('[aria-hidden="true"]')!;
    expect(arrow.textContent!.trim()).to.equal('←');
    expect(matrix(arrow)).to.deep.equal([-1, 0, 0, 1]);
    // The arrow stands before the words, at the right on a right-to-left page.
    expect(arrow.getBoundingClientRect().left).to.be.greaterThan(back.getBoundingClientRect().left + back.getBoundingClientRect().width / 2);

    document.documentElement.dir = 'ltr';
    await waitUntil(() => matrix(arrow)[0] === 1, 'the arrow stayed mirrored on a left-to-right page');
  });
});

describe('<job-list>: a long page of cards', () => {
  const jobs = Array.from({ length: 40 }, (_, i) => ({
    id: `job-${i}`,
    title: `Job number ${i}`,
    html: '',
    summary: `What job ${i} is about.`,
    tags: ['Rust'],
    datePosted: `2026-02-${String(28 - (i % 28)).padStart(2, '0')}`,
  }));

  beforeEach(resetLocation);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('skips rendering the cards off screen, while focus and the text still reach them', async () => {
    await setViewport({ width: 800, height: 600 });
    const list = await listFixture(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    const items = list.items();
    expect(items).to.have.length(40);
    expect(items.map((item) => getComputedStyle(item).contentVisibility)).to.deep.equal(items.map(() => 'auto'));
    const last = items.at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last card is not off screen').to.be.greaterThan(window.innerHeight);
    const card = new JobCardHarness(last.querySelector('job-card')!);
    expect(card.allText()).to.contain(card.element.job!.title);
    card.link().focus();
    expect(deepActiveElement()?.getAttribute('part')).to.contain('link');
    await waitUntil(() => last.getBoundingClientRect().bottom <= window.innerHeight, 'focus did not scroll the card into view');
    await expect(list.element).to.be.accessible();
  });

  it('checks a copy of one of its jobs again when an app hands it to a card', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    const listed = list.items()[0]!.querySelector('job-card')!.job!;
    const copy = { ...listed, tags: 'Rust', title: { toString: () => 'Injected' } } as unknown as typeof listed;
    const card = new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${copy} .now=${NOW}></job-card>`));
    expect(card.find('status')?.textContent?.trim()).to.equal('This job cannot be shown.');
    const own = new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${listed} .now=${NOW}></job-card>`));
    expect(own.title()).to.equal(listed.title);
  });
});

describe('<job-list>: a keystroke over a long page', () => {
  const jobs = Array.from({ length: 120 }, (_, i) => ({
    id: `job-${i}`,
    title: `Job number ${String(i).padStart(3, '0')}`,
    html: '',
    tags: [i % 2 ? 'Go' : 'Rust'],
    datePosted: '2026-02-01',
  }));
  const titlesOf = (list: JobListHarness) => list.items().map((item) => item.querySelector('job-card')!.job!.title);

  beforeEach(resetLocation);

  it('updates the first 30 cards at once and the rest in the next task; updateComplete waits for both', async () => {
    const list = await listFixture(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    const before = titlesOf(list);
    expect(before).to.have.length(100);
    const search = list.searchBox();
    search.value = 'go';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // Microtasks only: the list's update runs in them, the rest of the cards in a later task.
    for (let tick = 0; tick < 100 && list.element.isUpdatePending; tick++) await Promise.resolve();
    await Promise.resolve();
    const expected = jobs.filter((_, i) => i % 2).map((job) => job.title);
    const now = titlesOf(list);
    expect(now.slice(0, 30)).to.deep.equal(expected.slice(0, 30));
    expect(now.slice(30), 'the cards below the first 30 were updated in the same task').to.deep.equal(before.slice(30, 60));
    await list.element.updateComplete;
    expect(titlesOf(list)).to.deep.equal(expected);
  });
});
