/**
 * The JobPosting builder against Google's job posting guidelines: the fields Google requires are
 * always there or there is no JobPosting, the recommended ones are there when the job states
 * them, and nothing is guessed (no salary without a currency and a period, no address for a
 * location that does not read as one). Pure code, run in the browser runner.
 */
import { expect } from '@open-wc/testing';
import type { Job, Organization } from '../../src/feed/types.js';
import { jobPostingLd, jsonLdScriptText, type JobPostingLd } from '../../src/seo/job-posting.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const ORGANIZATION: Organization = { name: 'Kestrelmoor', url: 'https://kestrelmoor.example', logo: 'https://kestrelmoor.example/logo.png' };

const fullJob: Job = {
  id: 'platform-engineer',
  title: 'Platform Engineer',
  summary: 'Run the platform.',
  locations: ['Berlin, Germany', 'London, UK'],
  employmentType: ['FULL_TIME', 'CONTRACTOR'],
  salary: { text: '€60,000 – €80,000 a year', min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' },
  applyUrl: 'https://kestrelmoor.example/apply/platform-engineer',
  datePosted: '2026-03-01',
  validThrough: '2026-04-30',
  html: '<p>Raw body, not used</p>',
};

const build = (job: Partial<Job>, options: Parameters<typeof jobPostingLd>[1] = {}) =>
  jobPostingLd({ ...fullJob, ...job }, { organization: ORGANIZATION, now: NOW, descriptionHtml: '<p>The body.</p>', ...options });

/** What Google's guidelines say is missing: its required properties, then its recommended ones. */
function missingForGoogle(ld: JobPostingLd): { required: string[]; recommended: string[] } {
  const required = ['title', 'description', 'datePosted', 'hiringOrganization'].filter((field) => !(field in ld));
  if (!ld.hiringOrganization?.name) required.push('hiringOrganization.name');
  const remote = ld.jobLocationType === 'TELECOMMUTE' && ld.applicantLocationRequirements !== undefined;
  if (!ld.jobLocation && !remote) required.push('jobLocation');
  for (const place of [ld.jobLocation ?? []].flat()) {
    const { addressCountry, addressLocality } = place.address;
    const country = addressCountry === undefined || /^[A-Z]{2}$/.test(addressCountry);
    if (place['@type'] !== 'Place' || place.address['@type'] !== 'PostalAddress' || !country || !(addressCountry || addressLocality)) {
      required.push('jobLocation.address');
    }
  }
  const recommended = ['baseSalary', 'employmentType', 'identifier', 'validThrough', 'directApply'].filter((field) => !(field in ld));
  return { required, recommended };
}

describe('jobPostingLd', () => {
  it('writes a full posting with every required and recommended field', () => {
    const ld = build({}, { url: 'https://kestrelmoor.example/jobs/platform-engineer' })!;
    expect(missingForGoogle(ld)).to.deep.equal({ required: [], recommended: [] });
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Platform Engineer',
      description: '<p>The body.</p>',
      datePosted: '2026-03-01',
      validThrough: '2026-04-30',
      employmentType: ['FULL_TIME', 'CONTRACTOR'],
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Kestrelmoor',
        sameAs: 'https://kestrelmoor.example',
        logo: 'https://kestrelmoor.example/logo.png',
      },
      jobLocation: [
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'London', addressCountry: 'GB' } },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 80000, unitText: 'YEAR' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Kestrelmoor', value: 'platform-engineer' },
      directApply: true,
      url: 'https://kestrelmoor.example/jobs/platform-engineer',
    });
  });

  it('writes no baseSalary for a posting without a salary, or with words only', () => {
    for (const salary of [undefined, { text: 'Competitive' }]) {
      const ld = build({ salary })!;
      expect(ld, JSON.stringify(salary)).to.not.have.property('baseSalary');
      expect(missingForGoogle(ld).required).to.deep.equal([]);
    }
  });

  it('writes no baseSalary for a salary that was not read unambiguously', () => {
    const ambiguous = [
      { text: '$60k - $80k', min: 60000, max: 80000, unit: 'YEAR' as const }, // which dollar?
      { text: '€60k - €80k', min: 60000, max: 80000, currency: 'EUR' }, // a year? a month?
      { min: 80000, max: 60000, currency: 'EUR', unit: 'YEAR' as const },
      { min: -5, currency: 'EUR', unit: 'YEAR' as const },
      { min: 60000, currency: 'euro', unit: 'YEAR' as const },
      { text: 'Competitive', currency: 'EUR', unit: 'YEAR' as const },
    ];
    for (const salary of ambiguous) expect(build({ salary }), JSON.stringify(salary)).to.not.have.property('baseSalary');
  });

  it('writes an exact salary as value, and "from" or "up to" as one bound', () => {
    expect(build({ salary: { min: 25, max: 25, currency: 'GBP', unit: 'HOUR' } })!.baseSalary!.value).to.deep.equal({
      '@type': 'QuantitativeValue',
      value: 25,
      unitText: 'HOUR',
    });
    expect(build({ salary: { min: 4000, currency: 'CHF', unit: 'MONTH' } })!.baseSalary!.value).to.deep.equal({
      '@type': 'QuantitativeValue',
      minValue: 4000,
      unitText: 'MONTH',
    });
    expect(build({ salary: { max: 500, currency: 'USD', unit: 'DAY' } })!.baseSalary!.value).to.deep.equal({
      '@type': 'QuantitativeValue',
      maxValue: 500,
      unitText: 'DAY',
    });
  });

  it('writes a remote-only posting as TELECOMMUTE with the countries applicants may live in, and no jobLocation', () => {
    const ld = build({ locations: ['Remote (Germany)', 'Austria', 'Remote - California, USA'], remote: true })!;
    expect(missingForGoogle(ld).required).to.deep.equal([]);
    expect(ld).to.not.have.property('jobLocation');
    expect(ld.jobLocationType).to.equal('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).to.deep.equal([
      { '@type': 'Country', name: 'Germany' },
      { '@type': 'Country', name: 'Austria' },
      { '@type': 'AdministrativeArea', name: 'California, USA' },
    ]);
  });

  it('takes a location marked remote as remote even without the remote flag', () => {
    const ld = build({ locations: ['Spain (remote)'], remote: undefined })!;
    expect(ld.jobLocationType).to.equal('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).to.deep.equal({ '@type': 'Country', name: 'Spain' });
  });

  it('keeps an office of a remote job as its jobLocation', () => {
    const ld = build({ locations: ['Berlin, Germany', 'Remote (Spain)'], remote: true })!;
    expect(ld.jobLocation).to.deep.equal({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' },
    });
    expect(ld.jobLocationType).to.equal('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).to.deep.equal({ '@type': 'Country', name: 'Spain' });
  });

  it('writes nothing for an expired job, judged by the end of its last day', () => {
    expect(build({ validThrough: '2026-03-09' })).to.equal(undefined);
    expect(build({ validThrough: '2026-03-10T11:59:00.000Z' })).to.equal(undefined);
    // A date-only validThrough lasts its whole day wherever the reader is.
    expect(build({ validThrough: '2026-03-10' }, { now: new Date('2026-03-11T06:00:00.000Z') })).to.not.equal(undefined);
    expect(build({ validThrough: undefined })).to.not.have.property('validThrough');
  });

  it('writes nothing when a field Google requires is missing', () => {
    expect(build({}, { organization: undefined }), 'no organization').to.equal(undefined);
    expect(build({}, { organization: { name: '  ' } }), 'no organization name').to.equal(undefined);
    expect(build({}, { organization: { name: 42 } as unknown as Organization }), 'a name that is no text').to.equal(undefined);
    expect(build({ datePosted: undefined }), 'no datePosted').to.equal(undefined);
    expect(build({ datePosted: 'March 1, 2026' }), 'datePosted not ISO 8601').to.equal(undefined);
    expect(build({ title: '  ' }), 'no title').to.equal(undefined);
    expect(build({ summary: undefined }, { descriptionHtml: undefined }), 'no description').to.equal(undefined);
    expect(build({ locations: undefined }), 'no location').to.equal(undefined);
    expect(build({ locations: ['Remote'], remote: true }), 'remote from nowhere in particular').to.equal(undefined);
    expect(build({ locations: ['Remote (EU)'], remote: true }), 'remote from a region that is no country').to.equal(undefined);
  });

  it('maps a location to an address only when its shape says which part is what', () => {
    const address = (location: string, lang?: string) => {
      const ld = build({ locations: [location], ...(lang ? { lang } : {}) });
      return ld && [ld.jobLocation].flat()[0]?.address;
    };
    expect(address('Australia')).to.deep.equal({ '@type': 'PostalAddress', addressCountry: 'AU' });
    expect(address('San Francisco, CA, USA')).to.deep.equal({
      '@type': 'PostalAddress',
      addressLocality: 'San Francisco',
      addressRegion: 'CA',
      addressCountry: 'US',
    });
    expect(address('München, Deutschland', 'de')).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'München', addressCountry: 'DE' });
    // A place name alone is the locality, with no country guessed for it.
    expect(address('Berlin')).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'Berlin' });
    expect(address('São Paulo')).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'São Paulo' });
    expect(address('東京')).to.deep.equal({ '@type': 'PostalAddress', addressLocality: '東京' });
    expect(address('دبي')).to.deep.equal({ '@type': 'PostalAddress', addressLocality: 'دبي' });
    // A state abbreviation, a state that is also a country, a postal code, regions, abbreviations.
    for (const location of ['Portland, OR', 'Atlanta, Georgia', '10115 Berlin, Germany', 'EMEA', 'NYC', 'Europe', 'Berlin (Hybrid)']) {
      expect(address(location), location).to.equal(undefined);
    }
  });

  it('applies directly when the Apply link opens a web application, not by email', () => {
    expect(build({})!.directApply).to.equal(true);
    expect(build({ applyUrl: undefined, contact: 'jobs@kestrelmoor.example' })!.directApply).to.equal(false);
    expect(build({ applyUrl: 'mailto:jobs@kestrelmoor.example' })!.directApply).to.equal(false);
    expect(build({ applyUrl: 'javascript:alert(1)' })!.directApply).to.equal(false);
    expect(build({ applyUrl: undefined })!.directApply).to.equal(false);
  });

  it('writes only absolute web URLs for the organization and the page', () => {
    const ld = build({}, { organization: { name: 'Acme', url: '/about', logo: 'javascript:alert(1)' }, url: 'data:text/html,x' })!;
    expect(ld.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Acme' });
    expect(ld.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Acme', value: 'platform-engineer' });
    expect(ld).to.not.have.property('url');
  });

  it('falls back to the summary, as HTML text, without a body', () => {
    expect(build({ summary: 'Fast <b>& safe</b>' }, { descriptionHtml: ' ' })!.description).to.equal('Fast &lt;b&gt;&amp; safe&lt;/b&gt;');
  });
});

describe('jsonLdScriptText', () => {
  it('cannot close its script element or break a JavaScript parser', () => {
    const ld = build({ title: 'Engineer </script><script>alert(1)</script>' }, { descriptionHtml: '<p>a\u2028b\u2029c & d <!-- e --></p>' })!;
    const text = jsonLdScriptText(ld);
    expect(text).to.not.match(/[<>&\u2028\u2029]/);
    expect(text).to.include('\\u003c/script\\u003e');
    expect(JSON.parse(text)).to.deep.equal(ld);
    // As the static pages will write it: one script, whose text is the JSON, and the page goes on.
    const page = new DOMParser().parseFromString(`<script type="application/ld+json">${text}</script><p id="after">after</p>`, 'text/html');
    expect(page.scripts).to.have.length(1);
    expect(page.scripts[0]!.textContent).to.equal(text);
    expect(page.getElementById('after')!.textContent).to.equal('after');
  });
});
