/**
 * Issue 17, section 1: a list's view in the URL (search and filters, shared, restored on reload
 * and by Back/Forward, per list), a site's scope by attribute, and a teaser (`limit`, `all-href`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/job-list/define.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { NEWEST_FIRST, NOW, fixtureJobs, goBack, goForward, listFixture, resetLocation } from './job-list-helpers.js';

const hash = (): string => decodeURIComponent(window.location.hash.replaceAll('+', ' '));

describe('<job-list>: the view in the URL', () => {
  let jobs: Job[];
  beforeEach(async () => {
    resetLocation();
    jobs = await fixtureJobs();
  });
  afterEach(() => resetLocation());

  it('writes the search once typing pauses, replacing the history entry, and a filter as an entry of its own', async () => {
    // An entry of this test's own, marked: typing must keep it (replaceState), not add another.
    window.history.pushState({ testEntry: true }, '', window.location.pathname);
    const list = await listFixture(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    list.search('ber');
    await waitUntil(() => hash() === '#q=ber', 'the search did not reach the URL');
    list.search('berl');
    list.search('berlin');
    await waitUntil(() => hash() === '#q=berlin', 'the search did not reach the URL');
    expect(window.history.state, 'typing kept the entry').to.deep.equal({ testEntry: true });

    await list.toggle('Department', 'Engineering');
    await waitUntil(() => hash() === '#q=berlin&department=Engineering', 'the filter did not reach the URL');
    expect(window.history.state, 'a filter adds an entry').to.equal(null);
    expect(await list.titles()).to.deep.equal(['Backend Engineer']);

    await goBack();
    await waitUntil(async () => (await list.titles()).length === 3, 'Back did not restore the search alone');
    expect(list.searchBox().value).to.equal('berlin');
    expect(window.history.state).to.deep.equal({ testEntry: true });

    await goForward();
    await waitUntil(async () => (await list.titles()).length === 1 && list.count() === '1 job', 'Forward did not restore the filter');
    expect(list.filterButton('Department').textContent).to.contain('1');
  });

  it('shows the view a shared link names, as on a reload', async () => {
    window.history.replaceState(null, '', '#q=e&remote=remote');
    const list = await listFixture(html`<job-list .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Product Designer']);
    expect(list.searchBox().value).to.equal('e');
    expect(list.has('clear')).to.equal(true);
  });

  it('keeps each list of a page to its own keys: an id, else its place on the page', async () => {
    window.history.replaceState(null, '', '#q=designer&1.department=Design&team.q=intern');
    const wrapper = await fixture(html`<div>
      <job-list .jobs=${jobs} .now=${NOW}></job-list>
      <job-list .jobs=${jobs} .now=${NOW}></job-list>
      <job-list id="team" .jobs=${jobs} .now=${NOW}></job-list>
    </div>`);
    const [a, b, c] = JobListHarness.all(wrapper) as [JobListHarness, JobListHarness, JobListHarness];
    for (const list of [a, b, c]) await list.loaded();
    expect(await a.titles()).to.deep.equal(['Product Designer']);
    expect(await b.titles()).to.deep.equal(['Product Designer']);
    expect(b.searchBox().value).to.equal('');
    expect(await c.titles()).to.deep.equal(['Data Intern']);

    c.clear();
    await waitUntil(() => hash() === '#q=designer&1.department=Design', 'Clear all changed the other lists’ keys');
  });

  it('leaves a teaser out of the URL, so the page\'s list keeps the bare keys; a list without a search box applies no q', async () => {
    window.history.replaceState(null, '', '#q=designer&department=Engineering');
    const wrapper = await fixture(html`<div>
      <job-list limit="2" .jobs=${jobs} .now=${NOW}></job-list>
      <job-list no-search .jobs=${jobs} .now=${NOW}></job-list>
    </div>`);
    const [teaser, list] = JobListHarness.all(wrapper) as [JobListHarness, JobListHarness];
    for (const each of [teaser, list]) await each.loaded();
    await list.updated();
    expect(await teaser.titles()).to.deep.equal(NEWEST_FIRST.slice(0, 2));
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);

    // Its keys are the bare ones, and a `q` it cannot show is not written back.
    await list.toggle('Remote', 'Remote');
    await waitUntil(() => hash() === '#department=Engineering&remote=remote', `the list wrote ${hash()}`);
  });

  it('leaves the URL alone with no-url-state', async () => {
    window.history.replaceState(null, '', '#q=designer');
    const list = await listFixture(html`<job-list no-url-state .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST);
    await list.toggle('Department', 'Design');
    await list.updated();
    expect(await list.titles()).to.deep.equal(['Product Designer']);
    expect(window.location.hash).to.equal('#q=designer');
  });
});

describe('<job-list>: a scope by attribute', () => {
  let jobs: Job[];
  beforeEach(async () => {
    resetLocation();
    jobs = await fixtureJobs();
  });
  afterEach(() => resetLocation());

  it('lists and counts only the scope, offers no filter for it and no Clear all, and keeps it out of the URL', async () => {
    const list = await listFixture(html`<job-list department="engineering" .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Développeur Frontend', 'Backend Engineer', 'Data Intern']);
    expect(list.count()).to.equal('3 jobs');
    expect(list.filterButtons().map((button) => button.textContent!.trim())).to.not.include('Department');
    expect(list.find('clear')).to.equal(null);

    await list.toggle('Remote', 'Remote');
    await waitUntil(() => list.count() === '1 job', 'the filter did not narrow the scope');
    expect(hash()).to.equal('#remote=remote');
    list.clear();
    await waitUntil(() => list.count() === '3 jobs', 'Clear all left the scope');
  });

  it('scopes by any facet, together', async () => {
    const list = await listFixture(html`<job-list location="Berlin" type="FULL_TIME" .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(['Product Designer', 'Backend Engineer']);
  });

  it('reads an employment type as the feed writes it or as front matter does', async () => {
    for (const type of ['FULL_TIME', 'full-time', 'Full time']) {
      const list = await listFixture(html`<job-list location="Berlin" type=${type} .jobs=${jobs} .now=${NOW}></job-list>`);
      await list.loaded();
      expect(await list.titles(), type).to.deep.equal(['Product Designer', 'Backend Engineer']);
    }
  });

  it('says in the console, once, when no job of the feed is in its scope, with the values the feed has', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const list = await listFixture(html`<job-list department="Enginering" .jobs=${jobs} .now=${NOW}></job-list>`);
      await list.loaded();
      list.element.query = 'x';
      await list.element.updateComplete;
      // In scope, no warning; without jobs, nothing to say.
      await listFixture(html`<job-list department="Design" .jobs=${jobs} .now=${NOW}></job-list>`);
      await listFixture(html`<job-list department="Design" .jobs=${[]} .now=${NOW}></job-list>`);
      await waitUntil(() => warnings.length > 0, 'no warning');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no job of the feed is in the scope department=enginering').and.to.contain('Engineering').and.to.contain('Design');
  });

  it('does not open a job outside its scope', async () => {
    window.history.replaceState(null, '', '#job=product-designer');
    const list = await listFixture(html`<job-list department="Engineering" .jobs=${jobs} .now=${NOW}></job-list>`);
    await waitUntil(() => list.find('not-found') !== null, 'the job outside the scope was not reported as not found');
  });
});

describe('<job-list>: a teaser', () => {
  let jobs: Job[];
  beforeEach(async () => {
    resetLocation();
    jobs = await fixtureJobs();
  });

  it('shows the newest jobs of its scope and a link to all of them, without search, filters or Show more', async () => {
    const list = await listFixture(html`<job-list limit="2" all-href="/careers/" .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(await list.titles()).to.deep.equal(NEWEST_FIRST.slice(0, 2));
    const link = list.part<HTMLAnchorElement>('all-link');
    expect(link.textContent!.trim()).to.equal('See all 6 open roles');
    expect(new URL(link.href).pathname).to.equal('/careers/');
    expect(list.find('search')).to.equal(null);
    expect(list.filterButtons()).to.have.length(0);
    expect(list.find('more')).to.equal(null);
    await expect(list.element).shadowDom.to.be.accessible();
  });

  it('counts its scope in the link, in the plural the language asks for, and refuses a link the allow-list does not', async () => {
    const list = await listFixture(html`<job-list limit="3" department="Design" all-href="/design/" .jobs=${jobs} .now=${NOW}></job-list>`);
    await list.loaded();
    expect(list.part('all-link').textContent!.trim()).to.equal('See the open role');
    (list.element as JobList).allHref = 'javascript:alert(1)';
    await list.updated();
    expect(list.find('all-link')).to.equal(null);
  });
});
