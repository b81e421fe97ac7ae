import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/job-card/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-list/define.js';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import type { Job } from '../../src/feed/types.js';
import { en } from '../../src/i18n/en.js';
import { LOCALES } from '../../src/i18n/locales/index.js';
import type { Strings } from '../../src/i18n/strings.js';
import { setStrings, tableLoaders } from '../../src/i18n/tables.js';
import { formatSalary } from '../../src/format/format-salary.js';
import { NOW, designerJob, rustJob } from '../fixtures/jobs.js';

// English and every shipped table, loaded before the tests.
const TABLES: Record<string, Strings> = { en };

const shadowPart = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const partText = (el: Element, name: string) => text(shadowPart(el, name));
const digits = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

function makeJobs(count: number): Job[] {
  return Array.from({ length: count }, (_, i) => ({ id: `job-${i}`, title: `Job ${i}`, department: i % 2 ? 'Design' : 'Sales', html: '' }));
}

/** A card, detail or list that has rendered its words (its language's table is in). */
async function rendered<T extends HTMLElement>(el: T, ready: (el: T) => unknown): Promise<T> {
  await waitUntil(() => ready(el), `<${el.localName}> did not render`);
  return el;
}

const cardReady = (card: JobCard) => shadowPart(card, 'heading');
const listReady = (list: JobList) => partText(list, 'count') && shadowPart(list, 'base')!.getAttribute('aria-busy') === 'false';

async function cardIn(lang: string, job: Job = designerJob): Promise<JobCard> {
  const el = await fixture<JobCard>(html`<job-card lang=${lang} .job=${job} .now=${NOW}></job-card>`);
  return rendered(el, cardReady);
}

async function listIn(lang: string, jobs: Job[]): Promise<JobList> {
  const el = await fixture<JobList>(html`<job-list lang=${lang} .jobs=${jobs} .now=${NOW}></job-list>`);
  return rendered(el, listReady);
}

/** Gives the list `count` jobs (or a search that matches none for 0) and returns its count line. */
async function countFor(list: JobList, count: number): Promise<string> {
  list.jobs = makeJobs(Math.max(count, 1));
  list.query = count === 0 ? 'nothing matches this' : '';
  await list.updateComplete;
  return partText(list, 'count')!;
}

describe('languages', () => {
  before(async () => {
    for (const [code, { load }] of Object.entries(LOCALES)) TABLES[code] = (await load()).default;
  });

  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('the tables', () => {
    it('every table has every key of English, with the same placeholders', () => {
      const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort().join(' ');
      for (const [locale, table] of Object.entries(TABLES)) {
        expect(Object.keys(table).sort(), locale).to.deep.equal(Object.keys(en).sort());
        for (const [key, value] of Object.entries(en) as [keyof Strings, Strings[keyof Strings]][]) {
          const translated = table[key];
          if (typeof value === 'string') {
            expect(translated, `${locale}.${key}`).to.be.a('string').and.not.equal('');
            expect(placeholders(translated as string), `${locale}.${key}`).to.equal(placeholders(value));
          } else if ('other' in value) {
            // Plural forms: the locale's own categories, `other` always.
            expect(translated, `${locale}.${key}`).to.have.property('other');
          } else {
            expect(Object.keys(translated).sort(), `${locale}.${key}`).to.deep.equal(Object.keys(value).sort());
            for (const [entry, entryValue] of Object.entries(value)) {
              const own = (translated as Record<string, string>)[entry]!;
              expect(own, `${locale}.${key}.${entry}`).to.not.equal('');
              expect(placeholders(own), `${locale}.${key}.${entry}`).to.equal(placeholders(entryValue as string));
            }
          }
        }
      }
    });

    it('gives every plural form each language has, and keeps the visible number in "selected"', () => {
      for (const [locale, table] of Object.entries(TABLES)) {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const key of ['jobCount', 'showMore', 'selected'] as const) {
          const forms = table[key];
          // Arabic gives all six everywhere; elsewhere a count needs its `one`, and forms that read
          // the same ("Show 1 more") or only serve millions (French `many`) fall back to `other`.
          const needed = locale === 'ar' ? categories : categories.filter((c) => c === 'other' || (key === 'jobCount' && c === 'one'));
          for (const category of needed) expect(forms, `${locale}.${key}.${category}`).to.have.property(category);
          for (const form of Object.values(table.selected)) expect(form, `${locale}.selected`).to.contain('{n}');
        }
      }
      expect(Object.keys(TABLES.ar!.jobCount).sort()).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
    });
  });

  describe('each shipped locale', () => {
    const expected: Record<string, { search: string; count: string; types: string[]; copy: string; apply: string; salaryUnit: RegExp }> = {
      en: { search: 'Search jobs', count: '2 jobs', types: ['Full-time', 'Contract'], copy: 'Copy link', apply: 'Apply', salaryUnit: / \/ year$/ },
      de: { search: 'Stellen suchen', count: '2 Stellen', types: ['Vollzeit', 'Freiberuflich'], copy: 'Link kopieren', apply: 'Bewerben', salaryUnit: / \/ Jahr$/ },
      fr: { search: 'Rechercher des offres', count: '2 offres', types: ['Temps plein', 'Freelance'], copy: 'Copier le lien', apply: 'Postuler', salaryUnit: / \/ an$/ },
      es: { search: 'Buscar ofertas', count: '2 ofertas', types: ['Jornada completa', 'Autónomo'], copy: 'Copiar enlace', apply: 'Solicitar', salaryUnit: / \/ año$/ },
      ja: { search: '求人を検索', count: '2 件の求人', types: ['フルタイム', '業務委託'], copy: 'リンクをコピー', apply: '応募する', salaryUnit: /^給与： 年収 / },
      ar: { search: 'ابحث عن وظائف', count: 'وظيفتان', types: ['دوام كامل', 'تعاقد حر'], copy: 'نسخ الرابط', apply: 'قدّم الآن', salaryUnit: / سنويًا$/ },
    };

    for (const [locale, want] of Object.entries(expected)) {
      it(`${locale}: the list, its cards and the detail speak it`, async () => {
        const table = TABLES[locale]!;
        const list = await listIn(locale, [designerJob, rustJob]);
        expect(text(shadowPart(list, 'search-label'))).to.equal(want.search);
        const filters = [...list.shadowRoot!.querySelectorAll('[part~="filter-summary"]')].map(text);
        expect(filters).to.include(table.filters.type);
        expect(partText(list, 'count')).to.equal(want.count);

        const card = [...list.shadowRoot!.querySelectorAll('job-card')].find((c) => c.job?.id === designerJob.id)!;
        await rendered(card, cardReady);
        // The visually hidden label, then the value, both in the locale.
        const types = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(want.types);
        expect(partText(card, 'type')).to.equal(`${table.employmentType} ${types}`);
        expect(partText(card, 'remote')).to.equal(table.remote);
        expect(partText(card, 'salary')).to.match(want.salaryUnit);
        expect(shadowPart(card, 'tags')!.getAttribute('aria-label')).to.equal(table.tags);

        const detail = await fixture<JobDetail>(html`<job-detail lang=${locale} .job=${designerJob}></job-detail>`);
        await rendered(detail, (d) => shadowPart(d, 'copy-link'));
        expect(partText(detail, 'copy-link')).to.equal(want.copy);
        expect(partText(detail, 'apply')).to.equal(want.apply);
        await expect(list).to.be.accessible();
      });
    }

    it('a job that is applied for by email says so in the locale', async () => {
      const detail = await fixture<JobDetail>(html`<job-detail lang="fr" .job=${rustJob}></job-detail>`);
      await rendered(detail, (d) => shadowPart(d, 'apply'));
      expect(partText(detail, 'apply')).to.equal('Postuler par e-mail');
    });
  });

  describe('counts', () => {
    it('Arabic: zero, one, two, few, many and other', async () => {
      const list = await listIn('ar', makeJobs(1));
      expect(await countFor(list, 0)).to.equal('لا توجد وظائف مطابقة');
      expect(await countFor(list, 1)).to.equal('وظيفة واحدة');
      expect(await countFor(list, 2)).to.equal('وظيفتان');
      expect(await countFor(list, 3)).to.equal(`${digits(3, 'ar')} وظائف`);
      expect(await countFor(list, 11)).to.equal(`${digits(11, 'ar')} وظيفة`);
      expect(await countFor(list, 100)).to.equal(`${digits(100, 'ar')} وظيفة`);
    });

    it('German, French, Spanish and Japanese: one and two; French counts zero as one', async () => {
      const cases: [string, number, string][] = [
        ['de', 1, '1 Stelle'],
        ['de', 2, '2 Stellen'],
        ['de', 0, 'Keine Treffer'],
        ['fr', 1, '1 offre'],
        ['fr', 2, '2 offres'],
        ['fr', 0, '0 offre'],
        ['es', 1, '1 oferta'],
        ['es', 2, '2 ofertas'],
        ['ja', 1, '1 件の求人'],
        ['ja', 2, '2 件の求人'],
        ['en', 1, '1 job'],
        ['en', 2, '2 jobs'],
        ['en', 0, 'No jobs match'],
      ];
      const lists = new Map<string, JobList>();
      for (const [locale, count, want] of cases) {
        if (!lists.has(locale)) lists.set(locale, await listIn(locale, makeJobs(1)));
        expect(await countFor(lists.get(locale)!, count), `${locale} ${count}`).to.equal(want);
      }
    });

    it('says "Show N more (X of Y shown)" and the filter counts in the locale', async () => {
      const list = await listIn('ar', makeJobs(250));
      const more = shadowPart(list, 'more')!;
      expect(text(more)).to.equal(`عرض ${digits(100, 'ar')} وظيفة أخرى (عرض ${digits(100, 'ar')} من ${digits(250, 'ar')})`);
      // Each pop-over counts its values when it opens.
      const counts: (string | undefined)[] = [];
      for (const button of list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="filter-summary"]')) {
        button.click();
        await list.updateComplete;
        counts.push(...[...list.shadowRoot!.querySelectorAll('[part~="filter-options"]:not([hidden]) [part~="filter-count"]')].map(text));
      }
      expect(counts).to.include(`(${digits(125, 'ar')})`);

      const german = await listIn('de', makeJobs(250));
      expect(partText(german, 'more')).to.equal('100 weitere anzeigen (100 von 250 angezeigt)');
    });

    it('says how many values of a filter are selected, in words for screen readers', async () => {
      const list = await listIn('de', makeJobs(4));
      list.selection = { department: ['Design', 'Sales'] };
      await list.updateComplete;
      const button = [...list.shadowRoot!.querySelectorAll('[part~="filter-summary"]')].find((b) => text(b)!.startsWith('Abteilung'));
      expect(text(button)).to.equal('Abteilung 2 ausgewählt');
      // What is seen is the number alone.
      const badge = button!.querySelector('.badge')!.cloneNode(true) as HTMLElement;
      badge.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
      expect(text(badge)).to.equal('2');
    });
  });

  describe('which locale', () => {
    it("follows the element's lang over the page's, and a region falls back to its language", async () => {
      document.documentElement.lang = 'fr';
      const card = await cardIn('de-CH');
      expect(partText(card, 'type')).to.equal('Anstellungsart: Vollzeit, Freiberuflich');
      // Dates and numbers keep the region.
      expect(partText(card, 'salary')).to.contain(digits(60000, 'de-CH'));
    });

    it("follows the page's lang and renders again when it changes", async () => {
      const card = await fixture<JobCard>(html`<job-card .job=${designerJob} .now=${NOW}></job-card>`);
      await rendered(card, cardReady);
      expect(partText(card, 'date')).to.equal('2 weeks ago');
      document.documentElement.lang = 'es';
      await waitUntil(() => partText(card, 'date') === 'hace 2 semanas', 'the card did not follow the page to Spanish');
      expect(partText(card, 'type')).to.equal('Tipo de empleo: Jornada completa y Autónomo');
      document.documentElement.lang = 'en';
      await waitUntil(() => partText(card, 'date') === '2 weeks ago', 'the card did not come back to English');
    });

    it('renders again when the lang of a section of the page around it changes', async () => {
      const section = await fixture<HTMLElement>(html`<section lang="en"><job-card .job=${designerJob} .now=${NOW}></job-card></section>`);
      const card = section.querySelector('job-card')!;
      await rendered(card, cardReady);
      section.lang = 'de';
      await waitUntil(() => partText(card, 'date') === 'vor 2 Wochen', 'the card did not follow its section to German');
    });

    it("renders again when the element's own lang, or its list's, changes", async () => {
      const list = await listIn('en', [designerJob]);
      const card = list.shadowRoot!.querySelector('job-card')!;
      await rendered(card, cardReady);
      list.lang = 'ja';
      await waitUntil(() => text(shadowPart(list, 'search-label')) === '求人を検索', 'the list did not change to Japanese');
      await waitUntil(() => partText(card, 'remote') === 'リモート', 'the card in the list did not change to Japanese');
      card.lang = 'fr';
      await waitUntil(() => partText(card, 'remote') === 'Télétravail', 'the card did not follow its own lang');
    });

    it('falls back to English, dates included, for a language without strings', async () => {
      const card = await cardIn('ko');
      expect(partText(card, 'type')).to.equal('Employment type: Full-time, Contract');
      expect(partText(card, 'date')).to.equal('2 weeks ago');
      const invalid = await cardIn('not a language tag!');
      expect(partText(invalid, 'remote')).to.equal('Remote');
    });

    it('keeps placeholders, not English, until the table arrives, and loads it once for every element', async () => {
      let calls = 0;
      let arrive!: (table: { default: Strings }) => void;
      tableLoaders.set('eo', () => {
        calls++;
        return new Promise((resolve) => (arrive = resolve));
      });
      const wrapper = await fixture(html`<div lang="eo">
        <job-list .jobs=${[designerJob]} .now=${NOW}></job-list>
        <job-card .job=${designerJob} .now=${NOW}></job-card>
      </div>`);
      const list = wrapper.querySelector('job-list')!;
      const card = wrapper.querySelector('job-card')!;
      await list.updateComplete;
      await card.updateComplete;
      expect(shadowPart(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowPart(list, 'skeleton')).to.not.equal(null);
      expect(shadowPart(list, 'search-label')).to.equal(null);
      expect(partText(list, 'count')).to.equal('');
      expect(shadowPart(card, 'card')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(shadowPart(card, 'card'))).to.equal('');
      expect(calls).to.equal(1);

      arrive({ default: { ...en, searchLabel: 'Serĉi laborojn', remote: 'Fore' } });
      await rendered(list, listReady);
      expect(text(shadowPart(list, 'search-label'))).to.equal('Serĉi laborojn');
      await rendered(card, cardReady);
      expect(partText(card, 'remote')).to.equal('Fore');
      expect(calls).to.equal(1);
    });

    it('keeps its words, and focus, while the language it changes to loads', async () => {
      let arrive!: (table: { default: Strings }) => void;
      tableLoaders.set('ia', () => new Promise((resolve) => (arrive = resolve)));
      const list = await listIn('en', [designerJob]);
      const search = shadowPart(list, 'search') as HTMLInputElement;
      search.focus();
      list.lang = 'ia';
      await waitUntil(() => arrive !== undefined, 'the table was not requested');
      await list.updateComplete;
      expect(text(shadowPart(list, 'search-label'))).to.equal('Search jobs');
      expect(shadowPart(list, 'skeleton')).to.equal(null);
      arrive({ default: { ...en, searchLabel: 'Cercar empleos' } });
      await waitUntil(() => text(shadowPart(list, 'search-label')) === 'Cercar empleos', 'the new words did not come');
      expect(list.shadowRoot!.activeElement).to.equal(search);
    });

    it('shows English when a table fails to load', async () => {
      tableLoaders.set('tlh', () => Promise.reject(new Error('offline')));
      const card = await cardIn('tlh');
      expect(partText(card, 'type')).to.equal('Employment type: Full-time, Contract');
    });
  });

  describe('dates, numbers and errors', () => {
    it('formats relative and absolute dates and salaries in the locale', async () => {
      const card = await cardIn('de');
      expect(partText(card, 'date')).to.equal('vor 2 Wochen');
      expect(shadowPart(card, 'date')!.title).to.equal('20. Februar 2026');
      expect(partText(card, 'salary')).to.match(/^Gehalt: 60\.000\s?–\s?80\.000\s€ \/ Jahr$/);

      const japanese = await cardIn('ja');
      expect(partText(japanese, 'date')).to.equal('2 週間前');
      expect(partText(japanese, 'salary')).to.match(/^給与： 年収 €60,000\s?[–～~-]\s?€80,000$/);

      const detail = await fixture<JobDetail>(html`<job-detail lang="fr" .job=${designerJob}></job-detail>`);
      await rendered(detail, (d) => shadowPart(d, 'date'));
      expect(partText(detail, 'date')).to.equal('20 février 2026');
    });

    it('gives the headline of a failed load in the locale, the loader details after it', async () => {
      const list = await fixture<JobList>(html`<job-list lang="fr" src="data:text/plain,not json"></job-list>`);
      await waitUntil(() => shadowPart(list, 'error'), 'no error shown');
      const error = shadowPart(list, 'error')!;
      expect(text(error.querySelector('p'))).to.equal('Les offres n’ont pas pu être chargées. Le serveur n’a pas envoyé de JSON.');
      expect(partText(list, 'retry')).to.equal('Réessayer');

      const card = await fixture<JobCard>(html`<job-card lang="es" src="data:text/plain,not json" job-id="x"></job-card>`);
      await waitUntil(() => shadowPart(card, 'status'), 'no error shown');
      expect(partText(card, 'status')).to.match(/^No se pudo cargar la oferta\. .+Reintentar$/);
    });
  });

  describe('overrides', () => {
    it("an element's strings win, merged form by form over its language's", async () => {
      const list = await fixture<JobList>(
        html`<job-list .jobs=${makeJobs(3)} .strings=${{ searchLabel: 'Find a role', jobCount: { other: '{n} roles' } }}></job-list>`,
      );
      await rendered(list, listReady);
      expect(text(shadowPart(list, 'search-label'))).to.equal('Find a role');
      expect(partText(list, 'count')).to.equal('3 roles');
      // The forms not given stay the table's.
      expect(await countFor(list, 0)).to.equal('No jobs match');

      const card = await fixture<JobCard>(html`<job-card .job=${designerJob} .strings=${{ employmentTypes: { FULL_TIME: 'Permanent' } }}></job-card>`);
      await rendered(card, cardReady);
      expect(partText(card, 'type')).to.equal('Employment type: Permanent, Contract');
    });

    it('setStrings changes a locale, or a region only, and elements already shown follow', async () => {
      const swiss = await listIn('de-CH', [designerJob]);
      const german = await listIn('de', [designerJob]);
      setStrings('de-ch', { searchLabel: 'Stellen finden' });
      await waitUntil(() => text(shadowPart(swiss, 'search-label')) === 'Stellen finden', 'the Swiss list did not change');
      expect(text(shadowPart(german, 'search-label'))).to.equal('Stellen suchen');
      expect(partText(swiss, 'count')).to.equal('1 Stelle');

      setStrings('de', { jobCount: { one: '{n} Angebot' } });
      await waitUntil(() => partText(german, 'count') === '1 Angebot', 'the German list did not change');
      expect(partText(swiss, 'count')).to.equal('1 Angebot');
    });

    it('setStrings adds a language, over English', async () => {
      setStrings('pt', { searchLabel: 'Pesquisar vagas' });
      const list = await listIn('pt-BR', [designerJob]);
      expect(text(shadowPart(list, 'search-label'))).to.equal('Pesquisar vagas');
      expect(partText(list, 'count')).to.equal('1 job');
      const card = list.shadowRoot!.querySelector('job-card')!;
      await rendered(card, cardReady);
      // Its dates are Portuguese: the app said it has strings for it.
      expect(partText(card, 'date')).to.equal('há 2 semanas');
    });
  });
});

describe('formatSalary', () => {
  it('formats the same salary again when the language or the words change (it keeps the last text)', async () => {
    const de = (await LOCALES.de!.load()).default;
    const salary = { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' } as const;
    const english = formatSalary(salary, 'en', en);
    expect(formatSalary(salary, 'de', de)).to.not.equal(english);
    const own: Strings = { ...en, salaryUnits: { ...en.salaryUnits, YEAR: '{amount} a year' } };
    expect(formatSalary(salary, 'en', own)).to.match(/ a year$/);
    expect(formatSalary(salary, 'en', en)).to.equal(english);
  });
});
