import { expect } from '@open-wc/testing';
import { foldText, matchesTerms, queryTerms } from '../../src/components/job-list/search.js';
import { hashWithJob, jobIdFromHash } from '../../src/components/job-list/url-state.js';
import { buildFacets } from '../../src/components/job-list/facet-options.js';
import { parseFacetNames } from '../../src/components/job-list/filters.js';
import { countText, decideView, matchJobs, memoize } from '../../src/components/job-list/list-view.js';
import { en } from '../../src/i18n/en.js';
import { fixtureJobs } from './job-list-helpers.js';

describe('<job-list> modules', () => {
  it('folds case, diacritics, ligatures and special letters', () => {
    expect(foldText('Développeur')).to.equal('developpeur');
    expect(foldText('İSTANBUL Straße Øresund ﬁnance Łódź')).to.equal('istanbul strasse oresund finance lodz');
    expect(queryTerms('  Dév   Paris ')).to.deep.equal(['dev', 'paris']);
    const job = { id: 'x', title: 'Ingénieure', locations: ['Zürich'], html: '' };
    expect(matchesTerms(job, queryTerms('ingenieure zurich'))).to.equal(true);
    expect(matchesTerms(job, queryTerms('ingenieure berlin'))).to.equal(false);
  });

  it('keeps other fragment values and replaces a plain anchor', () => {
    expect(hashWithJob('', 'a')).to.equal('#job=a');
    expect(hashWithJob('#tab=2', 'a b')).to.equal('#tab=2&job=a+b');
    expect(jobIdFromHash('#tab=2&job=a+b')).to.equal('a b');
    expect(hashWithJob('#team', 'a')).to.equal('#job=a');
    expect(hashWithJob('#tab=2&job=a', undefined)).to.equal('#tab=2');
    expect(hashWithJob('#job=a', undefined)).to.equal('');
    expect(jobIdFromHash('#team')).to.equal(undefined);
  });

  it('reads the filters attribute and leaves out facets that cannot narrow', async () => {
    expect(parseFacetNames(null)).to.deep.equal(['department', 'location', 'type', 'remote']);
    expect(parseFacetNames('remote, bogus department')).to.deep.equal(['remote', 'department']);
    expect(parseFacetNames('')).to.deep.equal([]);
    const jobs = (await fixtureJobs()).map((job) => ({ ...job, department: 'Same' }));
    const facets = buildFacets(['department', 'remote'], jobs, jobs, {}, 'en', en);
    expect(facets.map((f) => f.name)).to.deep.equal(['remote']);
    expect(facets[0]!.options.map((o) => `${o.label} ${o.count}`)).to.deep.equal(['Remote 2', 'On-site 2']);
  });

  it('decides the view, the matches and the count from state alone', async () => {
    const none = () => undefined;
    const isClosed = (id: string) => id === 'gone';
    expect(decideView(false, 'complete', none, isClosed, 3)).to.equal('loading');
    expect(decideView(true, 'idle', none, isClosed, 0)).to.equal('loading');
    expect(decideView(true, 'error', none, isClosed, 0)).to.equal('error');
    expect(decideView(true, 'complete', none, isClosed, 0)).to.equal('empty');
    expect(decideView(true, 'complete', () => ({ id: 'a', found: true }), isClosed, 3)).to.equal('detail:a');
    expect(decideView(true, 'complete', () => ({ id: 'gone', found: true }), isClosed, 3)).to.equal('closed:gone');
    expect(decideView(true, 'complete', () => ({ id: 'b', found: false }), isClosed, 3)).to.equal('not-found');
    const jobs = await fixtureJobs();
    const { searched, shown } = matchJobs(jobs, 'london', { department: ['Design'] });
    expect(searched.map((job) => job.title)).to.have.members(['Product Designer', 'Data Intern']);
    expect(shown.map((job) => job.title)).to.deep.equal(['Product Designer']);
    expect(matchJobs(jobs, '', {}).shown).to.equal(jobs);
    expect(countText('list', 1, true, en, 'en')).to.equal('1 job');
    expect(countText('loading', undefined, false, en, 'en')).to.equal('');
    let calls = 0;
    const twice = memoize((n: number) => (calls++, n * 2));
    expect([twice(2), twice(2), twice(3)]).to.deep.equal([4, 4, 6]);
    expect(calls).to.equal(2);
  });
});
