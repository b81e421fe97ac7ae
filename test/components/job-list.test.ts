import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import { CountAnnouncer } from '../../src/components/job-list/count-announcer.js';
import { readFile, sendKeys } from '@web/test-runner-commands';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import { stubConsoleError } from '../fixtures/console-stub.js';
import { textOf } from '../harness/harness.js';
import { JobCardHarness } from '../harness/job-card.js';
import type { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import {
  FEED_URL,
  NEWEST_FIRST,
  NOW,
  deepActiveElement,
  fixtureFeedData,
  fixtureJobs,
  freshUrl,
  listFixture,
  resetLocation,
  stubFetch,
} from './job-list-helpers.js';

describe('<job-list>: loading a feed', () => {
  beforeEach(resetLocation);

  it('shows one card per job, newest first, with the feed\'s text', async () => {
    const list = await listFixture(html`<job-list src=${FEED_URL} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
    expect(list.count()).to.equal('6 jobs');
    const first = list.cards()[0]!;
    expect(first.part('date').textContent!.trim()).to.equal('2 days ago');
    expect(list.part('list').getAttribute('role')).to.equal('list');
    expect(list.parts('item').every((item) => item.localName === 'li')).to.equal(true);
    await expect(list.element).to.be.accessible();
  });

  it('takes jobs from the `jobs` property without fetching, and drops invalid entries', async () => {
    const fetchStub = stubFetch();
    try {
      const jobs = [...(await fixtureJobs()), { id: 'no-title' }] as Job[];
      const warning = new Promise<Event>((resolve) => document.addEventListener('job-feed-warning', resolve, { once: true }));
      const list = await listFixture(html`<job-list src="/never.json" .jobs=${jobs}></job-list>`);
      await list.loaded();
      expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
      expect(fetchStub.calls).to.have.length(0);
      await warning;
    } finally {
      fetchStub.restore();
    }
  });

  it('shows a skeleton that reserves space and sets aria-busy while loading', async () => {
    const fetchStub = stubFetch();
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url}></job-list>`);
      const base = list.part('base');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(list.parts('skeleton')).to.have.length(3);
      expect(base.getBoundingClientRect().height).to.be.greaterThan(250);
      expect(list.count()).to.equal('Loading jobs…');
      await expect(list.element).to.be.accessible();
      fetchStub.respond(url, await fixtureFeedData());
      await list.loaded();
      expect(base.getAttribute('aria-busy')).to.equal('false');
      expect(list.parts('skeleton')).to.have.length(0);
    } finally {
      fetchStub.restore();
    }
  });

  it('tells visitors in a few words, fires job-feed-error with what failed and loads again on Retry', async () => {
    const fetchStub = stubFetch();
    const logged = stubConsoleError();
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url}></job-list>`);
      const failed = oneEvent(list.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
      fetchStub.respond(url, 'Not here', 404);
      expect((await failed).error.kind).to.equal('http');
      await list.loaded();
      const error = list.part('error');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(list.text('error')).to.equal('We couldn’t load the jobs. Please try again. Retry');
      // What failed is for the site's developers.
      expect(logged.messages.join('\n')).to.contain('404');
      await expect(list.element).to.be.accessible();

      list.part('retry').click();
      await list.updated();
      expect(list.part('base').getAttribute('aria-busy')).to.equal('true');
      fetchStub.respond(url, await fixtureFeedData());
      await list.loaded();
      expect(await list.titles()).to.have.length(6);
      // The Retry button is gone: focus goes to the search box rather than to the page.
      await waitUntil(() => deepActiveElement() === list.part('search'));
    } finally {
      fetchStub.restore();
      logged.restore();
    }
  });

  it('names what failed in job-feed-error and the console, never to visitors', async () => {
    const fetchStub = stubFetch();
    const logged = stubConsoleError();
    try {
      const html1 = freshUrl();
      const a = await listFixture(html`<job-list src=${html1}></job-list>`);
      const failed = oneEvent(a.element, 'job-feed-error') as Promise<JobFeedErrorEvent>;
      fetchStub.respond(html1, '<!doctype html><p>Login</p>');
      const { error } = await failed;
      await a.loaded();
      expect(error.kind).to.equal('not-json');
      expect(logged.messages).to.deep.equal([`<job-list>: ${error.message}`]);
      expect(a.text('error')).not.to.contain('JSON');
      expect(a.text('error')).not.to.contain(html1);
    } finally {
      fetchStub.restore();
      logged.restore();
    }
  });

  it('lets a site write its own error message in the error slot, with Retry kept', async () => {
    const fetchStub = stubFetch();
    const logged = stubConsoleError();
    try {
      const url = freshUrl();
      const list = await listFixture(html`<job-list src=${url}><p slot="error">Our jobs board is taking a break. Email jobs@example.com.</p></job-list>`);
      fetchStub.respond(url, 'Not here', 404);
      await list.loaded();
      expect(list.slotted('error').map((node) => textOf(node))).to.deep.equal(['Our jobs board is taking a break. Email jobs@example.com.']);
      expect(list.shows('retry')).to.equal(true);
      await expect(list.element).to.be.accessible();
    } finally {
      fetchStub.restore();
      logged.restore();
    }
  });

  it('shows a default message for an empty feed, which the no-jobs slot replaces', async () => {
    const plain = await listFixture(html`<job-list .jobs=${[]}></job-list>`);
    await plain.loaded();
    expect(plain.part('empty').textContent!.trim()).to.equal('There are no open positions right now.');
    await expect(plain.element).to.be.accessible();

    const custom = await listFixture(
      html`<job-list .jobs=${[]}><p slot="no-jobs">We are not hiring, but write to us.</p></job-list>`,
    );
    await custom.loaded();
    const slot = custom.part('empty').querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['We are not hiring, but write to us.']);
  });

  it('shows the list-header slot above the controls', async () => {
    const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}><h2 slot="list-header">Open roles</h2></job-list>`);
    await list.loaded();
    const header = list.part('header');
    expect(header.hidden).to.equal(false);
    expect(header.getBoundingClientRect().bottom).to.be.at.most(list.part('search').getBoundingClientRect().top);
  });
});

describe('<job-list>: finding a job', () => {
  let list: JobListHarness;
  beforeEach(async () => {
    resetLocation();
    list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
  });

  it('searches title, summary, location, department and tags as one types', async () => {
    expect(list.searchBox().labels![0]!.textContent!.trim()).to.equal('Search jobs');
    list.search('figma');
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    list.search('london');
    expect(await list.titles()).to.deep.equal(['Product Designer', 'Data Intern']);
    list.search('customer success');
    expect(await list.titles()).to.deep.equal(['Support Specialist']);
    list.search('booking');
    expect(await list.titles()).to.deep.equal(['Backend Engineer']);
    expect(list.count()).to.equal('1 job');
  });

  it('ignores case and diacritics, both ways', async () => {
    list.search('DEVELOPPEUR');
    expect(await list.titles()).to.deep.equal(['Développeur Frontend']);
    list.search('muenchen');
    expect(await list.titles()).to.deep.equal([]);
    list.search('munchen');
    expect(await list.titles()).to.deep.equal(['Support Specialist']);
    list.search('PÀRIS');
    expect(await list.titles()).to.deep.equal(['Développeur Frontend']);
  });

  it('announces the count politely and says when nothing matches', async () => {
    const live = list.announcer();
    expect(live.textContent!.trim()).to.equal('6 jobs');
    list.search('astronaut');
    await list.updated();
    expect(list.count()).to.equal('No jobs match');
    await waitUntil(() => live.textContent!.trim() === 'No jobs match', 'the count was not announced');
    expect(list.announcer() === live, 'the live region was replaced').to.equal(true);
    expect(list.part('no-results').textContent).to.contain('No jobs match your search');
    await expect(list.element).to.be.accessible();
  });

  it('builds filters from the data, with counts, and combines several values', async () => {
    const groups = list.parts('filter-group');
    expect(groups.map((g) => g.querySelector('button')!.textContent!.trim())).to.deep.equal([
      'Department',
      'Location',
      'Employment type',
      'Remote',
    ]);
    const department = groups[0]!;
    expect(department.querySelector('fieldset legend')!.textContent).to.equal('Department');
    // A pop-over's values and counts are there once it is open.
    expect(department.querySelectorAll('label')).to.have.length(0);
    await list.openFilter('Department');
    const options = [...department.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(options).to.deep.equal(['Customer Success (1)', 'Design (1)', 'Engineering (3)']);

    await list.toggle('Department', 'Engineering');
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    await list.toggle('Department', 'Design');
    expect(await list.titles()).to.have.length(4);
    await list.toggle('Location', 'Berlin');
    expect(await list.titles()).to.deep.equal(['Product Designer', 'Backend Engineer']);
    await list.toggle('Remote', 'Remote');
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    expect(list.count()).to.equal('1 job');
    expect(department.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Department 2 selected');
    await expect(list.element).to.be.accessible();
  });

  it('filters by employment type, and a search narrows the counts', async () => {
    await list.toggle('Employment type', 'Part-time');
    expect(await list.titles()).to.deep.equal(['Product Designer', 'Support Specialist']);
    list.search('berlin');
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    const type = list.parts('filter-group')[2]!;
    const fullTime = [...type.querySelectorAll('label')].find((l) => l.textContent!.includes('Full-time'))!;
    expect(fullTime.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Full-time (2)');
  });

  it('clears search and every filter with one control, then focuses the search box', async () => {
    expect(list.has('clear')).to.equal(false);
    list.search('engineer');
    await list.toggle('Location', 'Berlin');
    await list.updated();
    expect(await list.titles()).to.deep.equal(['Backend Engineer']);
    list.clear();
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
    expect(list.searchBox().value).to.equal('');
    expect(list.parts<HTMLInputElement>('filter-checkbox').some((box) => box.checked)).to.equal(false);
    await waitUntil(() => deepActiveElement() === list.part('search'));
  });

  it('is usable with the keyboard alone, with a visible focus ring', async () => {
    list.searchBox().focus();
    await sendKeys({ type: 'design' });
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    await sendKeys({ press: 'Tab' });
    const button = list.part('filter-summary');
    expect(deepActiveElement() === button, 'focus is not on the first filter').to.equal(true);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await list.updated();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // With "design" typed, Design is the one department that shows a job: Tab skips the others,
    // which are disabled.
    await sendKeys({ press: 'Tab' });
    const box = deepActiveElement() as HTMLInputElement;
    expect(box.closest('label')!.textContent).to.contain('Design');
    // ' ' rather than 'Space': the one key name both CDP (Chromium) and WebDriver BiDi (Firefox) know.
    await sendKeys({ press: ' ' });
    expect(box.checked).to.equal(true);
    expect(list.count()).to.equal('1 job');
    // Tabbing out of the pop-over closes it, so that it does not cover what gets focus next.
    await sendKeys({ press: 'Tab' });
    await list.updated();
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Location');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Clear all is reachable too, and pressing it resets everything.
    list.part('clear').focus();
    await sendKeys({ press: 'Enter' });
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
  });
});

describe('<job-list>: filter options and announcements', () => {
  let list: JobListHarness;
  beforeEach(async () => {
    resetLocation();
    list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
  });

  /** Each option of a filter as `label: enabled|disabled, checked?`. */
  async function optionStates(facetLabel: string): Promise<string[]> {
    const group = await list.openFilter(facetLabel);
    return [...group.querySelectorAll<HTMLInputElement>('[part~="filter-checkbox"]')].map((box) => {
      const label = box.closest('label')!.querySelector('span')!.textContent!.trim();
      return `${label}: ${box.disabled ? 'disabled' : 'enabled'}${box.checked ? ', checked' : ''}`;
    });
  }

  it('disables options that would show no job, unless they are checked', async () => {
    await list.toggle('Department', 'Design');
    await list.updated();
    expect(await optionStates('Location')).to.deep.equal(['Berlin: enabled', 'London: enabled', 'Munich: disabled', 'Paris: disabled']);

    await list.toggle('Department', 'Design');
    await list.updated();
    await list.toggle('Location', 'Munich');
    list.search('figma');
    await list.updated();
    // The search leaves nothing in Munich: Munich stays checked and can still be unticked.
    expect(await optionStates('Location')).to.deep.equal([
      'Berlin: enabled',
      'London: enabled',
      'Munich: enabled, checked',
      'Paris: disabled',
    ]);
    await expect(list.element).to.be.accessible();
  });

  it('shows the count at once but announces it only once typing pauses, and at once for filters', async () => {
    // The pause is set, not waited out: the test decides when typing has paused.
    const pause = CountAnnouncer.pause;
    try {
      const live = list.announcer();
      expect(live.textContent!.trim()).to.equal('6 jobs');
      // Typing that never pauses long enough.
      CountAnnouncer.pause = 60_000;
      list.search('f');
      await list.updated();
      list.search('fi');
      await list.updated();
      list.search('fig');
      await list.updated();
      expect(list.count()).to.equal('1 job');
      expect(live.textContent!.trim(), 'announced while typing').to.equal('6 jobs');
      // A pause of no time at all: announced in a task after the keystroke's update, not in it.
      CountAnnouncer.pause = 0;
      list.search('figm');
      await list.updated();
      expect(live.textContent!.trim(), 'announced before typing paused').to.equal('6 jobs');
      await waitUntil(() => live.textContent!.trim() === '1 job', 'not announced after a pause');

      // A filter is announced at once, even while a typing pause is still awaited.
      CountAnnouncer.pause = 60_000;
      list.search('');
      await list.updated();
      await list.toggle('Department', 'Engineering');
      await list.updated();
      expect(list.count()).to.equal('3 jobs');
      expect(live.textContent!.trim()).to.equal('3 jobs');
    } finally {
      CountAnnouncer.pause = pause;
    }
  });
});

describe('<job-list>: attributes that choose the controls', () => {
  beforeEach(resetLocation);

  it('hides the search box with no-search and picks filters with `filters`', async () => {
    const list = await listFixture(html`<job-list no-search filters="remote department" .jobs=${await fixtureJobs()}></job-list>`);
    await list.loaded();
    expect(list.has('search')).to.equal(false);
    expect(list.parts('filter-summary').map((s) => s.textContent!.trim())).to.deep.equal(['Remote', 'Department']);
  });

  it('turns every control off, keeping the count', async () => {
    const none = await listFixture(html`<job-list no-search no-filters .jobs=${await fixtureJobs()}></job-list>`);
    await none.loaded();
    expect(none.has('controls')).to.equal(false);
    expect(none.count()).to.equal('6 jobs');
    const empty = await listFixture(html`<job-list no-search filters="" .jobs=${await fixtureJobs()}></job-list>`);
    await empty.loaded();
    expect(empty.has('controls')).to.equal(false);
  });

  it('groups cards under department headings with group-by', async () => {
    const list = await listFixture(
      html`<job-list group-by="department" heading-level="3" .jobs=${await fixtureJobs()}></job-list>`,
    );
    await list.loaded();
    const headings = list.parts('group-heading');
    expect(headings.map((h) => h.textContent!.trim())).to.deep.equal(['Customer Success', 'Design', 'Engineering', 'Other']);
    expect(headings[0]!.localName).to.equal('h3');
    const engineering = list.parts('group')[2]!;
    expect(engineering.getAttribute('aria-labelledby')).to.equal(headings[2]!.id);
    const titles = [...engineering.querySelectorAll<JobCard>('job-card')].map((card) => new JobCardHarness(card).query('h4')!.textContent!.trim());
    expect(titles).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    await expect(list.element).to.be.accessible();
  });

  it('keeps jobs without a department apart from a department named "Other", and last', async () => {
    const jobs = [
      { id: 'a', title: 'In a department called Other', department: 'Other', html: '' },
      { id: 'b', title: 'In no department', html: '' },
      { id: 'c', title: 'In Zoology', department: 'Zoology', html: '' },
      { id: 'd', title: 'In Accounts', department: 'Accounts', html: '' },
    ];
    const list = await listFixture(html`<job-list group-by="department" .jobs=${jobs}></job-list>`);
    await list.loaded();
    const groups = list.parts('group').map((group) => ({
      heading: group.querySelector('[part~="group-heading"]')!.textContent!.trim(),
      ids: [...group.querySelectorAll<HTMLLIElement>('[part~="item"]')].map((item) => item.dataset.jobId),
    }));
    expect(groups).to.deep.equal([
      { heading: 'Accounts', ids: ['d'] },
      { heading: 'Other', ids: ['a'] },
      { heading: 'Zoology', ids: ['c'] },
      { heading: 'Other', ids: ['b'] },
    ]);
    expect(new Set(list.parts('group-heading').map((h) => h.id)).size).to.equal(4);
  });

  it('lets page CSS style the cards through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      job-list.styled::part(card) { border-color: rgb(255, 0, 0); }
      job-list.styled::part(heading) { letter-spacing: 3px; }
      job-list.styled::part(count) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const list = await listFixture(html`<job-list class="styled" .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      const card = list.cards()[0]!;
      expect(getComputedStyle(card.part('card')).borderTopColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(card.part('heading')).letterSpacing).to.equal('3px');
      expect(getComputedStyle(list.part('count')).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('exports every part of the in-place detail, with a detail- prefix, and documents them', async () => {
    // The sources as written (the test server strips comments from what it serves).
    const detailSource = (await readFile({ path: '../../src/components/job-detail/job-detail.ts' }))!;
    const detailParts = [...detailSource.matchAll(/@csspart ([\w-]+)/g)].map((match) => match[1]!);
    expect(detailParts).to.include.members(['detail', 'heading', 'announcement', 'status', 'retry']);
    window.history.replaceState(null, '', '#job=backend-engineer');
    try {
      const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      const exported = list.query('job-detail')!.getAttribute('exportparts')!.split(',').map((p) => p.trim());
      const expected = detailParts.map((name) => (name === 'detail' ? 'detail' : `${name}: detail-${name}`));
      expect([...exported].sort()).to.deep.equal([...expected].sort());
      const listSource = (await readFile({ path: '../../src/components/job-list/job-list.ts' }))!;
      const header = listSource.slice(0, listSource.indexOf('export class JobList'));
      for (const name of detailParts.filter((p) => p !== 'detail')) expect(header).to.contain(`\`detail-${name}\``);
    } finally {
      resetLocation();
    }
  });

  it('exports the in-place detail\'s parts with a detail- prefix', async () => {
    const style = document.createElement('style');
    style.textContent = `job-list.styled::part(detail-heading) { letter-spacing: 4px; }`;
    document.head.append(style);
    window.history.replaceState(null, '', '#job=backend-engineer');
    try {
      const list = await listFixture(html`<job-list class="styled" .jobs=${await fixtureJobs()}></job-list>`);
      await list.loaded();
      // The detail's code loads when a job is first opened.
      await customElements.whenDefined('job-detail');
      const detail = list.detail()!;
      await detail.updated();
      const heading = detail.part('heading');
      expect(heading.textContent!.trim()).to.equal('Backend Engineer');
      expect(getComputedStyle(heading).letterSpacing).to.equal('4px');
    } finally {
      style.remove();
      resetLocation();
    }
  });

  it('keeps working when the jobs change, dropping filter values that no longer exist', async () => {
    const jobs = await fixtureJobs();
    const list = await listFixture(html`<job-list .jobs=${jobs}></job-list>`);
    await list.loaded();
    await list.toggle('Department', 'Design');
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    list.element.jobs = jobs.filter((job) => job.department !== 'Design');
    await aTimeout(0);
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST.filter((title) => title !== 'Product Designer'));
  });
});
