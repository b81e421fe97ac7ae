import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import { CountAnnouncer } from '../../src/components/job-list/count-announcer.js';
import { readFile, sendKeys } from '@web/test-runner-commands';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { JobFeedErrorEvent } from '../../src/events/feed-error.js';
import type { Job } from '../../src/feed/types.js';
import {
  FEED_URL,
  NEWEST_FIRST,
  NOW,
  countText,
  fixtureFeedData,
  fixtureJobs,
  freshUrl,
  loaded,
  part,
  parts,
  resetLocation,
  shownTitles,
  stubFetch,
  openFilter,
  toggleFilter,
  typeInto,
  visibleCards,
  deepActiveElement,
} from './job-list-helpers.js';

describe('<job-list>: loading a feed', () => {
  beforeEach(resetLocation);

  it('shows one card per job, newest first, with the feed\'s text', async () => {
    const list = await fixture<JobList>(html`<job-list src=${FEED_URL} .now=${NOW}></job-list>`);
    await loaded(list);
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
    expect(countText(list)).to.equal('6 jobs');
    const first = visibleCards(list)[0]!;
    expect(first.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('2 days ago');
    expect(part(list, 'list')!.getAttribute('role')).to.equal('list');
    expect(parts(list, 'item').every((item) => item.localName === 'li')).to.equal(true);
    await expect(list).to.be.accessible();
  });

  it('takes jobs from the `jobs` property without fetching, and drops invalid entries', async () => {
    const fetchStub = stubFetch();
    try {
      const jobs = [...(await fixtureJobs()), { id: 'no-title' }] as Job[];
      const warning = new Promise<Event>((resolve) => document.addEventListener('job-feed-warning', resolve, { once: true }));
      const list = await fixture<JobList>(html`<job-list src="/never.json" .jobs=${jobs}></job-list>`);
      await loaded(list);
      expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
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
      const list = await fixture<JobList>(html`<job-list src=${url}></job-list>`);
      const base = part(list, 'base')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(parts(list, 'skeleton')).to.have.length(3);
      expect(base.getBoundingClientRect().height).to.be.greaterThan(250);
      expect(countText(list)).to.equal('Loading jobs…');
      await expect(list).to.be.accessible();
      fetchStub.respond(url, await fixtureFeedData());
      await loaded(list);
      expect(base.getAttribute('aria-busy')).to.equal('false');
      expect(parts(list, 'skeleton')).to.have.length(0);
    } finally {
      fetchStub.restore();
    }
  });

  it('says what failed, fires job-feed-error and loads again on Retry', async () => {
    const fetchStub = stubFetch();
    try {
      const url = freshUrl();
      const list = await fixture<JobList>(html`<job-list src=${url}></job-list>`);
      const failed = oneEvent(list, 'job-feed-error') as Promise<JobFeedErrorEvent>;
      fetchStub.respond(url, 'Not here', 404);
      expect((await failed).error.kind).to.equal('http');
      await loaded(list);
      const error = part(list, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The jobs could not be loaded.');
      expect(error.textContent).to.contain('404');
      await expect(list).to.be.accessible();

      part<HTMLButtonElement>(list, 'retry')!.click();
      await list.updateComplete;
      expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
      fetchStub.respond(url, await fixtureFeedData());
      await loaded(list);
      expect(await shownTitles(list)).to.have.length(6);
      // The Retry button is gone: focus goes to the search box rather than to the page.
      await waitUntil(() => deepActiveElement() === part(list, 'search'));
    } finally {
      fetchStub.restore();
    }
  });

  it('names a response that is not JSON and one that is not a feed', async () => {
    const fetchStub = stubFetch();
    try {
      const html1 = freshUrl();
      const other = freshUrl();
      const a = await fixture<JobList>(html`<job-list src=${html1}></job-list>`);
      const b = await fixture<JobList>(html`<job-list src=${other}></job-list>`);
      fetchStub.respond(html1, '<!doctype html><p>Login</p>');
      fetchStub.respond(other, { items: [] });
      await loaded(a);
      await loaded(b);
      expect(part(a, 'error')!.textContent).to.contain('The server did not send JSON.');
      expect(part(b, 'error')!.textContent).to.contain('The response is not a job feed.');
    } finally {
      fetchStub.restore();
    }
  });

  it('shows a default message for an empty feed, which the no-jobs slot replaces', async () => {
    const plain = await fixture<JobList>(html`<job-list .jobs=${[]}></job-list>`);
    await loaded(plain);
    expect(part(plain, 'empty')!.textContent!.trim()).to.equal('There are no open positions right now.');
    await expect(plain).to.be.accessible();

    const custom = await fixture<JobList>(
      html`<job-list .jobs=${[]}><p slot="no-jobs">We are not hiring, but write to us.</p></job-list>`,
    );
    await loaded(custom);
    const slot = part(custom, 'empty')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['We are not hiring, but write to us.']);
  });

  it('shows the list-header slot above the controls', async () => {
    const list = await fixture<JobList>(html`<job-list .jobs=${await fixtureJobs()}><h2 slot="list-header">Open roles</h2></job-list>`);
    await loaded(list);
    const header = part(list, 'header')!;
    expect(header.hidden).to.equal(false);
    expect(header.getBoundingClientRect().bottom).to.be.at.most(part(list, 'search')!.getBoundingClientRect().top);
  });
});

describe('<job-list>: finding a job', () => {
  let list: JobList;
  beforeEach(async () => {
    resetLocation();
    list = await fixture<JobList>(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await loaded(list);
  });

  it('searches title, summary, location, department and tags as one types', async () => {
    const search = part<HTMLInputElement>(list, 'search')!;
    expect(search.labels![0]!.textContent!.trim()).to.equal('Search jobs');
    typeInto(search, 'figma');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    typeInto(search, 'london');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer', 'Data Intern']);
    typeInto(search, 'customer success');
    expect(await shownTitles(list)).to.deep.equal(['Support Specialist']);
    typeInto(search, 'booking');
    expect(await shownTitles(list)).to.deep.equal(['Backend Engineer']);
    expect(countText(list)).to.equal('1 job');
  });

  it('ignores case and diacritics, both ways', async () => {
    const search = part<HTMLInputElement>(list, 'search')!;
    typeInto(search, 'DEVELOPPEUR');
    expect(await shownTitles(list)).to.deep.equal(['Développeur Frontend']);
    typeInto(search, 'muenchen');
    expect(await shownTitles(list)).to.deep.equal([]);
    typeInto(search, 'munchen');
    expect(await shownTitles(list)).to.deep.equal(['Support Specialist']);
    typeInto(search, 'PÀRIS');
    expect(await shownTitles(list)).to.deep.equal(['Développeur Frontend']);
  });

  it('announces the count politely and says when nothing matches', async () => {
    const live = list.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.textContent!.trim()).to.equal('6 jobs');
    typeInto(part<HTMLInputElement>(list, 'search')!, 'astronaut');
    await list.updateComplete;
    expect(countText(list)).to.equal('No jobs match');
    await waitUntil(() => live.textContent!.trim() === 'No jobs match', 'the count was not announced');
    expect(list.shadowRoot!.querySelector('[role="status"]')).to.equal(live);
    expect(part(list, 'no-results')!.textContent).to.contain('No jobs match your search');
    await expect(list).to.be.accessible();
  });

  it('builds filters from the data, with counts, and combines several values', async () => {
    const groups = parts(list, 'filter-group');
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
    await openFilter(list, 'Department');
    const options = [...department.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(options).to.deep.equal(['Customer Success (1)', 'Design (1)', 'Engineering (3)']);

    await toggleFilter(list, 'Department', 'Engineering');
    expect(await shownTitles(list)).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    await toggleFilter(list, 'Department', 'Design');
    expect(await shownTitles(list)).to.have.length(4);
    await toggleFilter(list, 'Location', 'Berlin');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer', 'Backend Engineer']);
    await toggleFilter(list, 'Remote', 'Remote');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    expect(countText(list)).to.equal('1 job');
    expect(department.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Department 2 selected');
    await expect(list).to.be.accessible();
  });

  it('filters by employment type, and a search narrows the counts', async () => {
    await toggleFilter(list, 'Employment type', 'Part-time');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer', 'Support Specialist']);
    typeInto(part<HTMLInputElement>(list, 'search')!, 'berlin');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    const type = parts(list, 'filter-group')[2]!;
    const fullTime = [...type.querySelectorAll('label')].find((l) => l.textContent!.includes('Full-time'))!;
    expect(fullTime.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Full-time (2)');
  });

  it('clears search and every filter with one control, then focuses the search box', async () => {
    expect(part(list, 'clear')).to.equal(null);
    typeInto(part<HTMLInputElement>(list, 'search')!, 'engineer');
    await toggleFilter(list, 'Location', 'Berlin');
    await list.updateComplete;
    expect(await shownTitles(list)).to.deep.equal(['Backend Engineer']);
    part<HTMLButtonElement>(list, 'clear')!.click();
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
    expect(part<HTMLInputElement>(list, 'search')!.value).to.equal('');
    expect(parts<HTMLInputElement>(list, 'filter-checkbox').some((box) => box.checked)).to.equal(false);
    await waitUntil(() => deepActiveElement() === part(list, 'search'));
  });

  it('is usable with the keyboard alone, with a visible focus ring', async () => {
    part(list, 'search')!.focus();
    await sendKeys({ type: 'design' });
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    await sendKeys({ press: 'Tab' });
    const button = part(list, 'filter-summary')!;
    expect(deepActiveElement()).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // With "design" typed, Design is the one department that shows a job: Tab skips the others,
    // which are disabled.
    await sendKeys({ press: 'Tab' });
    const box = deepActiveElement() as HTMLInputElement;
    expect(box.closest('label')!.textContent).to.contain('Design');
    // ' ' rather than 'Space': the one key name both CDP (Chromium) and WebDriver BiDi (Firefox) know.
    await sendKeys({ press: ' ' });
    expect(box.checked).to.equal(true);
    expect(countText(list)).to.equal('1 job');
    // Tabbing out of the pop-over closes it, so that it does not cover what gets focus next.
    await sendKeys({ press: 'Tab' });
    await list.updateComplete;
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Location');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Clear all is reachable too, and pressing it resets everything.
    part(list, 'clear')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST);
  });
});

describe('<job-list>: filter options and announcements', () => {
  let list: JobList;
  beforeEach(async () => {
    resetLocation();
    list = await fixture<JobList>(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
    await loaded(list);
  });

  /** Each option of a filter as `label: enabled|disabled, checked?`. */
  async function optionStates(facetLabel: string): Promise<string[]> {
    const group = await openFilter(list, facetLabel);
    return [...group.querySelectorAll<HTMLInputElement>('[part~="filter-checkbox"]')].map((box) => {
      const label = box.closest('label')!.querySelector('span')!.textContent!.trim();
      return `${label}: ${box.disabled ? 'disabled' : 'enabled'}${box.checked ? ', checked' : ''}`;
    });
  }

  it('disables options that would show no job, unless they are checked', async () => {
    await toggleFilter(list, 'Department', 'Design');
    await list.updateComplete;
    expect(await optionStates('Location')).to.deep.equal(['Berlin: enabled', 'London: enabled', 'Munich: disabled', 'Paris: disabled']);

    await toggleFilter(list, 'Department', 'Design');
    await list.updateComplete;
    await toggleFilter(list, 'Location', 'Munich');
    typeInto(part<HTMLInputElement>(list, 'search')!, 'figma');
    await list.updateComplete;
    // The search leaves nothing in Munich: Munich stays checked and can still be unticked.
    expect(await optionStates('Location')).to.deep.equal([
      'Berlin: enabled',
      'London: enabled',
      'Munich: enabled, checked',
      'Paris: disabled',
    ]);
    await expect(list).to.be.accessible();
  });

  it('shows the count at once but announces it only once typing pauses, and at once for filters', async () => {
    // The pause is set, not waited out: the test decides when typing has paused.
    const pause = CountAnnouncer.pause;
    try {
      const live = list.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.textContent!.trim()).to.equal('6 jobs');
      const search = part<HTMLInputElement>(list, 'search')!;
      // Typing that never pauses long enough.
      CountAnnouncer.pause = 60_000;
      typeInto(search, 'f');
      await list.updateComplete;
      typeInto(search, 'fi');
      await list.updateComplete;
      typeInto(search, 'fig');
      await list.updateComplete;
      expect(countText(list)).to.equal('1 job');
      expect(live.textContent!.trim(), 'announced while typing').to.equal('6 jobs');
      // A pause of no time at all: announced in a task after the keystroke's update, not in it.
      CountAnnouncer.pause = 0;
      typeInto(search, 'figm');
      await list.updateComplete;
      expect(live.textContent!.trim(), 'announced before typing paused').to.equal('6 jobs');
      await waitUntil(() => live.textContent!.trim() === '1 job', 'not announced after a pause');

      // A filter is announced at once, even while a typing pause is still awaited.
      CountAnnouncer.pause = 60_000;
      typeInto(search, '');
      await list.updateComplete;
      await toggleFilter(list, 'Department', 'Engineering');
      await list.updateComplete;
      expect(countText(list)).to.equal('3 jobs');
      expect(live.textContent!.trim()).to.equal('3 jobs');
    } finally {
      CountAnnouncer.pause = pause;
    }
  });
});

describe('<job-list>: attributes that choose the controls', () => {
  beforeEach(resetLocation);

  it('hides the search box with no-search and picks filters with `filters`', async () => {
    const list = await fixture<JobList>(html`<job-list no-search filters="remote department" .jobs=${await fixtureJobs()}></job-list>`);
    await loaded(list);
    expect(part(list, 'search')).to.equal(null);
    expect(parts(list, 'filter-summary').map((s) => s.textContent!.trim())).to.deep.equal(['Remote', 'Department']);
  });

  it('turns every control off, keeping the count', async () => {
    const none = await fixture<JobList>(html`<job-list no-search no-filters .jobs=${await fixtureJobs()}></job-list>`);
    await loaded(none);
    expect(part(none, 'controls')).to.equal(null);
    expect(countText(none)).to.equal('6 jobs');
    const empty = await fixture<JobList>(html`<job-list no-search filters="" .jobs=${await fixtureJobs()}></job-list>`);
    await loaded(empty);
    expect(part(empty, 'controls')).to.equal(null);
  });

  it('groups cards under department headings with group-by', async () => {
    const list = await fixture<JobList>(
      html`<job-list group-by="department" heading-level="3" .jobs=${await fixtureJobs()}></job-list>`,
    );
    await loaded(list);
    const headings = parts(list, 'group-heading');
    expect(headings.map((h) => h.textContent!.trim())).to.deep.equal(['Customer Success', 'Design', 'Engineering', 'Other']);
    expect(headings[0]!.localName).to.equal('h3');
    const engineering = parts(list, 'group')[2]!;
    expect(engineering.getAttribute('aria-labelledby')).to.equal(headings[2]!.id);
    const titles = [...engineering.querySelectorAll('job-card')].map((card) => card.shadowRoot!.querySelector('h4')!.textContent!.trim());
    expect(titles).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    await expect(list).to.be.accessible();
  });

  it('keeps jobs without a department apart from a department named "Other", and last', async () => {
    const jobs = [
      { id: 'a', title: 'In a department called Other', department: 'Other', html: '' },
      { id: 'b', title: 'In no department', html: '' },
      { id: 'c', title: 'In Zoology', department: 'Zoology', html: '' },
      { id: 'd', title: 'In Accounts', department: 'Accounts', html: '' },
    ];
    const list = await fixture<JobList>(html`<job-list group-by="department" .jobs=${jobs}></job-list>`);
    await loaded(list);
    const groups = parts(list, 'group').map((group) => ({
      heading: group.querySelector('[part~="group-heading"]')!.textContent!.trim(),
      ids: [...group.querySelectorAll<HTMLLIElement>('[part~="item"]')].map((item) => item.dataset.jobId),
    }));
    expect(groups).to.deep.equal([
      { heading: 'Accounts', ids: ['d'] },
      { heading: 'Other', ids: ['a'] },
      { heading: 'Zoology', ids: ['c'] },
      { heading: 'Other', ids: ['b'] },
    ]);
    expect(new Set(parts(list, 'group-heading').map((h) => h.id)).size).to.equal(4);
  });

  it('lets page CSS style the cards through exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      job-list.styled::part(card) { border-color: rgb(255, 0, 0); }
      job-list.styled::part(heading) { letter-spacing: 3px; }
      job-list.styled::part(count) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const list = await fixture<JobList>(html`<job-list class="styled" .jobs=${await fixtureJobs()}></job-list>`);
      await loaded(list);
      const card = visibleCards(list)[0]!;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).borderTopColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="heading"]')!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(part(list, 'count')!).textTransform).to.equal('uppercase');
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
      const list = await fixture<JobList>(html`<job-list .jobs=${await fixtureJobs()}></job-list>`);
      await loaded(list);
      const exported = list.shadowRoot!.querySelector('job-detail')!.getAttribute('exportparts')!.split(',').map((p) => p.trim());
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
      const list = await fixture<JobList>(html`<job-list class="styled" .jobs=${await fixtureJobs()}></job-list>`);
      await loaded(list);
      // The detail's code loads when a job is first opened.
      await customElements.whenDefined('job-detail');
      const detail = list.shadowRoot!.querySelector('job-detail')!;
      await detail.updateComplete;
      const heading = detail.shadowRoot!.querySelector('[part~="heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Backend Engineer');
      expect(getComputedStyle(heading).letterSpacing).to.equal('4px');
    } finally {
      style.remove();
      resetLocation();
    }
  });

  it('keeps working when the jobs change, dropping filter values that no longer exist', async () => {
    const jobs = await fixtureJobs();
    const list = await fixture<JobList>(html`<job-list .jobs=${jobs}></job-list>`);
    await loaded(list);
    await toggleFilter(list, 'Department', 'Design');
    expect(await shownTitles(list)).to.deep.equal(['Product Designer']);
    list.jobs = jobs.filter((job) => job.department !== 'Design');
    await aTimeout(0);
    expect(await shownTitles(list)).to.deep.equal(NEWEST_FIRST.filter((title) => title !== 'Product Designer'));
  });
});
